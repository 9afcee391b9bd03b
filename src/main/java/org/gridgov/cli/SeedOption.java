package org.gridgov.cli;

import picocli.CommandLine.Option;

/** {@code --seed}: the master seed, for every command that simulates. */
final class SeedOption {

    @Option(names = "--seed", paramLabel = "N",
            description = {"Master seed, a whole number: every random stream is derived from it, and the same"
                    + " seed gives the same outputs.",
                // A line of its own, so that the key path is never broken at its dot.
                "Default: the scenario's simulation.seed (for several scenarios, an experiment file's seed where it"
                    + " sets one, else the baseline scenario's)."})
    Long seed;
}
