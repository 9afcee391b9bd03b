package org.gridgov.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.gridgov.experiment.ExperimentReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code gridgov experiment}: runs an experiment file's design with replications and writes its outputs. */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        header = "Run an experiment file: replications, a design, statistics, charts and a report.",
        description = {"Runs the experiment described by a YAML file (a comparison of scenarios, a factorial design,"
                + " a Latin hypercube, a Morris or Sobol' sensitivity analysis, or the robustness of a comparison over"
                + " a sample of uncertainties) with replications and common random numbers, in parallel, and writes"
                + " runs.csv, summary.csv, comparison.csv, indices.csv, robustness.csv, discovery.csv, daily and"
                + " workload tables, charts and report.html.",
            "Rerunning the same command resumes: finished runs are kept in DIR/journal/."})
final class ExperimentCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPERIMENT.yaml", description = "The experiment file.")
    Path file;

    @Mixin
    RunOptions options;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExperimentReader.Settings settings = options.settings();
        return ExperimentSession.run(ExperimentReader.read(file, settings), options, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
