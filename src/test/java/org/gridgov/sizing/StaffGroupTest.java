package org.gridgov.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.gridgov.config.InputException;
import org.gridgov.model.GridModel;
import org.gridgov.scenario.Parameter;
import org.gridgov.scenario.ParameterCatalogue;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** A head count becomes the parameter value that gives exactly that many staff in the model. */
class StaffGroupTest {

    private static final Path BASELINE = Path.of("scenarios/q-city-baseline.yaml");

    @Test
    void everyCountOnTheLadderIsTheCountTheModelBuilds() throws InputException {
        StaffedScenarios scenarios = StaffedScenarios.read(BASELINE, List.of());
        Scenario base = scenarios.base().scenario();
        StaffGroup workers = StaffGroup.GRID_WORKERS;
        StaffGroup sanitation = StaffGroup.department("sanitation");
        assertEquals(64, workers.count(base), "the baseline's 600 households per worker");
        assertEquals(workers.largest(base), Math.round(base.city().households() / 10.0));
        for (int[] counts : new int[][] {{1, 1}, {64, 12}, {92, 1}, {3470, 250}}) {
            Staffing s = new Staffing(java.util.Map.of(workers, counts[0], sanitation, counts[1]));
            GridModel model = new GridModel(scenarios.staffed(s), 1, 0, 1);
            model.start();
            assertEquals(counts[0], model.workers().size(), s.label());
            assertEquals(counts[1], model.departments().get("sanitation").staff().size(), s.label());
        }
    }

    @Test
    void countsNoWholeNumberOfHouseholdsPerWorkerGivesAreLeftOffTheLadder() throws InputException {
        Scenario base = ScenarioReader.read(BASELINE, List.of()).scenario();
        StaffGroup workers = StaffGroup.GRID_WORKERS;
        int households = base.city().households();
        // Around 150 households per worker one more household per worker changes the count by about 1.7.
        List<Integer> ladder = workers.ladder(base, 200, 300);
        assertTrue(ladder.size() < 101 && ladder.size() > 50, ladder.size() + " counts");
        for (int c = 200; c <= 300; c++) {
            boolean attainable = false;
            for (int h = 100; h <= 250; h++) {
                attainable |= Math.max(1, Math.round((double) households / h)) == c;
            }
            assertEquals(attainable, ladder.contains(c), "count " + c);
            String setting = workers.setting(base, c);
            assertEquals(attainable, setting != null, "count " + c);
            if (setting != null) {
                assertEquals(c, Math.round((double) households / Integer.parseInt(setting)));
            }
        }
        assertNull(workers.setting(base, 0));
        assertEquals("grid_workers.households_per_worker=415", workers.override(base, 92));
    }

    @Test
    void theSearchBoundsAreTheDeclaredAllowedRanges() throws InputException {
        Parameter perWorker = ParameterCatalogue.get(StaffGroup.GRID_WORKERS.parameter());
        Parameter per100k = ParameterCatalogue.get(StaffGroup.department("police").parameter());
        assertEquals(perWorker.min(), StaffGroup.MIN_HOUSEHOLDS_PER_WORKER);
        assertEquals(perWorker.max(), StaffGroup.MAX_HOUSEHOLDS_PER_WORKER);
        assertEquals(per100k.max(), StaffGroup.MAX_STAFF_PER_100K);
        Scenario base = ScenarioReader.read(BASELINE, List.of()).scenario();
        // The largest head count is the one the smallest allowed value gives, and the reader accepts that value.
        int largest = StaffGroup.GRID_WORKERS.largest(base);
        String value = StaffGroup.GRID_WORKERS.setting(base, largest);
        assertTrue(perWorker.allows(Double.parseDouble(value)), value);
        assertEquals(largest, StaffGroup.GRID_WORKERS.count(ScenarioReader.read(BASELINE,
                List.of(StaffGroup.GRID_WORKERS.override(base, largest))).scenario()));
        String most = StaffGroup.department("police").setting(base, StaffGroup.department("police").largest(base));
        assertTrue(per100k.allows(Double.parseDouble(most)), most);
    }
}
