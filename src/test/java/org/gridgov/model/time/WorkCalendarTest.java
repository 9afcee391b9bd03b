package org.gridgov.model.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class WorkCalendarTest {

    private static final double WEEK = 168;
    /** Absolute tolerance for times up to ~10 years (ulp(1e5) ~ 1.5e-11, a few roundings per result). */
    private static final double TOL = 1e-9;

    private static final WorkCalendar OFFICE = new WorkCalendar(8.5, 8, 5);
    private static final WorkCalendar SIX_DAYS = new WorkCalendar(8, 8, 6);
    private static final WorkCalendar WEEKDAYS_ROUND_THE_CLOCK = new WorkCalendar(0, 24, 5);
    private static final WorkCalendar LATE = new WorkCalendar(22, 2, 7);

    static Stream<WorkCalendar> calendars() {
        return Stream.of(OFFICE, SIX_DAYS, WEEKDAYS_ROUND_THE_CLOCK, LATE, WorkCalendar.ALWAYS);
    }

    /** Also calendars whose boundaries are not binary fractions, where every boundary time is rounded. */
    static Stream<WorkCalendar> calendarsWithInexactBoundaries() {
        return Stream.concat(calendars(), Stream.of(
                new WorkCalendar(8.1, 7.7, 5), new WorkCalendar(1.0 / 3, 24 - 1.0 / 3, 3),
                new WorkCalendar(0.1, 0.2, 1),
                new WorkCalendar(23.9, 0.1, 7), new WorkCalendar(0, 0.001, 2)));
    }

    /** Day {@code day} (0 = first Monday) at {@code hour}. */
    private static double at(int day, double hour) {
        return day * 24 + hour;
    }

    // ---- cross-checks against tick-stepping references ----

    /** Binary ticks (1/64 h): every time and duration is exact, so results must match exactly. */
    @ParameterizedTest
    @MethodSource("calendars")
    void matchesBinaryTickReferenceExactly(WorkCalendar cal) {
        TickReference ref = new TickReference(cal, 64);
        SplittableRandom rnd = new SplittableRandom(20260101L);
        for (int i = 0; i < 1500; i++) {
            long t = randomTime(rnd, 64);
            long w = randomWork(rnd, 64);
            double th = t / 64.0;
            assertEquals(ref.onDuty(t), cal.isOnDuty(th), () -> "isOnDuty " + th);
            assertEquals(ref.next(t) / 64.0, cal.nextOnDuty(th), () -> "nextOnDuty " + th);
            assertEquals(ref.add(t, w) / 64.0, cal.addWorkingHours(th, w / 64.0), () -> "add " + th + " " + w / 64.0);
            long b = t + rnd.nextLong(3 * 168 * 64);
            assertEquals(ref.between(t, b) / 64.0, cal.workingHoursBetween(th, b / 64.0), () -> "between " + th);
        }
    }

    /**
     * Minutes, which are inexact in binary: results match within TOL, except that work ending exactly at a shift
     * end may, by one rounding of w, end at the next shift start instead (zero working hours apart).
     */
    @ParameterizedTest
    @MethodSource("calendars")
    void matchesMinuteReference(WorkCalendar cal) {
        TickReference ref = new TickReference(cal, 60);
        SplittableRandom rnd = new SplittableRandom(7L);
        for (int i = 0; i < 1500; i++) {
            long t = randomTime(rnd, 60);
            long w = randomWork(rnd, 60);
            double th = t / 60.0;
            assertEquals(ref.onDuty(t), cal.isOnDuty(th), () -> "isOnDuty " + th);
            assertEquals(ref.next(t) / 60.0, cal.nextOnDuty(th), TOL, () -> "nextOnDuty " + th);
            long expected = ref.add(t, w);
            double actual = cal.addWorkingHours(th, w / 60.0);
            boolean ok = Math.abs(actual - expected / 60.0) <= TOL
                    || ref.isShiftEnd(expected) && Math.abs(actual - ref.next(expected) / 60.0) <= TOL;
            assertTrue(ok, () -> "add " + th + " " + w / 60.0 + ": " + actual + " vs " + expected / 60.0);
            long b = t + rnd.nextLong(3 * 168 * 60);
            assertEquals(ref.between(t, b) / 60.0, cal.workingHoursBetween(th, b / 60.0), TOL, () -> "between " + th);
        }
    }

    /** A start in the first weeks or ~1 or ~10 years in, and in a quarter of cases exactly on a half-hour. */
    private static long randomTime(SplittableRandom rnd, int ticksPerHour) {
        long[] weeks = {0, 1, 52, 521};
        long week = weeks[rnd.nextInt(weeks.length)];
        long t = (week * 168 + rnd.nextLong(3 * 168)) * ticksPerHour;
        return rnd.nextInt(4) == 0 ? t + ticksPerHour / 2 * rnd.nextInt(2) : t + rnd.nextLong(ticksPerHour);
    }

    private static long randomWork(SplittableRandom rnd, int ticksPerHour) {
        switch (rnd.nextInt(5)) {
            case 0: return 0;
            case 1: return rnd.nextLong(2 * ticksPerHour);
            case 2: return rnd.nextLong(1, 9) * ticksPerHour; // whole hours: often ends exactly at a shift end
            case 3: return rnd.nextLong(40 * ticksPerHour);
            default: return rnd.nextLong(200 * ticksPerHour);
        }
    }

    // ---- invariants on arbitrary (non-grid) times ----

    @ParameterizedTest
    @MethodSource("calendarsWithInexactBoundaries")
    void invariantsOnArbitraryTimes(WorkCalendar cal) {
        SplittableRandom rnd = new SplittableRandom(99L);
        for (int i = 0; i < 20000; i++) {
            // Up to 20 years in; a quarter of the starts exactly at a shift start or end.
            double t = rnd.nextInt(4) == 0
                    ? rnd.nextInt(7300) * 24 + cal.startHour() + (rnd.nextBoolean() ? cal.hoursPerDay() : 0)
                    : rnd.nextDouble() * 20 * 52 * WEEK;
            // Tiny, whole numbers of shifts (often ending exactly at a shift end), or anything up to 500 h.
            double w = rnd.nextInt(3) == 0 ? rnd.nextDouble() * 1e-3
                    : rnd.nextBoolean() ? rnd.nextInt(1, 100) * cal.hoursPerDay() : rnd.nextDouble() * 500;
            double r = cal.addWorkingHours(t, w);
            assertTrue(r >= t);
            assertTrue(cal.isOnDuty(r) || isShiftEnd(cal, r), () -> "in a gap: " + r);
            // The result is a time, precise to ulp(t) only: relative to w below ~1e-6 h, hence max(1, w).
            assertEquals(w, cal.workingHoursBetween(t, r), TOL * Math.max(1, w));

            // In two steps: the same working time; the time itself may be the next shift start instead of a
            // shift end, as w1 + (w - w1) is not always w in floating point.
            double w1 = w * rnd.nextDouble();
            double r2 = cal.addWorkingHours(cal.addWorkingHours(t, w1), w - w1);
            assertEquals(w, cal.workingHoursBetween(t, r2), TOL * Math.max(1, w));
            assertEquals(0, cal.workingHoursBetween(Math.min(r, r2), Math.max(r, r2)), TOL * Math.max(1, w));

            double b = t + rnd.nextDouble() * 3 * WEEK;
            double c = b + rnd.nextDouble() * 3 * WEEK;
            assertEquals(cal.workingHoursBetween(t, c),
                    cal.workingHoursBetween(t, b) + cal.workingHoursBetween(b, c), TOL);
            double back = cal.addWorkingHours(t, cal.workingHoursBetween(t, b));
            assertTrue(back <= b + TOL);
            assertEquals(0, cal.workingHoursBetween(back, b), TOL);

            double next = cal.nextOnDuty(t);
            assertTrue(next >= t && cal.isOnDuty(next));
            assertEquals(0, cal.workingHoursBetween(t, next));
            assertEquals(cal.isOnDuty(t), next == t);
        }
    }

    /** Whether r is exactly the end of the shift of r's day or, for shifts ending at midnight, of the day before. */
    private static boolean isShiftEnd(WorkCalendar cal, double r) {
        double dayStart = r - r % 24;
        long day = (long) (dayStart / 24);
        double end = cal.startHour() + cal.hoursPerDay();
        return day % 7 < cal.daysPerWeek() && r == dayStart + end
                || end == 24 && r == dayStart && day > 0 && (day - 1) % 7 < cal.daysPerWeek();
    }

    // ---- boundaries ----

    @Test
    void shiftIsHalfOpen() {
        assertFalse(OFFICE.isOnDuty(Math.nextDown(8.5)));
        assertTrue(OFFICE.isOnDuty(8.5));
        assertTrue(OFFICE.isOnDuty(Math.nextDown(16.5)));
        assertFalse(OFFICE.isOnDuty(16.5));
        assertFalse(OFFICE.isOnDuty(at(5, 12))); // Saturday
        assertFalse(OFFICE.isOnDuty(at(6, 12))); // Sunday
        assertTrue(OFFICE.isOnDuty(at(7, 12))); // Monday of week 1
    }

    @Test
    void nextOnDutyAtBoundaries() {
        assertEquals(8.5, OFFICE.nextOnDuty(0));
        assertEquals(8.5, OFFICE.nextOnDuty(8.5));
        assertEquals(at(1, 8.5), OFFICE.nextOnDuty(16.5));
        assertEquals(at(7, 8.5), OFFICE.nextOnDuty(at(4, 16.5))); // Friday evening to Monday
        assertEquals(at(7, 8.5), OFFICE.nextOnDuty(at(6, 23.99)));
        assertEquals(at(7, 8), SIX_DAYS.nextOnDuty(at(5, 16))); // Saturday evening to Monday
        assertEquals(at(5, 8), SIX_DAYS.nextOnDuty(at(4, 16))); // Friday evening to Saturday
        assertEquals(at(7, 0), WEEKDAYS_ROUND_THE_CLOCK.nextOnDuty(at(5, 0)));
        assertEquals(at(4, 23), WEEKDAYS_ROUND_THE_CLOCK.nextOnDuty(at(4, 23)));
        assertEquals(at(1, 22), LATE.nextOnDuty(at(1, 0)));
    }

    @Test
    void workEndingAtShiftEndReturnsShiftEnd() {
        assertEquals(16.5, OFFICE.addWorkingHours(8.5, 8));
        assertEquals(16.5, OFFICE.addWorkingHours(0, 8)); // off duty: starts at 8.5
        assertEquals(16.5, OFFICE.addWorkingHours(12.5, 4));
        assertEquals(at(1, 16.5), OFFICE.addWorkingHours(12.5, 12));
        assertEquals(at(4, 16.5), OFFICE.addWorkingHours(8.5, 40)); // Friday, not next Monday
        assertEquals(at(5, 0), WEEKDAYS_ROUND_THE_CLOCK.addWorkingHours(at(4, 12), 12)); // Saturday 00:00
        assertEquals(at(1, 0), LATE.addWorkingHours(at(0, 23), 1)); // midnight
        assertEquals(at(1, 0), LATE.addWorkingHours(at(0, 22), 2));
    }

    @Test
    void workCarriesOverGapsAndWeekends() {
        assertEquals(at(1, 9.5), OFFICE.addWorkingHours(16.5, 1)); // starts next morning
        assertEquals(at(1, 9.5), OFFICE.addWorkingHours(16, 1.5));
        assertEquals(at(7, 9.5), OFFICE.addWorkingHours(at(4, 15.5), 2)); // Friday to Monday
        assertEquals(at(7, 9.5), OFFICE.addWorkingHours(at(5, 10), 1)); // from Saturday
        assertEquals(at(5, 9), SIX_DAYS.addWorkingHours(at(4, 15), 2)); // Friday to Saturday
        assertEquals(at(7, 9), SIX_DAYS.addWorkingHours(at(5, 15), 2)); // Saturday to Monday
        assertEquals(at(7, 1), WEEKDAYS_ROUND_THE_CLOCK.addWorkingHours(at(4, 12), 13));
        assertEquals(at(1, 22.5), LATE.addWorkingHours(at(0, 23), 1.5));
    }

    @Test
    void zeroWorkReturnsTheStartEvenOffDuty() {
        assertEquals(3.25, OFFICE.addWorkingHours(3.25, 0));
        assertEquals(16.5, OFFICE.addWorkingHours(16.5, 0));
        assertEquals(at(6, 1), OFFICE.addWorkingHours(at(6, 1), 0));
    }

    @Test
    void workingHoursBetweenBoundaries() {
        assertEquals(0, OFFICE.workingHoursBetween(10, 10));
        assertEquals(0, OFFICE.workingHoursBetween(12, 10));
        assertEquals(0, OFFICE.workingHoursBetween(16.5, at(1, 8.5)));
        assertEquals(8, OFFICE.workingHoursBetween(0, 24));
        assertEquals(40, OFFICE.workingHoursBetween(0, WEEK));
        assertEquals(40, OFFICE.workingHoursBetween(at(2, 12.5), at(9, 12.5)));
        assertEquals(48, SIX_DAYS.workingHoursBetween(0, WEEK));
        assertEquals(120, WEEKDAYS_ROUND_THE_CLOCK.workingHoursBetween(0, WEEK));
        assertEquals(14, LATE.workingHoursBetween(0, WEEK));
        assertEquals(1, LATE.workingHoursBetween(at(0, 23), at(1, 22)));
    }

    // ---- long durations ----

    @Test
    void multiYearDurationsAreExact() {
        int weeks = 20 * 52;
        assertEquals((weeks - 1) * WEEK + at(4, 16.5), OFFICE.addWorkingHours(0, 40.0 * weeks));
        assertEquals(40.0 * weeks, OFFICE.workingHoursBetween(0, weeks * WEEK));
        assertEquals(weeks * WEEK + at(0, 9.5), OFFICE.addWorkingHours(0, 40.0 * weeks + 1));
        assertEquals(3650 * 24.0, LATE.addWorkingHours(0, 2 * 3650.0));
        assertEquals(999 * WEEK + 120, WEEKDAYS_ROUND_THE_CLOCK.addWorkingHours(0, 120.0 * 1000));
        assertEquals(48.0 * weeks, SIX_DAYS.workingHoursBetween(0.25, weeks * WEEK + 0.25));
        // A billion working hours (25 million weeks) is still constant-time, whole-week arithmetic.
        assertEquals((25_000_000L - 1) * WEEK + at(4, 16.5), OFFICE.addWorkingHours(0, 1e9));
        assertEquals(1e9, OFFICE.workingHoursBetween(0, 25_000_000L * WEEK));
        assertEquals(25_000_000L * WEEK + at(0, 8.5), OFFICE.nextOnDuty(25_000_000L * WEEK));
    }

    @Test
    void hoursPerWeek() {
        assertEquals(40, OFFICE.hoursPerWeek());
        assertEquals(48, SIX_DAYS.hoursPerWeek());
        assertEquals(120, WEEKDAYS_ROUND_THE_CLOCK.hoursPerWeek());
        assertEquals(14, LATE.hoursPerWeek());
        assertEquals(168, WorkCalendar.ALWAYS.hoursPerWeek());
    }

    // ---- the always-on calendar ----

    @Test
    void alwaysIsPlainArithmetic() {
        WorkCalendar always = WorkCalendar.ALWAYS;
        assertEquals(always, new WorkCalendar(0, 24, 7));
        SplittableRandom rnd = new SplittableRandom(3L);
        for (int i = 0; i < 10000; i++) {
            double t = rnd.nextDouble() * 1e7;
            double w = rnd.nextDouble() * 1e4;
            assertTrue(always.isOnDuty(t));
            assertEquals(t, always.nextOnDuty(t));
            assertEquals(t + w, always.addWorkingHours(t, w));
            assertEquals(w == 0 ? 0 : (t + w) - t, always.workingHoursBetween(t, t + w));
        }
    }

    // ---- validation ----

    @Test
    void rejectsInvalidPatterns() {
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(-0.5, 8, 5));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(24, 0.5, 5));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(Double.NaN, 8, 5));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(8, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(0, 24.5, 5));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(8, Double.NaN, 5));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(20, 8, 5)); // crosses midnight
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(1, 24, 7));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(8, 8, 0));
        assertThrows(IllegalArgumentException.class, () -> new WorkCalendar(8, 8, 8));
        assertEquals(new WorkCalendar(0, 8, 5), new WorkCalendar(-0.0, 8, 5));
    }

    @Test
    void rejectsInvalidTimes() {
        assertThrows(IllegalArgumentException.class, () -> OFFICE.isOnDuty(-1));
        assertThrows(IllegalArgumentException.class, () -> OFFICE.nextOnDuty(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> OFFICE.addWorkingHours(Double.POSITIVE_INFINITY, 1));
        assertThrows(IllegalArgumentException.class, () -> OFFICE.addWorkingHours(0, -1));
        assertThrows(IllegalArgumentException.class, () -> OFFICE.addWorkingHours(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> OFFICE.workingHoursBetween(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> WorkCalendar.ALWAYS.addWorkingHours(-1, 1));
    }

    @Test
    void survivesSerialization() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(OFFICE);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Object copy = in.readObject();
            if (!(copy instanceof WorkCalendar)) {
                fail("not a WorkCalendar: " + copy);
            }
            assertEquals(OFFICE, copy);
            assertEquals(at(1, 9.5), ((WorkCalendar) copy).addWorkingHours(16.5, 1));
        }
    }
}
