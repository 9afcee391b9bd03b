package org.gridgov.archfixture.rng;

import org.gridgov.archfixture.stats.Mean;

/** A leaf that uses another leaf: random streams must depend on nothing else in gridgov. */
public final class Stream {
    public double next() {
        return Mean.of(0.25, 0.75);
    }
}
