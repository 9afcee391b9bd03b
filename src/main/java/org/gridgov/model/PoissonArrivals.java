package org.gridgov.model;

import ec.util.MersenneTwisterFast;
import org.gridgov.rng.Draws;

/**
 * A Poisson process on the model's schedule: exponential gaps drawn from one generator, an action at each
 * arrival. Only the next arrival is ever pending, so a city-wide process costs one event at a time.
 */
final class PoissonArrivals implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final GridModel model;
    private final MersenneTwisterFast random;
    private final double meanGapHours;
    private final GridModel.Action onArrival;

    /** A rate of 0 (or less) means no arrivals at all. */
    PoissonArrivals(GridModel model, double perHour, MersenneTwisterFast random, GridModel.Action onArrival) {
        this.model = model;
        this.random = random;
        this.meanGapHours = perHour > 0 ? 1 / perHour : Double.POSITIVE_INFINITY;
        this.onArrival = onArrival;
    }

    void start(double from) {
        next(from);
    }

    /** The arrival's own draws come first, then the gap to the next one, from the same generator. */
    private void next(double now) {
        if (meanGapHours == Double.POSITIVE_INFINITY) {
            return;
        }
        double at = now + Draws.exponential(random.nextDouble(false, false), meanGapHours);
        model.at(at, t -> {
            onArrival.run(t);
            next(t);
        });
    }
}
