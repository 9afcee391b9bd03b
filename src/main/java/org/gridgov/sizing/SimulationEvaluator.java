package org.gridgov.sizing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.experiment.LocalEngine;
import org.gridgov.experiment.RunEngine;
import org.gridgov.run.RunSpec;
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
    private final RunEngine engine;
    private final Map<Staffing, Evaluation> done = new HashMap<>();
    private int simulations;

    /** Evaluates on {@code threads} threads of this process. */
    public SimulationEvaluator(StaffedScenarios scenarios, Runs runs, int threads) {
        this(scenarios, runs, new LocalEngine(Math.max(1, Math.min(threads, runs.replications()))));
    }

    /** Evaluates on {@code engine}, which it closes when it is closed. */
    public SimulationEvaluator(StaffedScenarios scenarios, Runs runs, RunEngine engine) {
        this.scenarios = scenarios;
        this.runs = runs;
        this.engine = engine;
    }

    @Override
    public Evaluation evaluate(Staffing staffing) throws InterruptedException {
        Evaluation known = done.get(staffing);
        if (known != null) {
            return known;
        }
        Scenario scenario = scenarios.staffed(staffing);
        List<RunEngine.Job> jobs = new ArrayList<>();
        for (int r = 0; r < runs.replications(); r++) {
            jobs.add(new RunEngine.Job(0, new RunSpec(scenario, runs.seed(), r, runs.days(), runs.warmupDays(), false)));
        }
        @SuppressWarnings("unchecked")
        Map<String, Double>[] results = new Map[runs.replications()];
        try {
            engine.run(jobs, "size", true, record -> results[record.replication()] = record.metrics());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // no journal here: an engine's own I/O failed
        }
        simulations += results.length;
        Evaluation e = new Evaluation(staffing, List.of(results));
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
        engine.close();
    }
}
