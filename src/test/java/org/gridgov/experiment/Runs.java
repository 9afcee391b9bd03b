package org.gridgov.experiment;

import java.nio.file.Path;
import java.util.List;

/** Runs experiments through the same steps as the commands, without the command line. */
final class Runs {

    /** A listener that ignores progress. */
    static final ExperimentRunner.Listener QUIET = new ExperimentRunner.Listener() {
        @Override
        public void started(int toRun, int inSlice, double journalSecondsPerRun) {
        }

        @Override
        public void runFinished(RunRecord record) {
        }
    };

    private Runs() {
    }

    /** Runs every run of the experiment file into {@code out}'s journal and returns the results. */
    static ExperimentResults run(Path experimentFile, Path out, int threads) throws Exception {
        Experiment e = ExperimentReader.read(experimentFile, ExperimentReader.Settings.NONE);
        Journal journal = Journal.in(out);
        ExperimentRunner.run(e, journal, Shard.ALL, threads, QUIET);
        return ExperimentResults.load(e.plan(), List.of(journal));
    }
}
