package org.gridgov.cli;

import java.util.List;

import picocli.CommandLine.Option;

/** {@code --days}: how many days to simulate, for every command that simulates. */
final class DaysOption {

    /** Longest run, as the scenario allows for simulation.days. */
    static final int MAX_DAYS = 36_500;

    @Option(names = "--days", paramLabel = "D",
            description = {"Days to simulate, from 1 to " + MAX_DAYS + ".",
                "Default: the scenario's simulation.days; for an experiment, its own days if it sets them, else the"
                    + " baseline scenario's."})
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
