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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 95% intervals of the experiment statistics cover the truth about 95% of the time, on a configuration
 * whose answer is known: department utilisation of an M/M/3 queue, lambda / (c mu) = 2/3 (Erlang C).
 *
 * <p>Utilisation rather than mean wait: the time-average of busy servers is nearly normal over a run and
 * its start-up bias dies out within hours (the busy-server process relaxes at rate mu), while mean wait has
 * heavier tails, a skewed distribution over short runs and a longer warm-up. Each experiment is 5
 * replications of 30 days with 5 days of warm-up (~1,200 cases each); the start-up bias left after the
 * warm-up is far below the intervals' half-width (~0.03).
 */
class IntervalCoverageTest {
    private static final int EXPERIMENTS = 200;
    private static final int REPLICATIONS = 5;

    @TempDir
    Path dir;

    @Test
    void aboutNinetyFivePercentOfIntervalsCoverTheTrueUtilisation() throws Exception {
        Scenario scenario = ScenarioReader.read(TestScenarios.erlangC(dir), List.of()).scenario();
        double truth = new ErlangC(TestScenarios.SERVERS, TestScenarios.ARRIVALS_PER_HOUR, TestScenarios.SERVICE_RATE)
                .utilization();
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
        double sumHalfWidth = 0;
        double sumEstimate = 0;
        for (int e = 0; e < EXPERIMENTS; e++) {
            double[] utilisation = new double[REPLICATIONS];
            for (int r = 0; r < REPLICATIONS; r++) {
                RunResult result = runs.get(e * REPLICATIONS + r).get();
                assertEquals(TestScenarios.HOUSEHOLDS, result.metrics().get("households"));
                assertEquals(TestScenarios.SERVERS, result.metrics().get("department_staff"));
                utilisation[r] = result.metrics().get("department_utilization_desk");
            }
            Statistics.Summary s = Statistics.summarize(utilisation);
            covered += s.ciLow() <= truth && truth <= s.ciHigh() ? 1 : 0;
            sumHalfWidth += (s.ciHigh() - s.ciLow()) / 2;
            sumEstimate += s.mean();
        }
        pool.shutdown();
        // If the intervals are right, the count is Binomial(200, 0.95); the test accepts its central 99.9%.
        BinomialDistribution coverage = new BinomialDistribution(null, EXPERIMENTS, Statistics.LEVEL);
        int low = coverage.inverseCumulativeProbability(0.0005);
        int high = coverage.inverseCumulativeProbability(0.9995);
        System.out.printf("interval coverage: %d of %d (accepted %d..%d); mean estimate %.5f vs %.5f; mean half-width %.4f%n",
                covered, EXPERIMENTS, low, high, sumEstimate / EXPERIMENTS, truth, sumHalfWidth / EXPERIMENTS);
        assertTrue(covered >= low && covered <= high, covered + " of " + EXPERIMENTS + " intervals cover " + truth
                + "; expected " + low + ".." + high);
    }
}
