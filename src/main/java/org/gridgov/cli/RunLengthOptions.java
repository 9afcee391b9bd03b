package org.gridgov.cli;

import java.util.List;

import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.SimulationParams;
import picocli.CommandLine.Option;

/**
 * {@code --seed}, {@code --days} and {@code --warmup} of the commands that simulate one scenario, each
 * defaulting to the scenario's {@code simulation} settings.
 */
final class RunLengthOptions {

    /** Longest run, as the scenario allows for simulation.days (declared there). */
    static final int MAX_DAYS = SimulationParams.MAX_DAYS;

    @Option(names = "--seed", paramLabel = "N",
            description = "Master seed, a whole number: every random stream is derived from it, and the same"
                    + " seed gives the same outputs. Default: simulation.seed in the scenario.")
    Long seed;

    @Option(names = "--days", paramLabel = "D",
            description = "Days to simulate, from 1 to " + MAX_DAYS + ". Default: the scenario's simulation.days.")
    Integer days;

    @Option(names = "--warmup", paramLabel = "D",
            description = "Days at the start left out of the metrics (the city starts with no open cases);"
                    + " fewer than the days simulated. Default: the scenario's simulation.warmup_days.")
    Integer warmup;

    /** The seed, days and warm-up a run uses. */
    record RunLength(long seed, int days, int warmupDays) {
    }

    /** Adds the problems that need no scenario, so they are reported before reading it. */
    void check(List<String> problems) {
        int before = problems.size();
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            problems.add("--days must be from 1 to " + MAX_DAYS + ", not " + days);
        }
        if (warmup != null && warmup < 0) {
            problems.add("--warmup must be 0 or more, not " + warmup);
        } else if (warmup != null && days != null && problems.size() == before && warmup >= days) {
            problems.add("--warmup must be less than --days (" + days + "), so from 0 to " + (days - 1) + ", not " + warmup);
        }
    }

    /** The options over the scenario's settings; a warm-up that does not fit says where each value came from. */
    RunLength resolve(Scenario scenario) {
        long s = seed != null ? seed : scenario.simulation().seed();
        int d = days != null ? days : scenario.simulation().days();
        int w = warmup != null ? warmup : scenario.simulation().warmupDays();
        if (w >= d) {
            String warmupFrom = warmup != null ? "--warmup " + w : "the scenario's simulation.warmup_days (" + w + ")";
            String daysFrom = days != null ? "--days " + d : "the scenario's simulation.days (" + d + ")";
            throw new UserError("the warm-up must be shorter than the run, but " + warmupFrom + " is not less than "
                    + daysFrom + "; give --warmup from 0 to " + (d - 1));
        }
        return new RunLength(s, d, w);
    }
}
