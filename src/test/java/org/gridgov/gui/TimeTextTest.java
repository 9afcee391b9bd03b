package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Times as the inspectors show them. */
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
    void durationsInHoursThenDays() {
        assertEquals("3.5 h", TimeText.span(3.5));
        assertEquals("47.9 h", TimeText.span(47.9));
        assertEquals("2.5 days", TimeText.span(60));
        assertEquals("-", TimeText.span(Double.NaN));
    }
}
