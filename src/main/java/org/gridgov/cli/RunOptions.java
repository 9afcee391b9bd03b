package org.gridgov.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.experiment.ExperimentReader;
import org.gridgov.experiment.Shard;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by {@code experiment} and {@code compare}: how long, which seed, where and how to run. */
final class RunOptions {

    @Option(names = "--replications", paramLabel = "R",
            description = "Replications of each scenario (default: the experiment file's, where it sets them, else 10).")
    Integer replications;

    @Mixin
    RunLengthOptions length;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: all cores).")
    Integer threads;

    @Mixin
    EngineOption engine;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/<experiment name>/; for compare, results/compare-A-vs-B.../).")
    Path out;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Run only shard i of n: the runs whose index in the run list (from 0) leaves remainder"
                    + " i-1 when divided by n. Combine the shards' folders with gridgov merge.")
    String shard;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors (no progress).")
    boolean quiet;

    @Mixin
    LangOption lang;

    ExperimentReader.Settings settings() {
        List<String> problems = new ArrayList<>();
        length.check(problems);
        if (replications != null && (replications < 2 || replications > 100_000)) {
            problems.add("--replications must be from 2 to 100000 (an interval needs 2), not " + replications);
        }
        if (!problems.isEmpty()) {
            throw new UserError(String.join("\n", problems));
        }
        return new ExperimentReader.Settings(length.seed.seed, length.days.days, length.warmup, replications);
    }

    int threads() {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1 || t > 1024) {
            throw new UserError("--threads must be from 1 to 1024, got " + t);
        }
        return t;
    }

    Shard shard() {
        if (shard == null) {
            return Shard.ALL;
        }
        Shard s = Shard.parse(shard);
        if (s == null) {
            throw new UserError("--shard must be i/n with 1 <= i <= n, e.g. --shard 2/4; got '" + shard + "'");
        }
        return s;
    }

    /** The output folder: --out, else results/NAME/, with the shard in the name when running one. */
    Path out(String name) {
        if (out != null) {
            return out;
        }
        Shard s = shard();
        return Path.of("results", s.isAll() ? name : name + "-shard-" + s.index() + "-of-" + s.count());
    }
}
