package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * MASON's own Console, played on a real (virtual) display, gives the batch run's metrics: its play
 * thread, the map's redraws, the charts and the inspectors' updates do not disturb the model, and it
 * starts without MASON's "probably no Java3D" warning. Needs
 * xvfb-run or a DISPLAY; CI installs xvfb.
 */
class ConsolePlayTest {

    @Test
    void playingInTheConsoleGivesTheBatchRunsMetrics() throws Exception {
        assumeTrue(OnDisplay.available(), "no xvfb-run and no DISPLAY");
        OnDisplay.Result r = OnDisplay.run(ConsoleRun.class.getName(), List.of(GuiRuns.BASELINE.toString(), "10", "5"), 240);
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.err().contains("Java3D"), "MASON's Console loads no demos that need Java3D: " + r.err());

        Map<String, Double> played = new LinkedHashMap<>();
        String ended = null;
        for (String line : r.out().split("\n")) {
            int eq = line.indexOf('=');
            if (line.startsWith("ended=")) {
                ended = line.substring(eq + 1);
            } else if (eq > 0) {
                played.put(line.substring(0, eq), Double.valueOf(line.substring(eq + 1)));
            }
        }
        assertEquals("true", ended, r.out() + r.err());
        var scenario = ScenarioReader.read(GuiRuns.BASELINE, List.of()).scenario();
        assertEquals(GuiRuns.batch(scenario, 5, 10).asMap(), played);
    }
}
