package org.gridgov.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.gridgov.experiment.ExperimentException;
import org.gridgov.experiment.ExperimentResults;
import org.gridgov.experiment.ShardMerge;
import org.gridgov.report.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov merge}: combines the folders of an experiment's shards into the outputs of one run. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        header = "Combine an experiment's shards into the outputs of one run.",
        description = "Combines the output folders of an experiment's shards (gridgov experiment --shard i/n) into"
                + " one folder with the same outputs as an unsharded run; checks that they are shards of the same"
                + " experiment and that no run is missing.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The shards' output folders.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<experiment name>/).")
    Path out;

    @Option(names = "--force",
            description = "Replace a complete experiment in the output folder whose replications or metrics differ"
                    + " from the merged shards'; without it such a folder is refused.")
    boolean force;

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
        org.gridgov.text.Texts texts = lang.texts(spec.commandLine().getErr());
        try {
            ExperimentResults results = ShardMerge.load(dirs);
            Path dir = out != null ? out : Path.of("results", results.plan().name());
            try (OutputFolder folder = OutputFolder.open(dir)) {
                folder.cleaned().forEach(note -> spec.commandLine().getErr().println("warning: " + dir + ": " + note));
                if (!force) {
                    ShardMerge.checkNotReplacing(dir, results.plan());
                }
                ShardMerge.copyJournal(results, dir);
                ExperimentSession.write(folder, results, started, t0, null, null, null, texts);
                ExperimentSession.warnUnstable(spec.commandLine().getErr(), results);
            }
            if (!quiet) {
                ExperimentSession.summary(spec.commandLine().getOut(), results, dir, 0, (System.nanoTime() - t0) / 1e9,
                        texts);
            }
            return 0;
        } catch (ExperimentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
