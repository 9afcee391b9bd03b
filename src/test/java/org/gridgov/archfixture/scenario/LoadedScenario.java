package org.gridgov.archfixture.scenario;

/** A record about loading, which the model may not take. */
public record LoadedScenario(Params params, String file) {
}
