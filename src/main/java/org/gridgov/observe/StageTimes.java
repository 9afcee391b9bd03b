package org.gridgov.observe;

import org.gridgov.model.Issue;
import org.gridgov.model.events.CaseClosedListener;

/**
 * Where a case's time goes (docs/ODD.md 8.2): for each case closed in the window, the hours of each stage of the
 * loop, from the issue occurring to the case closing. The stages of a dispatched case add up to its time from
 * filing to closing; a case fixed on the spot or resolved without dispatch has the first two only. Sums and counts
 * are kept per stretch of the window (O(days) memory, not one value a case), since the window may be chosen after
 * the run.
 */
final class StageTimes implements CaseClosedListener {

    /** The stages, in the order a case goes through them. */
    enum Stage {
        /** occurrence to discovery: the issue is there but no one has found it */
        LATENT,
        /** discovery to filing: a worker's report or a resident's, through the platform */
        TO_FILE,
        /** filing to the first dispatch: the command centre */
        TO_DISPATCH,
        /** first dispatch to the start of the last handling: queues, returns, redispatch, rework, second departments */
        WAITING,
        /** the last handling itself */
        HANDLING,
        /** end of the last handling to closing: feedback and the worker's verification */
        TO_CLOSE
    }

    private final Tally[] hours = new Tally[Stage.values().length];
    private final Tally[] cases = new Tally[Stage.values().length];

    StageTimes(MeasuredWindow window) {
        for (int s = 0; s < hours.length; s++) {
            hours[s] = new Tally(window);
            cases[s] = new Tally(window);
        }
    }

    @Override
    public void caseClosed(double time, Issue issue) {
        add(Stage.LATENT, time, issue.discoveredAt() - issue.occurredAt());
        add(Stage.TO_FILE, time, issue.filedAt() - issue.discoveredAt());
        if (!Double.isNaN(issue.firstDispatchedAt())) {
            add(Stage.TO_DISPATCH, time, issue.firstDispatchedAt() - issue.filedAt());
            add(Stage.WAITING, time, issue.handlingStartedAt() - issue.firstDispatchedAt());
            add(Stage.HANDLING, time, issue.handledAt() - issue.handlingStartedAt());
            add(Stage.TO_CLOSE, time, time - issue.handledAt());
        }
    }

    private void add(Stage s, double time, double h) {
        if (Double.isFinite(h)) {
            hours[s.ordinal()].add(time, h);
            cases[s.ordinal()].add(time);
        }
    }

    /** The stage's mean hours over the cases closed in the window that went through it; NaN if none. */
    double mean(Stage s) {
        double n = cases[s.ordinal()].inWindow();
        return n == 0 ? Double.NaN : hours[s.ordinal()].inWindow() / n;
    }
}
