package org.gridgov.gui;

import org.gridgov.text.Texts;

/**
 * Simulation times as students read them: hours from Monday 00:00 of day 1 become "day 3 (Wed) 09:15", or in
 * Chinese "第 3 天（周三）09:15".
 */
final class TimeText {

    private TimeText() {
    }

    /** A point in time in English; "-" when it has not happened (NaN). */
    static String at(double hours) {
        return at(Texts.EN, hours);
    }

    /** A point in time in the language of {@code t}; "-" when it has not happened (NaN). */
    static String at(Texts t, double hours) {
        if (Double.isNaN(hours)) {
            return "-";
        }
        long minutes = Math.round(hours * 60);
        long day = minutes / (24 * 60);
        long inDay = minutes % (24 * 60);
        return t.f("day %d (%s) %02d:%02d", day + 1, weekday(t, (int) (day % 7)), inDay / 60, inDay % 60);
    }

    /** The day of the week, Monday first. */
    private static String weekday(Texts t, int day) {
        return switch (day) {
            case 0 -> t.t("Mon");
            case 1 -> t.t("Tue");
            case 2 -> t.t("Wed");
            case 3 -> t.t("Thu");
            case 4 -> t.t("Fri");
            case 5 -> t.t("Sat");
            default -> t.t("Sun");
        };
    }

    /** A duration in English: hours below two days, else days. */
    static String span(double hours) {
        return span(Texts.EN, hours);
    }

    /** A duration in the language of {@code t}: hours below two days, else days. */
    static String span(Texts t, double hours) {
        if (Double.isNaN(hours)) {
            return "-";
        }
        return hours < 48 ? t.f("%.1f h", hours) : t.f("%.1f days", hours / 24);
    }
}
