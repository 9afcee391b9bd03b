package org.gridgov.archfixture.model;

import org.gridgov.archfixture.rng.Stream;
import org.gridgov.archfixture.scenario.Params;

/** Uses only what the model may: a scenario record and a random stream. */
public final class Clean {
    double draw(Params p) {
        return new Stream().next() * p.rate();
    }
}
