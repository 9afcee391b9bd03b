package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.gridgov.cli.Main;
import org.gridgov.testing.Maps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridgov gui} in its own JVM on a display (under xvfb-run, which CI installs): the snapshot is
 * the same picture as headless, a district map's window shows its cells and inspects the one clicked, and a bad
 * scenario exits 2 without opening a window.
 */
class GuiOnDisplayTest {

    @BeforeEach
    void needsADisplay() {
        assumeTrue(OnDisplay.available(), "no xvfb-run and no DISPLAY");
    }

    @Test
    void snapshotOnADisplay(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("xvfb.png");
        OnDisplay.Result r = OnDisplay.run(Main.class.getName(), List.of("gui", "--snapshot", png.toString(),
                "--days", "" + SnapshotTest.DAYS, "--seed", "" + SnapshotTest.SEED, "--layer", "households",
                GuiRuns.BASELINE.toString()), 120);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("wrote " + png), r.out());
        SnapshotTest.assertCellsShowHouseholds(ImageIO.read(png.toFile()));
    }

    @Test
    void theMapWindowDrawsADistrictMapsCellsAndAClickInspectsTheOneUnderIt(@TempDir Path dir) throws Exception {
        Maps.tiny(dir);
        Path scenario = dir.resolve("tiny.yaml");
        Files.writeString(scenario, "city:\n  map: tiny.geojson\n");
        OnDisplay.Result r = OnDisplay.run(MapWindowRun.class.getName(), List.of(scenario.toString()), 120);
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("frame=true size=760x380", lines.get(0), "the map's proportions, 400 by 200 m");
        for (int c = 0; c < 5; c++) {
            String line = lines.get(1 + c);
            String expected = line.replaceFirst(".* expected=(\\d+).*", "$1");
            assertEquals("cell=" + c + " colour=" + expected + " expected=" + expected + " hit=" + c
                    + " inspector=CellInspector", line);
        }
    }

    @Test
    void aBadScenarioOpensNoWindow(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\ncity:\n  residnts: 5000\n");
        // A window would keep the process running until someone closed it, and OnDisplay would time out.
        OnDisplay.Result r = OnDisplay.run(Main.class.getName(), List.of("gui", bad.toString()), 60);
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("city.residnts: unknown key; did you mean 'residents'?"), r.err());
    }
}
