package org.gridgov.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;

/**
 * Runs the runs of an experiment that its journal does not hold yet, in parallel: each run is independent
 * and single-threaded, so they are spread over a pool of threads, and each is written to the journal as
 * soon as it ends. Results never depend on the order in which runs finish: outputs are made from the
 * journal, in run-list order.
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
        return run(experiment, journal, shard, threads, listener, false);
    }

    /**
     * Runs the slice's missing runs on {@code threads} threads, keeping each run's metrics alone when
     * {@code metricsOnly} (a search's runs: their daily series would fill the disk and are never read).
     *
     * @return how many runs were done now
     */
    public static int run(Experiment experiment, Journal journal, Shard shard, int threads, Listener listener,
            boolean metricsOnly) throws IOException, ExperimentException, InterruptedException {
        ExperimentPlan plan = experiment.plan();
        journal.begin(plan);
        String identity = plan.runIdentityHash();
        List<ExperimentPlan.PlannedRun> slice = plan.runs().stream().filter(shard::includes).toList();
        List<ExperimentPlan.PlannedRun> missing = new ArrayList<>();
        double seconds = 0;
        for (ExperimentPlan.PlannedRun r : slice) {
            RunRecord done = journal.read(r.point(), r.replication(), identity);
            if (done == null) {
                missing.add(r);
            } else {
                seconds += done.wallSeconds();
            }
        }
        int finished = slice.size() - missing.size();
        listener.started(missing.size(), slice.size(), finished == 0 ? Double.NaN : seconds / finished);
        if (missing.isEmpty()) {
            return 0;
        }
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, missing.size()), task -> {
            Thread t = new Thread(task, "gridgov-run-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (ExperimentPlan.PlannedRun r : missing) {
                futures.add(pool.submit(() -> {
                    RunSpec spec = new RunSpec(experiment.scenarios().get(r.point()), plan.seed(), r.replication(),
                            plan.days(), plan.warmupDays(), false);
                    RunResult result = Simulation.run(spec);
                    RunRecord record = metricsOnly ? RunRecord.ofMetrics(result, r.point(), identity)
                            : RunRecord.of(result, r.point(), identity);
                    journal.write(record);
                    listener.runFinished(record);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error; // out of memory, above all: the command says what to do
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return missing.size();
    }
}
