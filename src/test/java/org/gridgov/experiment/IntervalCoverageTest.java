package org.gridgov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.gridgov.queueing.ErlangC;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.stats.Estimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 95% intervals of the experiment statistics cover the truth about 95% of the time, on a configuration
 * whose answer is known: an M/M/3 queue with utilisation lambda / (c mu) = 2/3 and mean wait Wq = 0.444 h
 * (Erlang C). Each of 200 experiments is 5 replications of 30 days after 5 days of warm-up (~1,200 cases
 * per run), with its own seed.
 *
 * <p>Utilisation is the cleaner target: the time-average of busy servers is nearly normal over a run, and
 * the queue starts empty, so a run's start-up bias dies out within hours (far inside the warm-up). The mean
 * wait is a ratio of skewed sums and warms up more slowly, so it is the more fragile claim; at this load
 * and run length its intervals cover as well. Neither is exactly unbiased over a finite run: the bound is
 * the one for exact 95% intervals, and a real shortfall would show as a count below it.
 */
class IntervalCoverageTest {
    private static final int EXPERIMENTS = 200;
    private static final int REPLICATIONS = 5;

    @TempDir
    Path dir;

    @Test
    void aboutNinetyFivePercentOfIntervalsCoverTheTrueUtilisation() throws Exception {
        Scenario scenario = ScenarioReader.read(TestScenarios.erlangC(dir), List.of()).scenario();
        ErlangC queue = new ErlangC(TestScenarios.SERVERS, TestScenarios.ARRIVALS_PER_HOUR, TestScenarios.SERVICE_RATE);
        double truth = queue.utilization();
        assertEquals(2.0 / 3, truth, 1e-12);

        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<RunResult>> runs = new ArrayList<>();
        for (int e = 0; e < EXPERIMENTS; e++) {
            for (int r = 0; r < REPLICATIONS; r++) {
                // Experiment e has its own seed; its replications share it, as in gridgov experiment.
                RunSpec spec = new RunSpec(scenario, 1000 + e, r, 30, 5, false);
                runs.add(pool.submit(() -> Simulation.run(spec)));
            }
        }
        int covered = 0;
        int waitCovered = 0;
        double sumHalfWidth = 0;
        double sumEstimate = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            double[] utilisation = new double[REPLICATIONS];
            double[] wait = new double[REPLICATIONS];
            for (int r = 0; r < REPLICATIONS; r++) {
                RunResult result = runs.get(e * REPLICATIONS + r).get();
                assertEquals(TestScenarios.HOUSEHOLDS, result.metrics().get("households"));
                assertEquals(TestScenarios.SERVERS, result.metrics().get("department_staff"));
                utilisation[r] = result.metrics().get("department_utilization_desk");
                wait[r] = result.metrics().get("mean_department_wait_hours");
            }
            Estimate w = Estimate.twoSided(wait, ExperimentResults.LEVEL);
            waitCovered += w.low() <= queue.meanWait() && queue.meanWait() <= w.high() ? 1 : 0;
            Estimate s = Estimate.twoSided(utilisation, ExperimentResults.LEVEL);
            covered += s.low() <= truth && truth <= s.high() ? 1 : 0;
            sumHalfWidth += (s.high() - s.low()) / 2;
            sumEstimate += s.mean();
        }
        pool.shutdown();
        // If the intervals are right, the count is Binomial(200, 0.95); the test accepts its central 99.9%.
        BinomialDistribution coverage = new BinomialDistribution(null, EXPERIMENTS, ExperimentResults.LEVEL);
        int low = coverage.inverseCumulativeProbability(0.0005);
        int high = coverage.inverseCumulativeProbability(0.9995);
        System.out.printf("interval coverage: %d of %d (accepted %d..%d); mean estimate %.5f vs %.5f; mean half-width %.4f%n",
                covered, EXPERIMENTS, low, high, sumEstimate / EXPERIMENTS, truth, sumHalfWidth / EXPERIMENTS);
        System.out.printf("mean wait: %d of %d intervals cover Erlang C's %.4f h%n", waitCovered, EXPERIMENTS,
                queue.meanWait());
        assertTrue(covered >= low && covered <= high, covered + " of " + EXPERIMENTS + " intervals cover " + truth
                + "; expected " + low + ".." + high);
        assertTrue(waitCovered >= low && waitCovered <= high, waitCovered + " of " + EXPERIMENTS
                + " intervals cover the mean wait " + queue.meanWait() + "; expected " + low + ".." + high);
    }
}
