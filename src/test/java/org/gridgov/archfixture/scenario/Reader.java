package org.gridgov.archfixture.scenario;

/** The reader, which the model may not use. */
public final class Reader {
    private Reader() {
    }

    public static Params read(LoadedScenario loaded) {
        return loaded.params();
    }
}
