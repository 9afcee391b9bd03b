package org.gridgov.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

/** Options shared by the searches, {@code calibrate} and {@code optimise}: where and how to run, how much to say. */
final class SearchOptions {

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<command>-<name>/).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but the result and errors (no progress).")
    boolean quiet;

    @picocli.CommandLine.Mixin
    EngineOption engine;

    /** The threads to run on; a bad count joins {@code problems}. */
    int threads(List<String> problems) {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1 || t > 1024) {
            problems.add("--threads must be from 1 to 1024, not " + t);
        }
        return t;
    }

    /** The output folder: --out, else results/COMMAND-NAME/. */
    Path out(String command, String name) {
        return out != null ? out : Path.of("results", command + "-" + name);
    }
}
