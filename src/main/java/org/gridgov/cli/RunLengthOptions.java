package org.gridgov.cli;

import java.util.List;

import org.gridgov.scenario.Scenario;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --seed}, {@code --days} and {@code --warmup} of the commands that simulate runs (run, size,
 * experiment, compare), each defaulting to the experiment's or the scenario's settings.
 */
final class RunLengthOptions {

    @Mixin
    SeedOption seed;

    @Mixin
    DaysOption days;

    @Option(names = "--warmup", paramLabel = "D",
            description = {"Days at the start left out of the metrics (the city starts with no open cases);"
                    + " fewer than the days simulated.",
                "Default: the scenario's simulation.warmup_days (for several scenarios, an experiment file's"
                    + " warmup_days where it sets them, else the baseline scenario's); its default, -1, has each run"
                    + " choose its own after it ends, by MSER-5 on daily open cases and latent issues."})
    Integer warmup;

    /** The seed, days and warm-up a run uses. */
    record RunLength(long seed, int days, int warmupDays) {
    }

    /** Adds the problems that need no scenario, so they are reported before reading it. */
    void check(List<String> problems) {
        boolean daysFit = days.check(problems);
        Integer d = days.days;
        if (warmup != null && warmup < 0) {
            problems.add("--warmup must be 0 or more, not " + warmup);
        } else if (warmup != null && d != null && daysFit && warmup >= d) {
            problems.add("--warmup must be less than --days (" + d + "), so from 0 to " + (d - 1) + ", not " + warmup);
        }
    }

    /** The options over the scenario's settings; a warm-up that does not fit says where each value came from. */
    RunLength resolve(Scenario scenario) {
        long s = seed.seed != null ? seed.seed : scenario.simulation().seed();
        int d = days.days != null ? days.days : scenario.simulation().days();
        int w = warmup != null ? warmup : scenario.simulation().warmupDays();
        if (w >= d) {
            String warmupFrom = warmup != null ? "--warmup " + w : "the scenario's simulation.warmup_days (" + w + ")";
            String daysFrom = days.days != null ? "--days " + d : "the scenario's simulation.days (" + d + ")";
            throw new UserError("the warm-up must be shorter than the run, but " + warmupFrom + " is not less than "
                    + daysFrom + "; give --warmup from 0 to " + (d - 1));
        }
        return new RunLength(s, d, w);
    }
}
