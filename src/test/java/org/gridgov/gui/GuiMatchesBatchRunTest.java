package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gridgov.observe.Metrics;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * The GUI only observes: stepping the model through the live view, with all its observers attached,
 * gives exactly the metrics of {@code gridgov run} for the same scenario and seed.
 */
class GuiMatchesBatchRunTest {

    @Test
    void theBaselineGivesTheBatchRunsMetrics() throws Exception {
        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of(), 1, 30, MapLayer.OPEN_CASES);
        GuiRuns.runToEnd(gui);
        assertTrue(gui.model().ended());
        Metrics batch = GuiRuns.batch(gui.levers().scenario(), 1, 30);
        assertEquals(batch.asMap(), gui.measurement().metrics().asMap());
    }

    @Test
    void aWarmUpAndAnotherSeedToo() throws Exception {
        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of("simulation.warmup_days=5"), 7, 20,
                MapLayer.PATROL_GAP);
        GuiRuns.runToEnd(gui);
        assertEquals(GuiRuns.batch(gui.levers().scenario(), 7, 20).asMap(), gui.measurement().metrics().asMap());
    }

    @Test
    void aLeverChangedInTheGuiActsLikeTheSameOverride() throws Exception {
        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of(), 1, 20, MapLayer.OPEN_CASES);
        gui.levers().set("grid_workers.households_per_worker", 400);
        gui.levers().set("platform.dispatch_accuracy", 0.99);
        GuiRuns.runToEnd(gui);
        Metrics changed = gui.measurement().metrics();

        var overridden = ScenarioReader.read(GuiRuns.BASELINE,
                List.of("grid_workers.households_per_worker=400", "platform.dispatch_accuracy=0.99")).scenario();
        assertEquals(GuiRuns.batch(overridden, 1, 20).asMap(), changed.asMap());
        assertNotEquals(GuiRuns.batch(ScenarioReader.read(GuiRuns.BASELINE, List.of()).scenario(), 1, 20)
                .get("grid_workers"), changed.get("grid_workers"));
    }

    @Test
    void everyPlayStartsAFreshRun() throws Exception {
        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of(), 3, 10, MapLayer.OPEN_CASES);
        GuiRuns.runToEnd(gui);
        var first = gui.model();
        var firstMetrics = gui.measurement().metrics().asMap();
        GuiRuns.runToEnd(gui);
        assertNotSame(first, gui.model());
        assertEquals(firstMetrics, gui.measurement().metrics().asMap());
        assertEquals(GuiRuns.batch(gui.levers().scenario(), 3, 10).asMap(), firstMetrics);
    }
}
