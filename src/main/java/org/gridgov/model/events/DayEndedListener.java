package org.gridgov.model.events;



/** A simulated day ended (published after everything else that happened at that time). */
@FunctionalInterface
public interface DayEndedListener {
    void dayEnded(int day, double time);
}
