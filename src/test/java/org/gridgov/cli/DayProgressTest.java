package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** A long run's progress line: nothing for a short run, then the day and the time left, cleared at the end. */
class DayProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aShortRunShowsNothing() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        DayProgress p = new DayProgress(new PrintWriter(text), 365, () -> now[0]);
        for (int day = 0; day < 365; day++) {
            now[0] = day * SECOND / 200; // 1.8 s in all
            p.dayEnded(day, 24.0 * (day + 1));
        }
        p.done();
        assertEquals("", text.toString());
    }

    @Test
    void aLongRunShowsTheDayAndTheTimeLeftAndClearsTheLine() {
        StringWriter text = new StringWriter();
        long[] now = {0};
        DayProgress p = new DayProgress(new PrintWriter(text), 365, () -> now[0]);
        for (int day = 0; day < 365; day++) {
            now[0] = (day + 1) * SECOND / 10; // a tenth of a second a day: 36.5 s in all
            p.dayEnded(day, 24.0 * (day + 1));
        }
        String shown = text.toString();
        // At day 20 (2 s), 345 days are left at a tenth of a second each.
        assertTrue(shown.startsWith("\rday 20 of 365 (5%), about 0:35 left"), shown);
        // Redrawn every quarter of a second: day 101 after 10.1 s, 264 days left.
        assertTrue(shown.contains("\rday 101 of 365 (27%), about 0:26 left"), shown);
        p.done();
        assertTrue(text.toString().endsWith("\r"), "the line is cleared");
        assertTrue(text.toString().substring(shown.length()).isBlank());
    }
}
