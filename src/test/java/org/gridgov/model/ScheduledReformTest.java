package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.config.InputException;
import org.gridgov.model.events.PostListener;
import org.gridgov.model.events.ReportCancelledListener;
import org.gridgov.model.events.CancelReason;
import org.gridgov.model.events.WorkListener;
import org.gridgov.report.EventLog;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.scenario.SimulationParams;
import org.junit.jupiter.api.Test;

/**
 * A reform scheduled during a run (docs/ODD.md 6): the model runs under the scenario in force each day, so the
 * run is the unreformed one until the change and follows the new values from it on, posts are created and
 * abolished, Poisson processes change rate on the day, and costs follow what was in force when.
 */
class ScheduledReformTest {

    private static final String CITY = "name: scheduled\ncity: {residents: 20000}\n";
    private static final long SEED = 11;

    private static Scenario scenario(String... overrides) throws InputException {
        return ScenarioReader.readString(CITY, "scheduled.yaml", List.of(overrides)).scenario();
    }

    /** The event log of a run, and the run. */
    private static String log(Scenario s, int days, RunResult[] result) {
        StringBuilder text = new StringBuilder();
        result[0] = Simulation.run(new RunSpec(s, SEED, 0, days, 0, false), List.of(model -> new EventLog(text)));
        return text.toString();
    }

