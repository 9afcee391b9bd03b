package org.gridgov.gui;

import java.nio.file.Path;
import java.util.List;

import org.gridgov.config.InputException;
import org.gridgov.observe.Metrics;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.Scenario;
import org.gridgov.text.Texts;

/** Runs the live view's model without a window, the way MASON's Console steps it, for tests. */
final class GuiRuns {
    static final Path BASELINE = Path.of("scenarios", "q-city-baseline.yaml");

    private GuiRuns() {
    }

    /** A live view of a scenario file with overrides; chart updates are applied at once. */
    static GridModelWithUI gui(Path file, List<String> overrides, long seed, int days, MapLayer layer)
            throws InputException {
        return gui(file, overrides, seed, days, layer, Texts.EN);
    }

    /** The same, in the language of {@code t}. */
    static GridModelWithUI gui(Path file, List<String> overrides, long seed, int days, MapLayer layer, Texts t)
            throws InputException {
        ScenarioInput input = new ScenarioInput(file, overrides);
        Levers levers = new Levers(input, input.load(List.of()).scenario(), t);
        return new GridModelWithUI(levers, seed, days, layer, Runnable::run);
    }

    /** Starts a fresh run and steps it to the end, as the Console's play thread and stop button do. */
    static void runToEnd(GridModelWithUI gui) {
        gui.start();
        while (gui.step()) {
            // one schedule step each, as in the Console
        }
        gui.finish();
    }

    /** The metrics of the batch run of the same scenario, seed and days ({@code gridgov run}). */
    static Metrics batch(Scenario scenario, long seed, int days) {
        return Simulation.run(new RunSpec(scenario, seed, 0, days, scenario.simulation().warmupDays(), false))
                .metrics();
    }
}
