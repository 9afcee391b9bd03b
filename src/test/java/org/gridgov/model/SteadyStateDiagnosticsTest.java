package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gridgov.observe.Metrics;
import org.gridgov.observe.Stability;
import org.gridgov.observe.Warmup;
import org.gridgov.run.RunResult;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.SimulationParams;
import org.gridgov.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * The warm-up chosen from the data and the instability flag on the M/M/c queue of {@code mmc.yaml} (one
 * department, c = 5 staff, mu = 1 per hour, Poisson arrivals at lambda = rho c mu; grid workers verify
 * instantly) and on Q City's staffing sweep.
 */
class SteadyStateDiagnosticsTest {
    private static final long SEED = 9_1011;
    private static final int SERVERS = 5;
    private static final double HOUSEHOLDS = 4000;

    private static LoadedScenario queue(double rho) {
        return ModelRuns.load("mmc.yaml", "departments.sanitation.staff_per_100k_residents=" + 10 * SERVERS,
                "case_types.sanitation.rate_per_household_year=" + rho * SERVERS * ModelRuns.HOURS_PER_YEAR / HOUSEHOLDS);
    }

    private static Map<String, Double> metrics(RunResult r) {
        return r.metrics().asMap();
    }

    /**
     * Started empty, the queue at rho = 0.9 relaxes with time constant 1 / (c mu (1 - sqrt(rho))^2), about
     * 3 days: after five of them (15 days) what is left of the transient is below 1% of it. MSER-5 must cut
     * no later than that in at least 80% of runs (its documented margin: noise makes it over-cut now and
     * then, section 8.1); with 20 runs, 14 or more unless the true share is below 80% (P about 0.2... read:
     * a binomial(20, 0.8) count is below 14 with probability 0.087, so the bound is 13).
     */
    @Test
    void warmupOfAQueueStartedEmptyEndsWithItsTransient() {
        LoadedScenario s = queue(0.9);
        int r = 20;
        double[][] perRun = ModelRuns.replicateMany(r, rep -> {
            RunResult run = ModelRuns.run(s, SEED, rep, 365, SimulationParams.WARMUP_FROM_DATA, false);
            Warmup w = run.measurement().warmup();
            assertTrue(w.fromData());
            assertEquals(w.days(), run.metrics().get("warmup_days"));
            return new double[] {w.days(), w.settled() ? 1 : 0};
        });
        int early = 0;
        for (int rep = 0; rep < r; rep++) {
            early += perRun[0][rep] <= 15 ? 1 : 0;
            assertEquals(1, perRun[1][rep], "replication " + rep + " should settle before mid-run");
        }
        assertTrue(early >= 13, "cut within 15 days in " + early + " of " + r + " runs");
    }

