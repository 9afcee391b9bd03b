package org.gridgov.sizing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.SimulationParams;

/**
 * Evaluates a staffing by simulating its scenario {@code replications} times, replication i on the streams of
 * (seed, i) for every staffing: common random numbers, so neighbouring staff levels see the same issues,
 * reports and effort draws and their difference is the staffing's. Replications run in parallel; results are
 * kept in replication order and remembered, so the same staffing is never simulated twice and the outcome
 * does not depend on the number of threads.
 */
public final class SimulationEvaluator implements Evaluator, AutoCloseable {

    /** How each staffing is simulated. */
    public record Runs(long seed, int replications, int days, int warmupDays) {
        public Runs {
            if (replications < 2) {
                throw new IllegalArgumentException("an interval needs 2 replications");
            }
            if (days < 1 || warmupDays < SimulationParams.WARMUP_FROM_DATA || warmupDays >= days) {
                throw new IllegalArgumentException("need 0 <= warm-up days < days, got " + warmupDays + " and " + days);
            }
        }
    }

    private final StaffedScenarios scenarios;
    private final Runs runs;
    private final ExecutorService pool;
    private final Map<Staffing, Evaluation> done = new HashMap<>();
    private int simulations;

    public SimulationEvaluator(StaffedScenarios scenarios, Runs runs, int threads) {
        this.scenarios = scenarios;
        this.runs = runs;
        AtomicInteger names = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, runs.replications())), task -> {
            Thread t = new Thread(task, "gridgov-size-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Evaluation evaluate(Staffing staffing) throws InterruptedException {
        Evaluation known = done.get(staffing);
        if (known != null) {
            return known;
        }
        Scenario scenario = scenarios.staffed(staffing);
        List<Future<Map<String, Double>>> futures = new ArrayList<>();
        for (int r = 0; r < runs.replications(); r++) {
            RunSpec spec = new RunSpec(scenario, runs.seed(), r, runs.days(), runs.warmupDays(), false);
            futures.add(pool.submit(() -> Simulation.run(spec).metrics().asMap()));
        }
        List<Map<String, Double>> results = new ArrayList<>();
        try {
            for (Future<Map<String, Double>> f : futures) {
                results.add(f.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory, above all: the command says what to do
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
        simulations += results.size();
        Evaluation e = new Evaluation(staffing, results);
        done.put(staffing, e);
        return e;
    }

    /** Simulation runs made so far. */
    public int simulations() {
        return simulations;
    }

    public Runs runs() {
        return runs;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
