package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gridgov.text.Lang;
import org.gridgov.text.Texts;
import org.junit.jupiter.api.Test;
import sim.engine.Schedule;

/** Times as the inspectors and the Console show them. */
class TimeTextTest {

    @Test
    void hoursBecomeDayWeekdayAndClockTime() {
        assertEquals("day 1 (Mon) 00:00", TimeText.at(0));
        assertEquals("day 8 (Mon) 08:30", TimeText.at(7 * 24 + 8.5));
        assertEquals("day 7 (Sun) 23:59", TimeText.at(7 * 24 - 1 / 60.0));
        assertEquals("day 3 (Wed) 00:00", TimeText.at(48 - 1e-6), "rounds to the nearest minute");
        assertEquals("-", TimeText.at(Double.NaN));
    }

    @Test
    void theConsoleShowsTheRunsTimeAsDayAndClockTime() throws Exception {
        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of(), 3, 2, MapLayer.OPEN_CASES);
        Schedule before = gui.state.schedule;
        assertEquals("At Start", before.getTimestamp(Schedule.BEFORE_SIMULATION, "At Start", "At End"));
        gui.start();
        while (gui.state.schedule.getTime() < 10.25 && gui.step()) {
            // as the Console's play thread
        }
        Schedule schedule = gui.state.schedule;
        double now = schedule.getTime();
        // What MASON's Console shows beside its play button.
        String shown = schedule.getTimestamp(now, "At Start", "At End");
        assertEquals(TimeText.at(now), shown);
        assertTrue(shown.matches("day 1 \\(Mon\\) 10:(1[5-9]|[2-5]\\d)"), shown);
        assertEquals("day 8 (Mon) 08:30", schedule.getTimestamp(7 * 24 + 8.5, "At Start", "At End"));
        assertEquals("At End", schedule.getTimestamp(Schedule.AFTER_SIMULATION, "At Start", "At End"));
        gui.finish();
    }

    @Test
    void inChineseTheDayComesWithItsWeekday() {
        Texts zh = Texts.of(Lang.ZH);
        assertEquals("第 3 天（周三）09:15", TimeText.at(zh, 2 * 24 + 9.25));
        assertEquals("第 7 天（周日）23:59", TimeText.at(zh, 7 * 24 - 1 / 60.0));
        assertEquals("-", TimeText.at(zh, Double.NaN));
        assertEquals("3.5 小时", TimeText.span(zh, 3.5));
        assertEquals("2.5 天", TimeText.span(zh, 60));
        assertEquals("day 3 (Wed) 09:15", TimeText.at(Texts.EN, 2 * 24 + 9.25));
    }

    @Test
    void theConsoleShowsTheTimeInTheLiveViewsLanguage() throws Exception {
        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of(), 3, 2, MapLayer.OPEN_CASES, Texts.of(Lang.ZH));
        assertEquals("第 8 天（周一）08:30", gui.state.schedule.getTimestamp(7 * 24 + 8.5, "At Start", "At End"));
        gui.start();
        assertEquals("第 8 天（周一）08:30", gui.state.schedule.getTimestamp(7 * 24 + 8.5, "At Start", "At End"),
                "each run's model, not only the first");
        gui.finish();
    }

    @Test
    void durationsInHoursThenDays() {
        assertEquals("3.5 h", TimeText.span(3.5));
        assertEquals("47.9 h", TimeText.span(47.9));
        assertEquals("2.5 days", TimeText.span(60));
        assertEquals("-", TimeText.span(Double.NaN));
    }
}
