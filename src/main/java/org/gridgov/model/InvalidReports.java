package org.gridgov.model;

import ec.util.MersenneTwisterFast;
import org.gridgov.rng.Draws;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Reports that are not valid issues, arriving as a Poisson process; the supervision centre cancels them. */
final class InvalidReports implements Steppable {
    private static final long serialVersionUID = 1L;

    private final GridModel model;
    private final MersenneTwisterFast random;
    private final double meanGapHours;
    private final double meanCheckHours;
    private double next;

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
        next = now + Draws.exponential(random.nextDouble(false, false), meanGapHours);
        model.schedule.scheduleOnce(next, this);
    }

    @Override
    public void step(SimState state) {
        double now = next;
        String channel = model.reporting().channel(random.nextDouble(false, false));
        model.supervision.invalidReport(channel, Draws.exponential(random.nextDouble(false, false), meanCheckHours), now);
        scheduleFrom(now);
    }
}