    /** The lines of an event log that happened before {@code hours}. */
    private static List<String> before(String log, double hours) {
        List<String> lines = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.startsWith("time") || Double.parseDouble(line.substring(0, line.indexOf(','))) < hours) {
                lines.add(line);
            }
        }
        return lines;
    }

    @Test
    void aChangeOnDayZeroIsTheValueItself() throws InputException {
        String scheduled = log(scenario("grid_workers.households_per_worker={on_day: 0, to: 400}",
                "grid_workers.training={on_day: 0, to: 0.6}"), 20, new RunResult[1]);
        String given = log(scenario("grid_workers.households_per_worker=400", "grid_workers.training=0.6"), 20,
                new RunResult[1]);
        assertSameEvents(List.of(given.split("\n")), List.of(scheduled.split("\n")));
    }

    /** Every lever of network governance, ramped in from day 30: the 30 days before are the baseline's, event by event. */
    @Test
    void beforeTheReformTheRunIsTheUnreformedOne() throws InputException {
        String[] reform = {"party_building.strength={ramp: [30, 40], to: 0.8}",
            "grid_workers.households_per_worker={ramp: [30, 40], to: 400}",
            "grid_workers.extra_duty_share={on_day: 30, to: 0.1}", "grid_workers.monthly_pay={on_day: 30, to: 4300}",
            "grid_workers.training={ramp: [30, 40], to: 0.6}", "platform.filing_delay_hours={on_day: 30, to: 0.25}",
            "platform.dispatch_accuracy={on_day: 30, to: 0.98}", "platform.data_sharing={on_day: 30, to: 0.8}",
            "residents.awareness_campaigns_per_year={on_day: 30, to: 4}",
            "residents.channels.app.reach={ramp: [30, 40], from: 0, to: 0.4}",
            "component_ownership.asset_registry={on_day: 30, to: 0.9}", "coordination.linkage={on_day: 30, to: true}",
            "ngos.participation_mechanism={on_day: 30, to: true}", "ngos.environment={on_day: 30, to: 0.7}",
            "ngos.purchase_per_100k_residents={ramp: [30, 40], to: 1000000}",
            "volunteers.team_building={ramp: [30, 40], to: 0.8}", "volunteers.recognition={on_day: 30, to: 0.7}",
            "community_organisations.vitality={on_day: 30, to: 0.8}", "public_reports.paid_reports={on_day: 30, to: true}"};
        RunResult[] reformed = new RunResult[1];
        RunResult[] unreformed = new RunResult[1];
        String withReform = log(scenario(reform), 60, reformed);
        String without = log(scenario(), 60, unreformed);
        assertSameEvents(before(without, 30 * 24.0), before(withReform, 30 * 24.0));
        assertTrue(withReform.contains("levers_changed"), "the reform took effect");
        assertTrue(reformed[0].metrics().get("ngo_staff") > 0, "the NGOs got staff");
        assertTrue(reformed[0].metrics().get("on_time_rate") > unreformed[0].metrics().get("on_time_rate"),
                "the reform shows");
    }

    /** The first event that differs, not two whole logs. */
    private static void assertSameEvents(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "event " + i);
        }
        assertEquals(expected.size(), actual.size(), "events");
    }

    /** Posts opened and closed, and what each did after it closed. */
    private static final class Posts implements PostListener, WorkListener {
        final Map<Staff, Double> closedAt = new IdentityHashMap<>();
        int opened;
        int workAfterClosing;

        @Override
        public void postOpened(double time, Staff staff) {
            opened++;
        }

        @Override
        public void postClosed(double time, Staff staff, boolean filled) {
            closedAt.put(staff, time);
        }

        @Override
        public void workDone(Staff staff, Activity activity, double start, double end, double hours) {
            Double closed = closedAt.get(staff);
            if (closed != null && start >= closed) {
                workAfterClosing++;
            }
        }
    }

    @Test
    void postsAreCreatedOnTheDayAndAbolishedPostsDoNoMoreWork() throws InputException {
        for (String to : List.of("300", "1200")) {
            Scenario s = scenario("grid_workers.households_per_worker={ramp: [10, 30], to: " + to + "}",
                    "grid_workers.turnover.base_quits_per_year=2");
            Posts posts = new Posts();
            RunResult r = Simulation.run(new RunSpec(s, SEED, 0, 60, 0, true), List.of(model -> posts));
            int households = r.model().city().households().count();
            int before = s.gridWorkers().workersFor(households);
            int after = s.inForceOn(30).gridWorkers().workersFor(households);
            assertEquals(after, r.metrics().get("grid_workers"), "posts at the end, households per worker " + to);
            assertEquals(Math.max(0, after - before), posts.opened, "posts created");
            assertEquals(Math.max(0, before - after), posts.closedAt.size(), "posts abolished");
            assertEquals(0, posts.workAfterClosing, "an abolished post does no more work");
            for (GridCell cell : r.model().city().cells()) {
                assertTrue(!cell.workers().isEmpty() && cell.workers().stream().noneMatch(GridWorker::closed),
                        "every cell has a beat of open posts: " + cell);
            }
        }
    }

    /** Invalid reports by the time they were cancelled. */
    private static final class InvalidReports implements ReportCancelledListener {
        final List<Double> times = new ArrayList<>();

        @Override
        public void reportCancelled(double time, Issue issue, String channel, CancelReason reason) {
            if (reason == CancelReason.INVALID) {
                times.add(time);
            }
        }

        long between(double from, double to) {
            return times.stream().filter(t -> t >= from && t < to).count();
        }
    }

    /**
     * A paid reporting scheme switched on at day 30 doubles invalid reports from that day: the counts before and
     * after lie within the 99% Poisson intervals of the two rates (a day's margin either side for the check time).
     */
    @Test
    void aPoissonProcessChangesRateOnTheDay() throws InputException {
        Scenario s = scenario("residents.invalid_reports_per_household_year=2", "public_reports.paid_invalid_gain=1",
                "public_reports.paid_reports={on_day: 30, to: true}");
        InvalidReports invalid = new InvalidReports();
        RunResult r = Simulation.run(new RunSpec(s, SEED, 0, 60, 0, false), List.of(model -> invalid));
        double perHour = 2.0 * r.model().city().households().count() * s.residents().channelAccess() / (24 * 365.0);
        assertPoisson(invalid.between(0, 29 * 24.0), perHour * 29 * 24, "before");
        assertPoisson(invalid.between(31 * 24.0, 60 * 24.0), 2 * perHour * 29 * 24, "after");
    }

    private static void assertPoisson(long count, double mean, String what) {
        double halfWidth = 2.576 * Math.sqrt(mean);
        assertTrue(Math.abs(count - mean) <= halfWidth, what + ": " + count + " reports, expected " + mean
                + " +- " + halfWidth + " (99%)");
    }

    /** With the warm-up chosen from the data, the metrics describe the city after the last change. */
    @Test
    void theWarmUpChosenFromTheDataStartsAfterTheLastChange() throws InputException {
        Scenario s = scenario("grid_workers.training={ramp: [20, 42], to: 0.6}");
        RunResult r = Simulation.run(new RunSpec(s, SEED, 0, 100, SimulationParams.WARMUP_FROM_DATA, false));
        assertEquals(42, r.measurement().warmup().searchedFrom());
        assertTrue(r.measurement().warmup().days() >= 45, "cut on a fifth day from day 42: " + r.measurement().warmup());
        assertEquals(0, Simulation.run(new RunSpec(scenario(), SEED, 0, 100, SimulationParams.WARMUP_FROM_DATA, false))
                .measurement().warmup().searchedFrom(), "without schedules MSER-5 searches from day 0");
    }

    /** The platform costs the old price for 40 days of the window and the new one for 60. */
    @Test
    void costsFollowWhatWasInForceWhen() throws InputException {
        Scenario s = scenario("funding.platform_per_100k_residents={on_day: 50, to: 900000}");
        RunResult r = Simulation.run(new RunSpec(s, SEED, 0, 110, 10, false));
        double hundredK = s.city().residents() / 100_000.0;
        double expected = hundredK * (40 * s.funding().platformPer100kResidents() + 60 * 900_000.0) / 100;
        assertEquals(expected, r.metrics().get("cost_platform_per_year"), expected * 1e-12);
    }
}
