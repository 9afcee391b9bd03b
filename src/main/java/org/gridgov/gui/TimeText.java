package org.gridgov.gui;

import java.util.Locale;

/** Simulation times as students read them: hours from Monday 00:00 of day 1 become "day 3 (Wed) 09:15". */
final class TimeText {
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private TimeText() {
    }

    /** A point in time; "-" when it has not happened (NaN). */
    static String at(double hours) {
        if (Double.isNaN(hours)) {
            return "-";
        }
        long minutes = Math.round(hours * 60);
        long day = minutes / (24 * 60);
        long inDay = minutes % (24 * 60);
        return String.format(Locale.ROOT, "day %d (%s) %02d:%02d", day + 1, WEEKDAYS[(int) (day % 7)],
                inDay / 60, inDay % 60);
    }

    /** A duration: hours below two days, else days. */
    static String span(double hours) {
        if (Double.isNaN(hours)) {
            return "-";
        }
        return hours < 48 ? String.format(Locale.ROOT, "%.1f h", hours)
                : String.format(Locale.ROOT, "%.1f days", hours / 24);
    }
}
