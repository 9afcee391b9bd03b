package org.gridgov.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.gridgov.experiment.ExperimentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov compare}: an ad-hoc comparison of scenario files against a baseline. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Compare scenarios with a baseline over paired replications.",
        description = "Compares scenarios with a baseline over replications with common random numbers, and writes"
                + " the same outputs as gridgov experiment (default folder results/compare-A-vs-B.../).")
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "The scenario files.")
    List<Path> files;

    @Option(names = "--baseline", paramLabel = "FILE", description = "The scenario the others are compared with (default: the first).")
    Path baseline;

    @Option(names = "--metrics", paramLabel = "NAME", split = ",",
            description = "Metrics to report, e.g. --metrics resolution_rate,mean_hours_to_close (default: a headline set).")
    List<String> metrics;

    @Mixin
    RunOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExperimentReader.Settings settings = options.settings();
        return ExperimentSession.run(ExperimentReader.compare(files, baseline, metrics, settings), options,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
