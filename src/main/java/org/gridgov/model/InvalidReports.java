package org.gridgov.model;

import ec.util.MersenneTwisterFast;
import org.gridgov.rng.Draws;

/** Reports that are not valid issues, arriving as a Poisson process; the supervision centre cancels them. */
final class InvalidReports implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final GridModel model;
    private final MersenneTwisterFast random;
    private final double meanGapHours;
    private final double meanCheckHours;

    InvalidReports(GridModel model, double perHour, double meanCheckHours, MersenneTwisterFast random) {
        this.model = model;
        this.random = random;
        this.meanGapHours = perHour > 0 ? 1 / perHour : Double.POSITIVE_INFINITY;
        this.meanCheckHours = meanCheckHours;
    }

    void start() {
        scheduleFrom(0);
    }

    private void scheduleFrom(double now) {
        if (Double.isInfinite(meanGapHours)) {
            return;
        }
        double next = now + Draws.exponential(random.nextDouble(false, false), meanGapHours);
        model.at(next, this::report);
    }

    private void report(double now) {
        String channel = model.reporting().channel(random.nextDouble(false, false));
        model.supervision.invalidReport(channel, Draws.exponential(random.nextDouble(false, false), meanCheckHours), now);
        scheduleFrom(now);
    }
}
