package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gridgov.observe.Metrics;
import org.gridgov.queueing.ErlangC;
import org.gridgov.run.RunResult;
import org.gridgov.scenario.CaseType;
import org.gridgov.scenario.DepartmentParams;
import org.gridgov.scenario.Effort;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A department in the reduced configuration of {@code mmc.yaml} is an M/M/c queue: its mean wait in queue
 * and its utilisation match Erlang C, and it serves first come first served.
 *
 * <p>Each load is run for R = 20 replications (0..19 of one seed) of 730 days with a 14-day warm-up (the
 * queue relaxes within days even at rho = 0.9: 1 / (c mu (1 - sqrt(rho))^2) is about 3 days for c = 5).
 * Each replication's metric is one observation; theory must lie inside the 99% Student-t interval of
 * their mean. A correct model fails one such check with probability 1%; the seed is fixed, so a failure
 * is reproducible, not flaky. Measured half-widths relative to theory: mean wait 3.7% (rho = 0.7) and
 * 5.5% (rho = 0.9), utilisation 0.5% and 0.3%, P(long wait) 3.3% and 5.7%. Each test also requires its
 * interval to stay narrow (10% for waits, 2% for utilisation), so that a passing test means something.
 *
 * <p>That resolution catches real errors. Handling 5% slower than the effort says moves the mean wait
 * from 0.55 h to 0.72 h (rho = 0.7) and from 1.52 h to 3.3 h (rho = 0.9) and the utilisation by 5%: all
 * six statistical checks fail. Serving last come first served leaves the mean wait unchanged (it is the
 * same for every order of service that ignores service times), so the tail is checked too: the share of
 * cases waiting longer than 1 / (c mu - lambda), the mean wait of those who wait, is C(c, a) / e under
 * first come first served but 0.107 and 0.109 instead of 0.181 and 0.281 under last come first served.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentQueueTheoryTest {

    private static final int R = 20;
    private static final int DAYS = 730;
    private static final int WARMUP = 14;
    private static final long SEED = 4_2195;
    private static final double LEVEL = 0.99;

    /** Two loads: c staff at utilisation rho (service rate mu = 1 per hour from the effort's mean). */
    enum Load {
        C3_RHO70(3, 0.7),
        C5_RHO90(5, 0.9);

        final int servers;
        final double rho;

        Load(int servers, double rho) {
            this.servers = servers;
            this.rho = rho;
        }
    }

    /** What R replications of one load measured, next to the theory for the scenario's parameters. */
    private record Sample(ErlangC theory, double tailAt, double[] meanWaits, double[] utilizations,
            double[] tailShares, long outOfOrder) {
    }

    private final Map<Load, Sample> samples = new EnumMap<>(Load.class);

    @BeforeAll
    void runReplications() {
        for (Load load : Load.values()) {
            samples.put(load, sample(load));
        }
    }

    private static Sample sample(Load load) {
        // 10,000 residents: staff_per_100k = 10 c gives c staff. The occurrence rate is set for lambda =
        // rho c mu; the test then reads lambda back from the scenario as the model defines it.
        double households = 4000;
        double lambdaWanted = load.rho * load.servers;
        LoadedScenario s = ModelRuns.load("mmc.yaml",
                "departments.sanitation.staff_per_100k_residents=" + 10 * load.servers,
                "case_types.sanitation.rate_per_household_year=" + lambdaWanted * ModelRuns.HOURS_PER_YEAR / households);
        Scenario scenario = s.scenario();
        CaseType type = scenario.caseTypes().get("sanitation");
        DepartmentParams department = scenario.departments().get("sanitation");
        assertEquals(1, scenario.caseTypes().size());
        assertEquals(1, scenario.departments().size());
        assertEquals(Effort.Kind.EXPONENTIAL, type.effort().kind());
        // Nothing of issue 3 may reach the queue: no NGO takes cases, no party branch reorders it, no second
        // department adds a visit, no vacancy delays the (instant) verification.
        assertEquals(0, scenario.ngos().organisations().size(), "NGO organisations");
        assertEquals(0, scenario.partyBuilding().strength(), "party building");
        assertEquals(0, type.crossDepartmentShare(), "cross-department share");
        assertEquals(0, scenario.gridWorkers().turnover().baseQuitsPerYear(), "grid worker turnover");
        int c = department.staffFor(scenario.city().residents());
        double lambda = type.ratePerHouseholdYear() * scenario.city().households() / ModelRuns.HOURS_PER_YEAR;
        double mu = 1 / type.effort().mean();
        ErlangC theory = new ErlangC(c, lambda, mu);
        assertEquals(load.rho, theory.utilization(), 1e-9, "the scenario should give the intended load");

        // The tail is checked at the mean wait of those who wait, 1 / (c mu - lambda): P = C(c, a) / e.
        double tailAt = 1 / (c * mu - lambda);
        double from = WARMUP * 24.0;
        double[][] perRep = ModelRuns.replicateMany(R, rep -> {
            RunResult run = ModelRuns.run(s, SEED, rep, DAYS, WARMUP, true);
            Metrics m = run.metrics();
            List<Issue> started = new ArrayList<>();
            for (Issue i : run.measurement().cases().issues()) {
                if (i.handlingStartedAt() >= from) {
                    started.add(i);
                }
            }
            long longWaits = started.stream().filter(i -> i.handlingStartedAt() - i.dispatchedAt() > tailAt).count();
            double leverEvents = m.get("ngo_staff") + m.get("escalations") + m.get("cross_department_cases")
                    + m.get("issues_taken_up_by_community") + m.get("mean_volunteers") + m.get("worker_quits");
            return new double[] {m.get("mean_department_wait_hours"), m.get("department_utilization_sanitation"),
                (double) longWaits / started.size(), outOfOrder(started), leverEvents};
        });
        long outOfOrder = 0;
        for (double x : perRep[3]) {
            outOfOrder += (long) x;
        }
        for (double x : perRep[4]) {
            assertEquals(0, x, "NGO staff, escalations, cross-department cases, local settlements, volunteers, quits");
        }
        return new Sample(theory, tailAt, perRep[0], perRep[1], perRep[2], outOfOrder);
    }

    /** Cases that started handling before a case dispatched to the department earlier than them. */
    private static long outOfOrder(List<Issue> started) {
        List<Issue> byStart = new ArrayList<>(started);
        byStart.sort((a, b) -> Double.compare(a.handlingStartedAt(), b.handlingStartedAt()));
        long wrong = 0;
        double latestArrival = Double.NEGATIVE_INFINITY;
        for (Issue i : byStart) {
            if (i.dispatchedAt() < latestArrival) {
                wrong++;
            }
            latestArrival = Math.max(latestArrival, i.dispatchedAt());
        }
        return wrong;
    }

    @ParameterizedTest
    @EnumSource(Load.class)
    void meanWaitInQueueMatchesErlangC(Load load) {
        Sample s = samples.get(load);
        MeanInterval ci = MeanInterval.of(s.meanWaits(), LEVEL);
        double expected = s.theory().meanWait();
        assertTrue(ci.contains(expected), "mean wait " + ci + ", Erlang C " + expected);
        assertTrue(ci.relativeHalfWidth(expected) < 0.10, "interval too wide to test anything: " + ci);
    }

    @ParameterizedTest
    @EnumSource(Load.class)
    void utilizationMatchesErlangC(Load load) {
        Sample s = samples.get(load);
        MeanInterval ci = MeanInterval.of(s.utilizations(), LEVEL);
        double expected = s.theory().utilization();
        assertTrue(ci.contains(expected), "utilisation " + ci + ", Erlang C " + expected);
        assertTrue(ci.relativeHalfWidth(expected) < 0.02, "interval too wide to test anything: " + ci);
    }

    @ParameterizedTest
    @EnumSource(Load.class)
    void shareOfLongWaitsMatchesFirstComeFirstServed(Load load) {
        Sample s = samples.get(load);
        MeanInterval ci = MeanInterval.of(s.tailShares(), LEVEL);
        double expected = s.theory().probabilityWaitExceeds(s.tailAt());
        assertTrue(ci.contains(expected), "P(wait > " + s.tailAt() + " h) " + ci + ", Erlang C " + expected);
        assertTrue(ci.relativeHalfWidth(expected) < 0.10, "interval too wide to test anything: " + ci);
    }

    @ParameterizedTest
    @EnumSource(Load.class)
    void casesStartHandlingInTheOrderTheyReachTheDepartment(Load load) {
        assertEquals(0, samples.get(load).outOfOrder());
    }
}
