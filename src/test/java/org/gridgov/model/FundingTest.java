package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.config.InputException;
import org.gridgov.model.events.WorkerHiredListener;
import org.gridgov.model.events.WorkerQuitListener;
import org.gridgov.observe.Metrics;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.DepartmentParams;
import org.gridgov.scenario.FundingParams;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.NgoOrganisation;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * Money acts only through what it pays for, and the cost lines follow the unit costs. A cost metric is
 * recomputed here from the scenario's values and the run's resources (posts, staff, volunteers, cells,
 * communities) and must equal the model's to within rounding of the last bits.
 */
class FundingTest {

    private static final long SEED = 8_001;
    private static final int DAYS = 90;
    private static final int WARMUP = 10;
    private static final double RELATIVE = 1e-12;

    /** Every lever on (network-governance.yaml) in a city of 20,000 residents. */
    private static LoadedScenario everyLeverOn(String... overrides) throws InputException {
        List<String> all = new ArrayList<>(List.of("city.residents=20000"));
        all.addAll(List.of(overrides));
        return ScenarioReader.read(Path.of("scenarios/network-governance.yaml"), all);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * RELATIVE, what);
    }

    @Test
    void everyCostLineIsTheResourcesTimesTheirUnitCosts() throws InputException {
        // Without turnover no post is ever vacant, so every grid-worker post is paid all year.
        LoadedScenario loaded = everyLeverOn("grid_workers.turnover.base_quits_per_year=0");
        RunResult run = ModelRuns.run(loaded, SEED, 0, DAYS, WARMUP, false);
        Metrics m = run.metrics();
        Scenario s = loaded.scenario();
        FundingParams f = s.funding();
        double hundredK = s.city().residents() / 100_000.0;
        assertEquals(0, m.get("worker_vacancy_hours"), "no vacancies without turnover");

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("grid_workers", m.get("grid_workers") * s.gridWorkers().monthlyPay() * 12
                * (1 + f.employerOnCostShare()));
        double departments = 0;
        for (DepartmentParams d : s.departmentList()) {
            // Full-time equivalents: a post on a 168-hour week (24/7 cover) is 4.2 full-time employees.
            departments += d.staffFor(s.city().residents()) * d.shift().hoursPerWeek() / 40
                    * f.departmentStaffAnnualCost();
        }
        expected.put("departments", departments);
        double ngos = 0;
        for (NgoOrganisation o : s.ngos().organisations().values()) {
            ngos += run.model().ngos().get(o.name()).staff().size() * o.shift().hoursPerWeek() * 365 / 7
                    * s.ngos().hourlyRate();
        }
        expected.put("ngo_purchases", ngos);
        expected.put("training", m.get("grid_workers") * s.gridWorkers().training() * f.trainingPerWorkerYear());
        expected.put("platform", hundredK * f.platformPer100kResidents());
        expected.put("volunteers", m.get("mean_volunteers") * s.volunteers().recognition()
                * f.volunteerRecognitionPerVolunteerYear() + hundredK * s.volunteers().teamBuilding()
                * f.teamBuildingPer100kResidents());
        expected.put("community", run.model().city().communities() * s.community().vitality()
                * f.communitySupportPerCommunityYear());
        expected.put("party_building", m.get("grid_cells") * s.partyBuilding().strength()
                * f.partyBuildingPerCellYear());
        expected.put("campaigns", s.residents().awarenessCampaignsPerYear() * hundredK
                * f.awarenessCampaignPer100kResidents());

        double total = 0;
        for (Map.Entry<String, Double> line : expected.entrySet()) {
            assertTrue(line.getValue() > 0, "every lever is on, so every line costs something: " + line);
            assertClose(line.getValue(), m.get("cost_" + line.getKey() + "_per_year"), line.getKey());
            total += line.getValue();
        }
        assertClose(total, m.get("cost_per_year"), "cost_per_year is the sum of the lines");
        double years = m.get("measured_days") / 365;
        assertClose(total * years / m.get("resolutions"), m.get("cost_per_resolution"),
                "cost_per_resolution = cost a year x years measured / resolutions");
    }

    /** A vacant post is not paid: the grid-worker line covers the clock time posts were filled in the window. */
    @Test
    void vacantPostsAreNotPaid() throws InputException {
        LoadedScenario loaded = everyLeverOn("grid_workers.turnover.base_quits_per_year=3");
        VacantHours vacant = new VacantHours(WARMUP * 24.0, DAYS * 24.0);
        Metrics m = Simulation.run(new RunSpec(loaded.scenario(), SEED, 0, DAYS, WARMUP, false),
                List.of(model -> vacant)).metrics();
        assertTrue(vacant.total() > 0, "some post should fall vacant");
        Scenario s = loaded.scenario();
        double windowHours = (DAYS - WARMUP) * 24.0;
        double filledShare = 1 - vacant.total() / (m.get("grid_workers") * windowHours);
        double fullYear = m.get("grid_workers") * s.gridWorkers().monthlyPay() * 12
                * (1 + s.funding().employerOnCostShare());
        assertClose(fullYear * filledShare, m.get("cost_grid_workers_per_year"), "grid workers");
    }

    /** Clock hours posts stood vacant inside [from, to]. */
    private static final class VacantHours implements WorkerQuitListener, WorkerHiredListener {
        private final double from;
        private final double to;
        private final Map<GridWorker, Double> since = new java.util.HashMap<>();
        double hours;

        VacantHours(double from, double to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public void workerQuit(double time, GridWorker worker) {
            since.put(worker, time);
        }

        @Override
        public void workerHired(double time, GridWorker worker) {
            hours += Math.max(0, Math.min(time, to) - Math.max(since.remove(worker), from));
        }

        /** Posts still vacant at the end count to the end. */
        double total() {
            double open = 0;
            for (double s : since.values()) {
                open += Math.max(0, to - Math.max(s, from));
            }
            return hours + open;
        }
    }

    /**
     * Unit costs are accounting: doubling every price changes what things cost and nothing else. (More money
     * that buys more resources is tested with each lever: see {@link LeverEffectsTest}.)
     */
    @Test
    void pricesChangeCostsAndNothingElse() throws InputException {
        LoadedScenario base = everyLeverOn();
        List<String> doubled = new ArrayList<>();
        FundingParams f = base.scenario().funding();
        doubled.add("funding.department_staff_annual_cost=" + 2 * f.departmentStaffAnnualCost());
        doubled.add("funding.platform_per_100k_residents=" + 2 * f.platformPer100kResidents());
        doubled.add("funding.training_per_worker_year=" + 2 * f.trainingPerWorkerYear());
        doubled.add("funding.volunteer_recognition_per_volunteer_year=" + 2 * f.volunteerRecognitionPerVolunteerYear());
        doubled.add("funding.team_building_per_100k_residents=" + 2 * f.teamBuildingPer100kResidents());
        doubled.add("funding.awareness_campaign_per_100k_residents=" + 2 * f.awarenessCampaignPer100kResidents());
        doubled.add("funding.community_support_per_community_year=" + 2 * f.communitySupportPerCommunityYear());
        doubled.add("funding.party_building_per_cell_year=" + 2 * f.partyBuildingPerCellYear());
        Metrics before = ModelRuns.run(base, SEED, 0, DAYS, WARMUP, false).metrics();
        Metrics after = ModelRuns.run(everyLeverOn(doubled.toArray(new String[0])), SEED, 0, DAYS, WARMUP, false)
                .metrics();
        int costs = 0;
        for (String name : before.names()) {
            if (name.startsWith("cost_")) {
                costs++;
                continue;
            }
            assertEquals(before.get(name), after.get(name), name);
        }
        assertTrue(costs >= 10, "cost metrics seen: " + costs);
        for (String line : List.of("departments", "platform", "training", "volunteers", "community", "party_building",
                "campaigns")) {
            String name = "cost_" + line + "_per_year";
            assertClose(2 * before.get(name), after.get(name), name);
        }
    }
}
