package org.gridgov.gui;

import org.gridgov.observe.CaseOutcomes;
import org.gridgov.stats.Stats;

/**
 * The headline numbers of a run so far, as the run's metrics count them (after any warm-up): issues
 * occurred and discovered, cases filed and closed, the on-time rate, the mean time to close, and what is
 * open and latent now.
 *
 * @param day days simulated so far
 */
record Headline(int day, int days, int warmupDays, long occurred, long discovered, long filed, long closed,
        long closedDispatched, long closedOnTime, double meanHoursToClose, long open, long latent) {

    static Headline of(CaseOutcomes o, int day, int days, int warmupDays) {
        return new Headline(day, days, warmupDays, o.occurred(), o.discovered(), o.filed(), o.closed(),
                o.closedDispatched(), o.closedOnTime(), o.meanHoursToClose(), o.open(), o.latent());
    }

    /** Before the first day ends. */
    static Headline empty(int days, int warmupDays) {
        return new Headline(0, days, warmupDays, 0, 0, 0, 0, 0, 0, Double.NaN, 0, 0);
    }

    double discoveryRate() {
        return Stats.ratio(discovered, occurred);
    }

    double resolutionRate() {
        return Stats.ratio(closed, filed);
    }

    /** Of dispatched cases, as the run's metric counts it. */
    double onTimeRate() {
        return Stats.ratio(closedOnTime, closedDispatched);
    }
}
