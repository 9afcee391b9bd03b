package org.gridgov.model;

import ec.util.MersenneTwisterFast;
import org.gridgov.rng.Draws;

/**
 * A Poisson process on the model's schedule: exponential gaps drawn from one generator, an action at each
 * arrival. Only the next arrival is ever pending, so a city-wide process costs one event at a time.
 *
 * <p>A scheduled reform may change the rate ({@link #rate}): the wait to the pending arrival is rescaled, which
 * by the exponential's lack of memory is an exact draw at the new rate, and takes no draw of its own, so that
 * the arrivals before a reform are those of the unreformed run (common random numbers).
 */
final class PoissonArrivals implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** An arrival, unless a change of rate has drawn a new one since (the number is its generation). */
    private static final GridModel.Handler<PoissonArrivals> ARRIVAL = (p, generation, t) -> p.arrive(generation, t);

    private final GridModel model;
    private final MersenneTwisterFast random;
    private final GridModel.Action onArrival;
    private double meanGapHours;
    /** Time of the pending arrival, or NaN when none is pending (a rate of 0). */
    private double pendingAt = Double.NaN;
    /** Counts reschedulings: an arrival scheduled before the latest one is void. */
    private int generation;

    /** A rate of 0 (or less) means no arrivals at all. */
    PoissonArrivals(GridModel model, double perHour, MersenneTwisterFast random, GridModel.Action onArrival) {
        this.model = model;
        this.random = random;
        this.meanGapHours = meanGap(perHour);
        this.onArrival = onArrival;
    }

    private static double meanGap(double perHour) {
        return perHour > 0 ? 1 / perHour : Double.POSITIVE_INFINITY;
    }

    void start(double from) {
        next(from);
    }

    /** The rate changes at {@code now}. */
    void rate(double perHour, double now) {
        double gap = meanGap(perHour);
        if (gap == meanGapHours) {
            return;
        }
        double old = meanGapHours;
        meanGapHours = gap;
        if (Double.isNaN(pendingAt)) {
            next(now);
        } else if (gap == Double.POSITIVE_INFINITY) {
            generation++;
            pendingAt = Double.NaN;
        } else {
            arriveAt(now + (pendingAt - now) * gap / old);
        }
    }

    /** The arrival's own draws come first, then the gap to the next one, from the same generator. */
    private void next(double now) {
        if (meanGapHours == Double.POSITIVE_INFINITY) {
            pendingAt = Double.NaN;
            return;
        }
        arriveAt(now + Draws.exponential(random.nextDouble(false, false), meanGapHours));
    }

    private void arrive(int mine, double now) {
        if (mine == generation) {
            onArrival.run(now);
            next(now);
        }
    }

    private void arriveAt(double at) {
        int mine = ++generation;
        pendingAt = at;
        model.at(at, ARRIVAL, this, mine);
    }
}
