package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridgov.run.RunResult;
import org.gridgov.scenario.CaseType;
import org.gridgov.scenario.LoadedScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every issue of a run is accounted for exactly once, and the output files agree with each other: the
 * per-case file, the run's metrics and the daily series are three views of the same events.
 *
 * <p>One run of 120 days without warm-up (so window counts are whole-run counts) of a small city in which
 * every final state is populated at the end and every path through the loop is taken (see
 * {@code conservation.yaml}).
 */
class CaseConservationTest {

    private static final int DAYS = 120;
    private static final double END = DAYS * 24.0;

    /** The timestamps of a case in the order the closed loop visits them. */
    private static final List<String> LOOP_ORDER = List.of("occurred", "discovered", "filed", "dispatched",
            "handling_started", "handled", "verified", "closed");

    @TempDir
    static Path dir;

    private static LoadedScenario scenario;
    private static CsvTable cases;
    private static Map<String, Double> metrics;
    private static CsvTable daily;
    private static CsvTable workload;
    private static Map<CaseState, Integer> byState;

    @BeforeAll
    static void runOnce() {
        scenario = ModelRuns.load("conservation.yaml");
        RunResult result = ModelRuns.run(scenario, 7, 0, DAYS, 0, true);
        ModelRuns.write(dir, result, scenario);
        cases = CsvTable.read(dir.resolve("cases.csv"));
        metrics = CsvTable.read(dir.resolve("metrics.csv")).metrics();
        daily = CsvTable.read(dir.resolve("daily.csv"));
        workload = CsvTable.read(dir.resolve("workload.csv"));
        byState = new EnumMap<>(CaseState.class);
        for (CaseState s : CaseState.values()) {
            byState.put(s, 0);
        }
        for (int r = 0; r < cases.size(); r++) {
            byState.merge(state(r), 1, Integer::sum);
        }
    }

    private static CaseState state(int row) {
        return CaseState.valueOf(cases.text(row, "final_state").toUpperCase(Locale.ROOT));
    }

    private static boolean has(int row, String column) {
        return !cases.text(row, column).isEmpty();
    }

    private static int count(CaseState... states) {
        int n = 0;
        for (CaseState s : states) {
            n += byState.get(s);
        }
        return n;
    }

    private static int openCases() {
        int n = 0;
        for (CaseState s : CaseState.values()) {
            if (s.isOpenCase()) {
                n += byState.get(s);
            }
        }
        return n;
    }

    private static long metric(String name) {
        double v = metrics.get(name);
        assertEquals(Math.rint(v), v, name + " should be a count");
        return (long) v;
    }

    private static double dailySum(String column) {
        double sum = 0;
        for (double x : daily.numbers(column)) {
            sum += x;
        }
        return sum;
    }

    @Test
    void runPopulatesEveryKindOfFinalState() {
        // Otherwise the checks below could pass vacuously for a state nobody reached.
        assertTrue(count(CaseState.LATENT) > 0, "latent " + byState);
        assertTrue(count(CaseState.DISCOVERED) > 0, "discovered-unfiled " + byState);
        assertTrue(openCases() > 0, "open " + byState);
        assertTrue(count(CaseState.PARKED) > 0, "parked " + byState);
        assertTrue(count(CaseState.CLOSED) > 0, "closed " + byState);
    }

