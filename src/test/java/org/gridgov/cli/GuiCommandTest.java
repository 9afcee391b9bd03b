package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridgov gui}: bad input is refused like {@code gridgov run} refuses it (exit code 2, the same
 * messages) before any window opens (these tests run headless, where opening one would fail); without a
 * display there is a clear message instead of a crash. See {@code GuiOnDisplayTest} for a real display.
 */
class GuiCommandTest {

    /** What a command printed and returned. */
    private record Outcome(int code, String out, String err) {
    }

    private static Outcome gridgov(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Path badScenario(Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\ncity:\n  residnts: 5000\ngrid_workers:\n  extra_duty_share: 1.5\n");
        return bad;
    }

    @Test
    void aBadScenarioExits2WithTheSameMessagesAsRun(@TempDir Path dir) throws Exception {
        Path bad = badScenario(dir);
        Outcome gui = gridgov("gui", bad.toString());
        Outcome run = gridgov("run", bad.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, gui.code());
        assertEquals(run.err(), gui.err());
        assertTrue(gui.err().contains("city.residnts: unknown key; did you mean 'residents'?"), gui.err());
        assertTrue(gui.err().contains("grid_workers.extra_duty_share = 1.5: must be a number from 0 to 0.9"), gui.err());
    }

    @Test
    void aBadOverrideOrSeedOrDaysOrLayerExits2() {
        Outcome set = gridgov("gui", "--set", "platform.dispatch_accuracy=2", "--snapshot", "x.png", "scenarios/q-city-baseline.yaml");
        assertEquals(2, set.code());
        assertTrue(set.err().contains("platform.dispatch_accuracy = 2: must be a number from 0 to 1"), set.err());

        Outcome seed = gridgov("gui", "--seed", "10000000000", "scenarios/q-city-baseline.yaml");
        assertEquals(2, seed.code());
        assertTrue(seed.err().contains("32-bit seeds"), seed.err());

        Outcome days = gridgov("gui", "--days", "0", "scenarios/q-city-baseline.yaml");
        assertEquals(2, days.code());
        assertTrue(days.err().contains("--days must be from 1 to 36500"), days.err());

        Outcome warmup = gridgov("gui", "--days", "5", "--set", "simulation.warmup_days=5", "scenarios/q-city-baseline.yaml");
        assertEquals(2, warmup.code());
        assertTrue(warmup.err().contains("warm-up (5 days) must be less than the run (5 days)"), warmup.err());

        Outcome layer = gridgov("gui", "--layer", "traffic", "scenarios/q-city-baseline.yaml");
        assertEquals(2, layer.code());
        assertTrue(layer.err().contains("unknown layer 'traffic'; choose one of open-cases, latent-issues"), layer.err());
    }

    @Test
    void aSnapshotIsAtTheTimeGivenOnTheLastWeekday(@TempDir Path dir) {
        Path png = dir.resolve("evening.png");
        // Day 13 is a Saturday: the picture is of Friday, day 12.
        Outcome o = gridgov("gui", "--snapshot", png.toString(), "--days", "13", "--at", "17:45",
                "scenarios/q-city-baseline.yaml");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains(", day 12 (Fri) 17:45 of 13 days)"), o.out());
    }

    @Test
    void aBadTimeOfDayExits2WithoutAStackTrace() {
        for (String at : new String[] {"25:00", "10:60", "7pm", "10.30", "", "1000"}) {
            Outcome o = gridgov("gui", "--snapshot", "x.png", "--at", at, "scenarios/q-city-baseline.yaml");
            assertEquals(2, o.code(), at);
            assertEquals("gridgov gui: --at must be a time of day as HH:MM, from 00:00 to 23:59, not '" + at + "'\n",
                    o.err().replace("\r", ""), at);
        }
        Outcome window = gridgov("gui", "--at", "09:30", "scenarios/q-city-baseline.yaml");
        assertEquals(2, window.code());
        assertEquals("gridgov gui: --at is the time of a --snapshot; give --snapshot FILE.png too\n",
                window.err().replace("\r", ""));
    }

    @Test
    void aMissingFileExits2() {
        Outcome missing = gridgov("gui", "no-such-scenario.yaml");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no-such-scenario.yaml"), missing.err());
    }

    @Test
    void withoutADisplayItSaysHowToGetAPicture() {
        Outcome o = gridgov("gui", "--days", "2", "scenarios/q-city-baseline.yaml");
        assertEquals(1, o.code());
        assertTrue(o.err().contains("no display") && o.err().contains("--snapshot FILE.png"), o.err());
    }

    @Test
    void withoutAScenarioItOpensTheBaseline(@TempDir Path dir) {
        Path png = dir.resolve("baseline.png");
        Outcome o = gridgov("gui", "--snapshot", png.toString(), "--days", "2");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("q-city-baseline, seed 1, day 2 (Tue) 10:00 of 2 days"), o.out());
        assertTrue(Files.isRegularFile(png));
    }

    @Test
    void helpListsTheCommand() {
        Outcome help = gridgov("--help");
        assertTrue(help.out().contains("gui"), help.out());
        Outcome gui = gridgov("gui", "--help");
        assertEquals(0, gui.code());
        assertTrue(gui.out().contains("--snapshot=FILE.png"), gui.out());
    }
}