    /**
     * A window chosen after the run gives the metrics of a run told that warm-up beforehand: counts exactly,
     * time-averages to rounding (their areas are summed per stretch, in another order).
     */
    @Test
    void metricsOfAWindowChosenAfterTheRunEqualThoseOfTheSameWarmupGiven() {
        LoadedScenario s = ModelRuns.load("small-city.yaml");
        RunResult chosen = ModelRuns.run(s, SEED, 0, 120, SimulationParams.WARMUP_FROM_DATA, false);
        int days = chosen.measurement().warmup().days();
        RunResult given = ModelRuns.run(s, SEED, 0, 120, days, false);
        Map<String, Double> expected = given.metrics().asMap();
        Map<String, Double> actual = chosen.metrics().asMap();
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> {
            if (Double.isNaN(v)) {
                assertTrue(Double.isNaN(actual.get(k)), k);
            } else {
                assertEquals(v, actual.get(k), Math.abs(v) * 1e-12, k);
            }
        });
        assertFalse(given.measurement().warmup().fromData());
    }

    /**
     * rho = 1.1: the staff are always busy and the queue grows at lambda - c mu = 0.5 cases an hour, 4,380 a
     * year. Every run is flagged, naming the department; the 99% interval of the measured growth over the
     * replications holds the theory. rho = 0.9 is stable: the pooled check (one test at 1% per series)
     * finds nothing and no single run is saturated.
     */
    @Test
    void overloadedQueueIsFlaggedAndAStableOneIsNot() {
        int r = 6;
        List<Map<String, Double>> over = new ArrayList<>();
        List<List<String>> findings = new ArrayList<>();
        for (int rep = 0; rep < r; rep++) {
            RunResult run = ModelRuns.run(queue(1.1), SEED, rep, 365, SimulationParams.WARMUP_FROM_DATA, false);
            over.add(metrics(run));
            findings.add(run.measurement().stability().findings());
        }
        for (int rep = 0; rep < r; rep++) {
            assertEquals(1, over.get(rep).get("unstable"), "replication " + rep);
            assertTrue(findings.get(rep).stream().anyMatch(f -> f.contains("'sanitation'") && f.contains("a year")),
                    findings.get(rep).toString());
            assertTrue(findings.get(rep).stream().anyMatch(f -> f.startsWith("open cases grow by")), findings.get(rep).toString());
        }
        Estimate growth = Estimate.twoSided(over.stream().mapToDouble(m -> m.get("open_cases_trend_per_year")).toArray(), 0.99);
        assertTrue(growth.low() <= 4380 && 4380 <= growth.high(), "growth " + growth);
        assertFalse(Stability.ofReplications(over).isEmpty());

        List<Map<String, Double>> stable = new ArrayList<>();
        for (int rep = 0; rep < r; rep++) {
            Metrics m = ModelRuns.run(queue(0.9), SEED, rep, 365, SimulationParams.WARMUP_FROM_DATA, false).metrics();
            stable.add(m.asMap());
            assertEquals(0, m.get("saturated_units"), "replication " + rep);
        }
        assertEquals(List.of(), Stability.ofReplications(stable));
    }

    /**
     * experiments/staffing-sweep.yaml's point with 750 households per worker and half their hours lost to
     * duties from above leaves the busiest posts no time to patrol, and their cells' latent issues grow
     * without bound: pooled over the experiment's 10 replications (seed 1) the point is flagged. Q City as found
     * (600 and 0.3), measured after the warm-up MSER-5 chooses, is not.
     */
    @Test
    void theStaffingSweepsOverloadedPointIsFlaggedAndQCityAsFoundIsNot() throws Exception {
        assertFalse(Stability.ofReplications(qCity(10, "grid_workers.households_per_worker=750",
                "grid_workers.extra_duty_share=0.5")).isEmpty());
        assertEquals(List.of(), Stability.ofReplications(qCity(10)));
    }

    private static List<Map<String, Double>> qCity(int replications, String... overrides) throws Exception {
        var s = org.gridgov.scenario.ScenarioReader.read(java.nio.file.Path.of("scenarios/q-city-baseline.yaml"),
                List.of(overrides)).scenario();
        double[][] byMetric = ModelRuns.replicateMany(replications, rep -> {
            Map<String, Double> m = org.gridgov.run.Simulation.run(new org.gridgov.run.RunSpec(s, 1, rep, 365,
                    SimulationParams.WARMUP_FROM_DATA, false)).metrics().asMap();
            return new double[] {m.get("open_cases_trend_per_year"), m.get("latent_issues_trend_per_year"),
                    m.get("saturated_units"), m.get("unstable")};
        });
        List<Map<String, Double>> runs = new ArrayList<>();
        for (int rep = 0; rep < replications; rep++) {
            runs.add(Map.of("open_cases_trend_per_year", byMetric[0][rep], "latent_issues_trend_per_year",
                    byMetric[1][rep], "saturated_units", byMetric[2][rep], "unstable", byMetric[3][rep]));
        }
        return runs;
    }
}
