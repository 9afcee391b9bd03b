package org.gridgov.model;

import ec.util.MersenneTwisterFast;
import org.gridgov.rng.Draws;

/** Reports that are not valid issues, arriving as a Poisson process; the supervision centre cancels them. */
final class InvalidReports implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final GridModel model;
    private final MersenneTwisterFast random;
    private final PoissonArrivals arrivals;

    InvalidReports(GridModel model, double perHour, MersenneTwisterFast random) {
        this.model = model;
        this.random = random;
        this.arrivals = new PoissonArrivals(model, perHour, random, this::report);
    }

    void start() {
        arrivals.start(0);
    }

    /** A scheduled reform changed the rate (docs/ODD.md 6). */
    void rate(double perHour, double now) {
        arrivals.rate(perHour, now);
    }

    private void report(double now) {
        String channel = model.reporting().channel(random.nextDouble(false, false));
        model.supervision.invalidReport(channel, Draws.exponential(random.nextDouble(false, false),
                model.inForce().platform().filingDelayHours()), now);
    }
}
