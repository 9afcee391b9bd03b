package org.gridgov.archfixture.model;

import org.gridgov.archfixture.scenario.LoadedScenario;
import org.gridgov.archfixture.scenario.Params;
import org.gridgov.archfixture.scenario.Reader;

/** Takes a parameter record (legal) but also the reader and the loading record (not). */
public final class UsesScenarioReader {
    Params params(LoadedScenario loaded) {
        return Reader.read(loaded);
    }
}
