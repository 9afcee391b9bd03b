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

    private final MeasuredWindow window;
    /** Hours and cases per stage and stretch of the window: [stage][stretch]. */
    private final double[][] hours;
    private final long[][] cases;

    StageTimes(MeasuredWindow window) {
        this.window = window;
        this.hours = new double[Stage.values().length][window.stretches()];
        this.cases = new long[Stage.values().length][window.stretches()];
    }

    @Override
    public void caseClosed(double time, Issue issue) {
        int stretch = window.stretchAt(time); // once a case, not once a stage: this runs for every case closed
        add(Stage.LATENT, stretch, issue.discoveredAt() - issue.occurredAt());
        add(Stage.TO_FILE, stretch, issue.filedAt() - issue.discoveredAt());
        if (!Double.isNaN(issue.firstDispatchedAt())) {
            add(Stage.TO_DISPATCH, stretch, issue.firstDispatchedAt() - issue.filedAt());
            add(Stage.WAITING, stretch, issue.handlingStartedAt() - issue.firstDispatchedAt());
            add(Stage.HANDLING, stretch, issue.handledAt() - issue.handlingStartedAt());
            add(Stage.TO_CLOSE, stretch, time - issue.handledAt());
        }
    }

    private void add(Stage s, int stretch, double h) {
        if (Double.isFinite(h)) {
            hours[s.ordinal()][stretch] += h;
            cases[s.ordinal()][stretch]++;
        }
    }

    /** The stage's mean hours over the cases closed in the window that went through it; NaN if none. */
    double mean(Stage s) {
        double h = 0;
        long n = 0;
        for (int i = window.firstStretch(); i < hours[s.ordinal()].length; i++) {
            h += hours[s.ordinal()][i];
            n += cases[s.ordinal()][i];
        }
        return n == 0 ? Double.NaN : h / n;
    }
}