    @Test
    void finalStateOfEveryCaseAgreesWithItsTimestamps() {
        List<String> wrong = new ArrayList<>();
        for (int r = 0; r < cases.size(); r++) {
            CaseState s = state(r);
            boolean ok;
            if (s == CaseState.LATENT) {
                ok = !has(r, "discovered") && !has(r, "filed") && !has(r, "closed") && !has(r, "parked");
            } else if (s == CaseState.DISCOVERED) {
                ok = has(r, "discovered") && !has(r, "filed");
            } else if (s == CaseState.CLOSED) {
                ok = has(r, "filed") && has(r, "closed") && !has(r, "parked");
            } else if (s == CaseState.PARKED) {
                ok = has(r, "filed") && has(r, "parked") && !has(r, "closed");
            } else {
                ok = s.isOpenCase() && has(r, "filed") && !has(r, "closed") && !has(r, "parked");
            }
            ok &= has(r, "discovered") == has(r, "channel");
            if (!ok) {
                wrong.add("case " + cases.text(r, "case_id") + " " + s);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyIssueIsCountedInExactlyOneFinalState() {
        long occurred = metric("issues_occurred");
        assertEquals(occurred, cases.size(), "one row per issue");
        assertEquals(occurred, count(CaseState.LATENT) + count(CaseState.DISCOVERED) + openCases()
                + count(CaseState.PARKED) + count(CaseState.CLOSED));
    }

    @Test
    void metricsEqualTheCountsInTheCaseFile() {
        int filed = 0;
        int discovered = 0;
        int closedOnSpot = 0;
        for (int r = 0; r < cases.size(); r++) {
            filed += has(r, "filed") ? 1 : 0;
            discovered += has(r, "discovered") ? 1 : 0;
            closedOnSpot += state(r) == CaseState.CLOSED && !has(r, "dispatched") ? 1 : 0;
        }
        assertEquals(filed, metric("cases_filed"), "cases_filed");
        assertEquals(discovered, metric("issues_discovered"), "issues_discovered");
        assertEquals(count(CaseState.CLOSED), metric("cases_closed"), "cases_closed");
        assertEquals(closedOnSpot, metric("cases_closed_on_spot"), "cases_closed_on_spot");
        assertEquals(count(CaseState.PARKED), metric("parked_cases"), "parked_cases");
        assertEquals(openCases(), metric("open_cases_end"), "open_cases_end");
        assertEquals(count(CaseState.LATENT), metric("issues_latent_end"), "issues_latent_end");
        assertEquals(count(CaseState.DISCOVERED), metric("issues_discovered_unfiled_end"),
                "issues_discovered_unfiled_end");
    }

    @Test
    void dispatchesAndBouncesInMetricsEqualTheCaseFile() {
        long dispatches = 0;
        long bounces = 0;
        for (int r = 0; r < cases.size(); r++) {
            dispatches += (long) cases.number(r, "dispatches");
            bounces += (long) cases.number(r, "bounces");
        }
        assertEquals(dispatches, metric("dispatches"));
        // bounce_rate = returns / dispatches, written to 10 significant digits.
        assertEquals(bounces, Math.round(metrics.get("bounce_rate") * dispatches));
        assertEquals(bounces, dailySum("returned"));
    }

    @Test
    void dailyFlowsAddUpToTheMetrics() {
        assertEquals(metric("issues_occurred"), dailySum("occurred"), "occurred");
        assertEquals(metric("issues_discovered"), dailySum("discovered"), "discovered");
        assertEquals(metric("cases_filed"), dailySum("filed"), "filed");
        assertEquals(metric("cases_closed"), dailySum("closed"), "closed");
        assertEquals(metric("parked_cases"), dailySum("parked"), "parked");
    }

    @Test
    void dailyStocksFollowFromTheFlowsAndEndAtTheMetrics() {
        assertEquals(DAYS, daily.size());
        double open = 0;
        double latent = 0;
        for (int d = 0; d < daily.size(); d++) {
            open += daily.number(d, "filed") - daily.number(d, "closed") - daily.number(d, "parked");
            latent += daily.number(d, "occurred") - daily.number(d, "discovered");
            assertEquals(open, daily.number(d, "open_end"), "open_end on day " + (d + 1));
            assertEquals(latent, daily.number(d, "latent_end"), "latent_end on day " + (d + 1));
        }
        assertEquals(metric("open_cases_end"), daily.number(DAYS - 1, "open_end"));
        assertEquals(metric("issues_latent_end"), daily.number(DAYS - 1, "latent_end"));
    }

    @Test
    void caseTimestampsFollowTheOrderOfTheLoop() {
        List<String> wrong = new ArrayList<>();
        for (int r = 0; r < cases.size(); r++) {
            // After a failed verification the case is handled again: while that rework is under way, the
            // last handling is later than the last verification, so the full order only holds at the end.
            boolean inRework = cases.number(r, "reworks") > 0 && state(r) != CaseState.CLOSED;
            List<String> order = inRework ? LOOP_ORDER.subList(0, 4) : LOOP_ORDER;
            double last = 0;
            String lastName = "start";
            for (String column : order) {
                double t = cases.number(r, column);
                if (Double.isNaN(t)) {
                    continue;
                }
                if (t < last) {
                    wrong.add("case " + cases.text(r, "case_id") + ": " + column + " " + t + " < " + lastName + " "
                            + last);
                }
                last = t;
                lastName = column;
            }
            double parked = cases.number(r, "parked");
            if (parked < cases.number(r, "filed")) {
                wrong.add("case " + cases.text(r, "case_id") + ": parked before filed");
            }
            for (String column : List.of("handling_started", "handled", "verified", "closed", "parked")) {
                double t = cases.number(r, column);
                if (t > END) {
                    wrong.add("case " + cases.text(r, "case_id") + ": " + column + " " + t + " after the run's end");
                }
            }
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size() + " cases out of order");
    }

    @Test
    void closedCasesWereHandledByTheResponsibleUnit() {
        int checked = 0;
        for (int r = 0; r < cases.size(); r++) {
            if (state(r) != CaseState.CLOSED) {
                continue;
            }
            String id = "case " + cases.text(r, "case_id");
            String handler = cases.text(r, "handler");
            assertFalse(handler.isEmpty(), id + " closed without a handler");
            assertTrue(has(r, "handled"), id + " closed without being handled");
            CaseType type = scenario.scenario().caseTypes().get(cases.text(r, "type"));
            // Fixed on the spot by the grid worker who found it, or by the responsible department (a
            // misrouted case is returned, never handled, by the wrong department).
            String expected = has(r, "dispatched") ? type.department() : GridWorker.UNIT;
            assertEquals(expected, handler, id);
            checked++;
        }
        assertTrue(checked > 0);
    }

    @Test
    void workingHoursAgreeBetweenDailySeriesAndWorkload() {
        double departmentHandling = 0;
        double workerLoad = 0;
        double workerPatrol = 0;
        double workerExtra = 0;
        for (int r = 0; r < workload.size(); r++) {
            if (workload.text(r, "staff_type").equals("department")) {
                departmentHandling += workload.number(r, "hours_handling");
            } else {
                workerLoad += workload.number(r, "load_hours");
                workerPatrol += workload.number(r, "hours_patrol");
                workerExtra += workload.number(r, "hours_extra_duty");
            }
        }
        assertTrue(departmentHandling > 0 && workerLoad > 0 && workerPatrol > 0 && workerExtra > 0, "no work recorded");
        // Both files round each value to 4 decimals: the sums can differ by 5e-5 per value summed.
        double rounding = 5e-5 * (workload.size() + daily.size());
        assertEquals(departmentHandling, dailySum("department_busy_hours"), rounding);
        assertEquals(workerLoad, dailySum("worker_load_hours"), rounding);
        assertEquals(workerPatrol, dailySum("worker_patrol_hours"), rounding);
        assertEquals(workerExtra, dailySum("worker_extra_duty_hours"), rounding);
    }
}
