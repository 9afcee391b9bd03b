package org.gridgov.cli;

import java.util.List;

import org.gridgov.scenario.SimulationParams;

import picocli.CommandLine.Option;

/** {@code --days}: how many days to simulate, for every command that simulates. */
final class DaysOption {

    /** Longest run: simulation.days' declared maximum. */
    static final int MAX_DAYS = SimulationParams.MAX_DAYS;

    @Option(names = "--days", paramLabel = "D",
            description = {"Days to simulate, from 1 to " + MAX_DAYS + ".",
                "Default: the scenario's simulation.days (for several scenarios, an experiment file's days where it"
                    + " sets them, else the baseline scenario's)."})
    Integer days;

    /** Adds a problem if the days given are out of range; true if they are. */
    boolean check(List<String> problems) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            problems.add("--days must be from 1 to " + MAX_DAYS + ", not " + days);
            return false;
        }
        return true;
    }
}
