package org.gridgov.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.run.RunSpec;

/**
 * Runs the runs of an experiment that its journal does not hold yet, on an engine (threads of this process or a
 * cluster), and writes each to the journal as soon as it ends. Results never depend on where or in which order
 * runs finish: outputs are made from the journal, in run-list order.
 */
public final class ExperimentRunner {

    /** Told of progress; called from the worker threads. */
    public interface Listener {
        /** Tells no one. */
        Listener NONE = new Listener() {
            @Override
            public void started(int toRun, int inSlice, double journalSecondsPerRun) {
            }

            @Override
            public void runFinished(RunRecord record) {
            }
        };

        /**
         * Before the first run: how many runs this session has to do, of how many in its slice, and the mean wall
         * time of the slice's runs already in the journal (NaN if none), from which the time left can be told.
         */
        void started(int toRun, int inSlice, double journalSecondsPerRun);

        void runFinished(RunRecord record);
    }

    private ExperimentRunner() {
    }

    /**
     * Runs the slice's missing runs on {@code threads} threads.
     *
     * @return how many runs were done now
     */
    public static int run(Experiment experiment, Journal journal, Shard shard, int threads, Listener listener)
            throws IOException, ExperimentException, InterruptedException {
        try (RunEngine engine = new LocalEngine(threads)) {
            return run(experiment, journal, shard, engine, listener, false);
        }
    }

    /**
     * Runs the slice's missing runs on {@code engine}, keeping each run's metrics alone when {@code metricsOnly} (a
     * search's runs: their daily series would fill the disk and are never read). Each finished run is written to
     * the journal as it comes in, whichever engine computed it.
     *
     * @return how many runs were done now
     */
    public static int run(Experiment experiment, Journal journal, Shard shard, RunEngine engine, Listener listener,
            boolean metricsOnly) throws IOException, ExperimentException, InterruptedException {
        ExperimentPlan plan = experiment.plan();
        journal.begin(plan);
        String identity = plan.runIdentityHash();
        List<ExperimentPlan.PlannedRun> slice = plan.runs().stream().filter(shard::includes).toList();
        List<RunEngine.Job> missing = new ArrayList<>();
        double seconds = 0;
        for (ExperimentPlan.PlannedRun r : slice) {
            RunRecord done = journal.read(r.point(), r.replication(), identity);
            if (done == null) {
                missing.add(new RunEngine.Job(r.point(), new RunSpec(experiment.scenarios().get(r.point()),
                        plan.seed(), r.replication(), plan.days(), plan.warmupDays(), false)));
            } else {
                seconds += done.wallSeconds();
            }
        }
        int finished = slice.size() - missing.size();
        listener.started(missing.size(), slice.size(), finished == 0 ? Double.NaN : seconds / finished);
        engine.run(missing, identity, metricsOnly, record -> {
            journal.write(record);
            listener.runFinished(record);
        });
        return missing.size();
    }
}
