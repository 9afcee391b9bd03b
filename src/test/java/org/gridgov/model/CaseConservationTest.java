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

import org.gridgov.model.events.DayEndedListener;
import org.gridgov.model.events.IssueOccurredListener;
import org.gridgov.observe.CaseLog;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.CaseType;
import org.gridgov.scenario.LoadedScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every issue of a run is accounted for exactly once, and the output files agree with each other: the
 * per-case file, the run's metrics and the daily series are three views of the same events. An issue that
 * has occurred is in exactly one of seven stocks: latent, in mediation (a community organisation is trying
 * to settle it), discovered but not filed, open case, closed, parked, or resolved locally (settled by the
 * community organisation or fixed by a volunteer, without becoming a case).
 *
 * <p>One run of 120 days without warm-up (so window counts are whole-run counts) of a small city in which
 * every final state is populated at the end and every path through the loop is taken (see
 * {@code conservation.yaml}). At the end of every day a census counts the model's issues by state, so
 * the daily stocks are checked against the issues themselves, not only against the daily flows.
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
    private static RunResult result;
    private static Census census;
    private static CsvTable cases;
    private static Map<String, Double> metrics;
    private static CsvTable daily;
    private static CsvTable workload;
    private static Map<CaseState, Integer> byState;

    /** The model's issues by state, its vacant posts and active volunteers, at the end of every day. */
    private static final class Census implements IssueOccurredListener, DayEndedListener {
        private final GridModel model;
        private final CaseLog issues = new CaseLog();
        private final List<double[]> byState = new ArrayList<>();
        private final List<double[]> staff = new ArrayList<>();

        Census(GridModel model) {
            this.model = model;
        }

        @Override
        public void issueOccurred(double time, Issue issue) {
            issues.issueOccurred(time, issue);
        }

        @Override
        public void dayEnded(int day, double time) {
            double[] counts = new double[CaseState.values().length];
            for (Issue i : issues.issues()) {
                counts[i.state().ordinal()]++;
            }
            byState.add(counts);
            staff.add(new double[] {model.workers().stream().filter(GridWorker::vacant).count(),
                model.volunteers().stream().filter(Volunteer::active).count()});
        }

        int days() {
            return byState.size();
        }

        /** Issues in a state at the end of a day (0-based). */
        double issues(int day, CaseState state) {
            return byState.get(day)[state.ordinal()];
        }

        double openCases(int day) {
            double n = 0;
            for (CaseState s : CaseState.values()) {
                n += s.isOpenCase() ? issues(day, s) : 0;
            }
            return n;
        }

        double vacantPosts(int day) {
            return staff.get(day)[0];
        }

        double activeVolunteers(int day) {
            return staff.get(day)[1];
        }
    }

    @BeforeAll
    static void runOnce() {
        scenario = ModelRuns.load("conservation.yaml");
        result = Simulation.run(new RunSpec(scenario.scenario(), 7, 0, DAYS, 0, true),
                List.of(model -> census = new Census(model)));
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

    private static int rows(java.util.function.IntPredicate row) {
        int n = 0;
        for (int r = 0; r < cases.size(); r++) {
            n += row.test(r) ? 1 : 0;
        }
        return n;
    }

    private static boolean handledBy(int row, String handler) {
        return cases.text(row, "handler").equals(handler);
    }

    private static Issue issue(int row) {
        Issue i = result.measurement().cases().issues().get(row);
        assertEquals(cases.text(row, "case_id"), Integer.toString(i.id()), "cases.csv row " + row);
        return i;
    }

    @Test
    void runPopulatesEveryKindOfFinalState() {
        // Otherwise the checks below could pass vacuously for a state nobody reached.
        assertTrue(count(CaseState.LATENT) > 0, "latent " + byState);
        assertTrue(count(CaseState.IN_MEDIATION) > 0, "in mediation " + byState);
        assertTrue(count(CaseState.DISCOVERED) > 0, "discovered-unfiled " + byState);
        assertTrue(openCases() > 0, "open " + byState);
        assertTrue(count(CaseState.PARKED) > 0, "parked " + byState);
        assertTrue(count(CaseState.CLOSED) > 0, "closed " + byState);
        assertTrue(rows(r -> handledBy(r, ActorKind.COMMUNITY_ORGANISATION.label())) > 0,
                "settled by community organisations");
        assertTrue(rows(r -> handledBy(r, ActorKind.VOLUNTEER.label())) > 0, "fixed by volunteers");
        // ... and every new path through the loop was taken.
        assertTrue(rows(r -> state(r) == CaseState.CLOSED && handledBy(r, "elderly_care")) > 0, "closed by an NGO");
        assertTrue(rows(r -> state(r) == CaseState.CLOSED && issue(r).crossDepartment() && has(r, "dispatched")) > 0,
                "closed cross-department cases");
        assertTrue(rows(r -> issue(r).escalated()) > 0, "escalated cases");
        assertTrue(rows(r -> state(r) == CaseState.CLOSED && handledBy(r, ActorKind.OUTSIDE_OWNER.label())) > 0,
                "closed by an owner outside the platform");
        assertTrue(rows(r -> cases.text(r, "owner").equals("none")) > 0, "parked for no owner");
        assertTrue(rows(r -> cases.number(r, "ownership_disputes") > 0 && state(r) == CaseState.CLOSED) > 0,
                "closed after an ownership dispute");
        assertTrue(metric("worker_quits") > 0, "grid workers who quit");
        assertTrue(java.util.stream.IntStream.range(0, DAYS).anyMatch(d -> census.vacantPosts(d) > 0), "vacant posts");
    }

    @Test
    void finalStateOfEveryCaseAgreesWithItsTimestamps() {
        List<String> wrong = new ArrayList<>();
        for (int r = 0; r < cases.size(); r++) {
            CaseState s = state(r);
            boolean ok;
            if (s == CaseState.LATENT || s == CaseState.IN_MEDIATION) {
                ok = !has(r, "discovered") && !has(r, "filed") && !has(r, "closed") && !has(r, "parked")
                        && !has(r, "handler");
            } else if (s == CaseState.RESOLVED_LOCALLY) {
                // Settled by the community organisation as it occurred (never discovered), or found and
                // fixed by a volunteer; "closed" is when it was resolved.
                boolean settled = handledBy(r, ActorKind.COMMUNITY_ORGANISATION.label()) && !has(r, "discovered");
                boolean fixed = handledBy(r, ActorKind.VOLUNTEER.label())
                        && cases.text(r, "channel").equals(ActorKind.VOLUNTEER.discoveryChannel())
                        && cases.number(r, "closed") == cases.number(r, "discovered");
                ok = (settled || fixed) && has(r, "closed") && !has(r, "filed") && !has(r, "parked");
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
        assertEquals(occurred, count(CaseState.LATENT) + count(CaseState.IN_MEDIATION) + count(CaseState.DISCOVERED)
                + openCases() + count(CaseState.CLOSED) + count(CaseState.PARKED) + count(CaseState.RESOLVED_LOCALLY));
        // The same identity in the metrics alone.
        assertEquals(occurred, metric("issues_latent_end") + metric("issues_in_mediation_end")
                + metric("issues_discovered_unfiled_end") + metric("open_cases_end") + metric("cases_closed")
                + metric("cases_parked") + metric("issues_resolved_locally"), "metrics");
        // And in the daily series: stocks at the end of the last day, flows summed over the run; the two
        // stocks daily.csv does not show are the census's.
        int last = DAYS - 1;
        assertEquals(dailySum("occurred"), daily.number(last, "latent_end")
                + census.issues(last, CaseState.IN_MEDIATION) + census.issues(last, CaseState.DISCOVERED)
                + daily.number(last, "open_end") + dailySum("closed") + dailySum("parked")
                + dailySum("resolved_locally"),
                "daily.csv");
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
        assertEquals(count(CaseState.PARKED), metric("cases_parked"), "cases_parked");
        assertEquals(openCases(), metric("open_cases_end"), "open_cases_end");
        assertEquals(count(CaseState.LATENT), metric("issues_latent_end"), "issues_latent_end");
        assertEquals(count(CaseState.DISCOVERED), metric("issues_discovered_unfiled_end"),
                "issues_discovered_unfiled_end");
        assertEquals(count(CaseState.IN_MEDIATION), metric("issues_in_mediation_end"), "issues_in_mediation_end");
        assertEquals(count(CaseState.RESOLVED_LOCALLY), metric("issues_resolved_locally"), "issues_resolved_locally");
    }

    private boolean fixed(int row) {
        boolean fixed = state(row) == CaseState.CLOSED && !"true".equals(cases.text(row, "defective"))
                && !"true".equals(cases.text(row, "cannot_be_handled"));
        assertEquals(fixed, "true".equals(cases.text(row, "fixed")), "the fixed column, row " + row);
        return fixed;
    }

    @Test
    void sharesOfResolutionsAndDiscoveriesEqualTheCaseFile() {
        long resolutions = metric("resolutions");
        // A closure whose defect verification missed, or one "cannot be handled", fixed nothing: no resolution.
        int closedUnfixed = rows(r -> state(r) == CaseState.CLOSED && "true".equals(cases.text(r, "defective")));
        assertEquals(metric("cases_closed_unresolved"), closedUnfixed, "cases_closed_unresolved");
        int cannot = rows(r -> state(r) == CaseState.CLOSED && "true".equals(cases.text(r, "cannot_be_handled")));
        assertEquals(metric("cases_closed_cannot_be_handled"), cannot, "cases_closed_cannot_be_handled");
        assertTrue(cannot > 0, "the conservation scenario closes some cases as cannot be handled");
        assertEquals(count(CaseState.CLOSED) - closedUnfixed - cannot + count(CaseState.RESOLVED_LOCALLY), resolutions,
                "resolutions");
        assertEquals(rows(this::fixed) + count(CaseState.RESOLVED_LOCALLY), resolutions, "fixed cases");
        int settled = rows(r -> state(r) == CaseState.RESOLVED_LOCALLY
                && handledBy(r, ActorKind.COMMUNITY_ORGANISATION.label()));
        int fixed = rows(r -> state(r) == CaseState.RESOLVED_LOCALLY && handledBy(r, ActorKind.VOLUNTEER.label()));
        int byNgos = rows(r -> fixed(r) && scenario.scenario().ngos().organisations()
                .containsKey(cases.text(r, "handler")));
        int byWorkers = rows(r -> fixed(r) && handledBy(r, GridWorker.UNIT));
        int byDepartments = rows(r -> fixed(r) && scenario.scenario().departments()
                .containsKey(cases.text(r, "handler")));
        int byOutsideOwners = rows(r -> fixed(r) && handledBy(r, ActorKind.OUTSIDE_OWNER.label()));
        assertEquals(count(CaseState.CLOSED) - closedUnfixed - cannot, byNgos + byWorkers + byDepartments
                + byOutsideOwners, "fixed closed cases by handler");
        // Shares are written to 10 significant digits: share x resolutions rounds back to the count.
        assertEquals(settled, Math.round(metrics.get("share_resolved_by_community") * resolutions),
                "self-governance");
        assertEquals(fixed, Math.round(metrics.get("share_resolved_by_volunteers") * resolutions), "volunteers");
        assertEquals(byNgos, Math.round(metrics.get("share_resolved_by_ngos") * resolutions), "NGOs");
        assertEquals(byWorkers, Math.round(metrics.get("share_resolved_by_grid_workers") * resolutions),
                "grid workers");
        assertEquals(byDepartments, Math.round(metrics.get("share_resolved_by_departments") * resolutions),
                "departments");
        assertEquals(byOutsideOwners, Math.round(metrics.get("share_resolved_by_outside_owners") * resolutions),
                "outside owners");

        long discovered = metric("issues_discovered");
        int byPatrol = rows(r -> cases.text(r, "channel").equals(GridWorker.PATROL_CHANNEL));
        int byVolunteers = rows(r -> cases.text(r, "channel").equals(ActorKind.VOLUNTEER.discoveryChannel()));
        int byResidents = rows(r -> has(r, "channel")) - byPatrol - byVolunteers;
        assertTrue(byPatrol > 0 && byVolunteers > 0 && byResidents > 0, "every discovery channel used");
        assertEquals(byPatrol, Math.round(metrics.get("share_discovered_by_grid_workers") * discovered), "patrol");
        assertEquals(byVolunteers, Math.round(metrics.get("share_discovered_by_volunteers") * discovered), "volunteers");
        assertEquals(byResidents, Math.round(metrics.get("share_discovered_by_residents") * discovered), "residents");
        assertEquals(rows(r -> issue(r).escalated()), metric("escalations"), "escalations");
        assertEquals(rows(r -> has(r, "dispatched") && issue(r).crossDepartment()
                && !issue(r).type().spec().resolvedByGridWorker()), metric("cross_department_cases"),
                "cross_department_cases");
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
        // Ownership disputes are returns too, and each component parked for no owner says so.
        long disputes = 0;
        for (int r = 0; r < cases.size(); r++) {
            disputes += (long) cases.number(r, "ownership_disputes");
        }
        assertEquals(disputes, metric("ownership_disputes"), "ownership_disputes");
        assertEquals(rows(r -> cases.text(r, "owner").equals("none")), metric("cases_parked_for_no_owner"),
                "cases_parked_for_no_owner");
        assertEquals(rows(r -> cases.text(r, "owner").equals("none")),
                rows(r -> state(r) == CaseState.PARKED && cases.number(r, "ownership_disputes")
                        == scenario.scenario().componentOwnership().candidateOwners()),
                "parked for no owner: exactly the cases every candidate returned");
    }

    @Test
    void dailyFlowsAddUpToTheMetrics() {
        assertEquals(metric("issues_occurred"), dailySum("occurred"), "occurred");
        assertEquals(metric("issues_discovered"), dailySum("discovered"), "discovered");
        assertEquals(metric("cases_filed"), dailySum("filed"), "filed");
        assertEquals(metric("cases_closed"), dailySum("closed"), "closed");
        assertEquals(metric("cases_parked"), dailySum("parked"), "parked");
        assertEquals(metric("issues_resolved_locally"), dailySum("resolved_locally"), "resolved_locally");
    }

    @Test
    void dailyStocksEqualACensusOfTheIssuesAndEndAtTheMetrics() {
        assertEquals(DAYS, daily.size());
        assertEquals(DAYS, census.days());
        double occurred = 0;
        double closed = 0;
        double parked = 0;
        double resolvedLocally = 0;
        double open = 0;
        for (int d = 0; d < daily.size(); d++) {
            String day = " on day " + (d + 1);
            occurred += daily.number(d, "occurred");
            closed += daily.number(d, "closed");
            parked += daily.number(d, "parked");
            resolvedLocally += daily.number(d, "resolved_locally");
            open += daily.number(d, "filed") - daily.number(d, "closed") - daily.number(d, "parked");
            double latent = daily.number(d, "latent_end");
            assertEquals(open, daily.number(d, "open_end"), "open_end follows from the flows" + day);
            assertEquals(census.openCases(d), daily.number(d, "open_end"), "open_end" + day);
            // Latent issues leave the stock when discovered or taken up for mediation and come back when a
            // mediation fails: the census of latent issues checks all three movements.
            assertEquals(census.issues(d, CaseState.LATENT), latent, "latent_end" + day);
            assertEquals(census.issues(d, CaseState.CLOSED), closed, "closed by the end" + day);
            assertEquals(census.issues(d, CaseState.PARKED), parked, "parked by the end" + day);
            assertEquals(census.issues(d, CaseState.RESOLVED_LOCALLY), resolvedLocally,
                    "resolved locally by the end" + day);
            assertEquals(occurred, latent + census.issues(d, CaseState.IN_MEDIATION)
                    + census.issues(d, CaseState.DISCOVERED) + daily.number(d, "open_end") + closed + parked
                    + resolvedLocally, "every issue occurred so far is in one stock" + day);
            assertEquals(census.vacantPosts(d), daily.number(d, "vacant_posts_end"), "vacant_posts_end" + day);
            assertEquals(census.activeVolunteers(d), daily.number(d, "volunteers_end"), "volunteers_end" + day);
        }
        assertEquals(metric("open_cases_end"), daily.number(DAYS - 1, "open_end"));
        assertEquals(metric("issues_latent_end"), daily.number(DAYS - 1, "latent_end"));
        assertEquals(metric("volunteers_end"), daily.number(DAYS - 1, "volunteers_end"));
    }

    @Test
    void caseTimestampsFollowTheOrderOfTheLoop() {
        List<String> wrong = new ArrayList<>();
        for (int r = 0; r < cases.size(); r++) {
            // After a failed verification the case is handled again, and a case that needs a second
            // department is handled by it after the first: while that later handling is under way, it began
            // after the earlier one ended (and was verified), so the full order only holds at the end.
            boolean inRework = (cases.number(r, "reworks") > 0 || issue(r).crossDepartment())
                    && state(r) != CaseState.CLOSED;
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
            // misrouted case is returned, never handled, by the wrong department) or an NGO whose services
            // are bought for its type. Without linkage, a case that needs a second department is passed on
            // after its first handling, so the second department handles it last. A component owned outside
            // the platform is fixed by its owner alone.
            String expected;
            if (!has(r, "dispatched")) {
                expected = GridWorker.UNIT;
            } else if (cases.text(r, "owner").equals("outside")) {
                expected = ActorKind.OUTSIDE_OWNER.label();
            } else if (issue(r).crossDepartment() && !scenario.scenario().coordination().linkage()) {
                expected = type.crossDepartmentPartner();
            } else if (scenario.scenario().ngos().organisations().containsKey(handler)) {
                assertTrue(scenario.scenario().ngos().organisations().get(handler).caseTypes().contains(type.name()),
                        id + ": NGO " + handler + " does not handle " + type.name());
                expected = handler;
            } else {
                expected = type.department();
            }
            assertEquals(expected, handler, id);
            checked++;
        }
        assertTrue(checked > 0);
    }

    @Test
    void workingHoursAgreeBetweenDailySeriesAndWorkload() {
        double departmentHandling = 0;
        double ngoHandling = 0;
        double workerLoad = 0;
        double workerPatrol = 0;
        double workerExtra = 0;
        for (int r = 0; r < workload.size(); r++) {
            if (workload.text(r, "staff_type").equals("department")) {
                departmentHandling += workload.number(r, "hours_handling");
            } else if (workload.text(r, "staff_type").equals("ngo")) {
                ngoHandling += workload.number(r, "hours_handling");
            } else {
                workerLoad += workload.number(r, "load_hours");
                workerPatrol += workload.number(r, "hours_patrol");
                workerExtra += workload.number(r, "hours_extra_duty");
            }
        }
        assertTrue(departmentHandling > 0 && ngoHandling > 0 && workerLoad > 0 && workerPatrol > 0 && workerExtra > 0,
                "no work recorded");
        // Both files round each value to 4 decimals: the sums can differ by 5e-5 per value summed.
        double rounding = 5e-5 * (workload.size() + daily.size());
        assertEquals(departmentHandling, dailySum("department_busy_hours"), rounding);
        assertEquals(ngoHandling, dailySum("ngo_busy_hours"), rounding);
        assertEquals(workerLoad, dailySum("worker_load_hours"), rounding);
        assertEquals(workerPatrol, dailySum("worker_patrol_hours"), rounding);
        assertEquals(workerExtra, dailySum("worker_extra_duty_hours"), rounding);
    }
}
