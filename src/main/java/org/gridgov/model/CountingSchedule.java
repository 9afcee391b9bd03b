package org.gridgov.model;

import java.util.function.DoubleFunction;

import sim.engine.Schedule;
import sim.engine.Steppable;

/**
 * MASON's schedule, counting the one-off events put on it so that benchmarks can report events per
 * second. The model schedules only through these two methods. A viewer may say how its time is shown
 * (MASON's Console shows {@link #getTimestamp}); that changes nothing in the run.
 */
final class CountingSchedule extends Schedule {
    private static final long serialVersionUID = 1L;

    private long scheduled;
    private transient DoubleFunction<String> timestamps;

    @Override
    public boolean scheduleOnce(double time, Steppable event) {
        scheduled++;
        return super.scheduleOnce(time, event);
    }

    @Override
    public boolean scheduleOnce(double time, int ordering, Steppable event) {
        scheduled++;
        return super.scheduleOnce(time, ordering, event);
    }

    /** Times during the run are shown by {@code format}; before and after it, as MASON says. */
    void showTimesAs(DoubleFunction<String> format) {
        this.timestamps = format;
    }

    @Override
    public String getTimestamp(double time, String beforeSimulation, String afterSimulation) {
        if (timestamps == null) {
            return super.getTimestamp(time, beforeSimulation, afterSimulation);
        }
        // Not super's tests: MASON 18's reads the schedule's time instead of the one given.
        return time < EPOCH ? beforeSimulation : time >= AFTER_SIMULATION ? afterSimulation : timestamps.apply(time);
    }

    /** The time of the events being stepped: {@link #getTime()} without its lock, for the thread that steps. */
    double now() {
        return time;
    }

    long scheduled() {
        return scheduled;
    }
}
