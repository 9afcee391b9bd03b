package org.gridgov.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs on a pool of threads of this process: each run is independent and single-threaded, so a pool of one thread
 * per core keeps the cores busy. The default engine.
 */
public final class LocalEngine implements RunEngine {
    /** The engine's name in {@code --engine}. */
    public static final String NAME = "local";

    private final int threads;

    public LocalEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("need a thread, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public void run(List<Job> jobs, String identity, boolean metricsOnly, Finished finished)
            throws IOException, InterruptedException {
        if (jobs.isEmpty()) {
            return;
        }
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()), task -> {
            Thread t = new Thread(task, "gridgov-run-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> {
                    finished.run(RunEngine.compute(job, identity, metricsOnly));
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
    }

    @Override
    public String describe() {
        return threads == 1 ? "1 thread" : threads + " threads";
    }

    @Override
    public void close() {
        // the pool of each call is shut down at its end
    }
}
