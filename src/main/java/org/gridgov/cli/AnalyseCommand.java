package org.gridgov.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.gridgov.experiment.ExperimentException;
import org.gridgov.experiment.ExperimentResults;
import org.gridgov.experiment.Journal;
import org.gridgov.experiment.PartialResults;
import org.gridgov.report.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov analyse}: an experiment's outputs from the runs its journal holds so far. */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
        header = "Write an experiment's outputs from the runs finished so far.",
        description = {"Reads the journal of an experiment that is still running, was interrupted or ran as a"
                + " shard, and writes its outputs (tables, indices, charts, report.html) from what is complete: the"
                + " first complete trajectories, base rows or samples of a morris, sobol, robustness or Latin"
                + " hypercube design, or every complete design point of a comparison or factorial design. The report"
                + " says what the figures rest on; their intervals show how far they have converged.",
            "With every run finished, the outputs are the experiment's own. The experiment's folder is not touched."})
final class AnalyseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The experiment's output folder (it holds journal/).")
    Path dir;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: DIR-partial).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @picocli.CommandLine.Mixin
    LangOption lang;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Journal journal = Journal.in(dir);
        if (!Files.isDirectory(journal.dir())) {
            throw new UserError(dir + ": no experiment journal here (" + journal.dir() + " is missing); give the output"
                    + " folder of gridgov experiment");
        }
        org.gridgov.text.Texts texts = lang.texts(spec.commandLine().getErr());
        Path target = out != null ? out : dir.resolveSibling(dir.getFileName() + "-partial");
        if (target.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
            throw new UserError("--out " + out + ": give another folder than the experiment's own");
        }
        try {
            ExperimentResults results = PartialResults.load(journal.plan(), journal);
            try (OutputFolder folder = OutputFolder.open(target)) {
                folder.cleaned().forEach(note -> spec.commandLine().getErr().println("warning: " + target + ": " + note));
                ExperimentSession.write(folder, results, started, t0, null, null, null, texts);
            }
            if (!quiet) {
                if (results.partial() != null) {
                    spec.commandLine().getOut().println(results.partial().text(texts));
                }
                spec.commandLine().getOut().println(texts.f("  outputs in %s (report.html, indices.csv, robustness.csv,"
                        + " summary.csv, ...)", target));
            }
            return 0;
        } catch (ExperimentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
