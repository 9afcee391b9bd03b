package org.gridgov.model.time;

import java.io.Serializable;

/**
 * One weekly shift pattern: on duty from {@code startHour} to {@code startHour + hoursPerDay} on days
 * {@code 0 .. daysPerWeek-1} of every 7-day week. Simulation time is in hours and t = 0 is Monday 00:00.
 *
 * <p>Every method is constant-time whole-day and whole-week arithmetic, so work lasting years costs no more
 * than work lasting minutes. A shift's boundaries in absolute time are the doubles nearest to
 * {@code dayStart + startHour} and {@code dayStart + startHour + hoursPerDay} (exact for the usual hours, such
 * as 8.5). Every method uses those same boundaries, so {@link #nextOnDuty} always returns a time that
 * {@link #isOnDuty} accepts, and {@link #addWorkingHours} never returns a time inside an off-duty gap (at most
 * the shift end itself). The 24/7 calendar short-cuts to plain arithmetic, exactly.
 *
 * <p>Times must lie in [0, {@link #MAX_TIME}]: a negative, infinite or NaN time is a bug upstream, and is
 * rejected rather than propagated.
 *
 * @param startHour   hour of the day the shift starts, in [0, 24)
 * @param hoursPerDay shift length in hours, in (0, 24], and the shift ends by midnight
 * @param daysPerWeek number of working days, Monday first, in [1, 7]
 */
public record WorkCalendar(double startHour, double hoursPerDay, int daysPerWeek) implements Serializable {

    /** On duty all the time. */
    public static final WorkCalendar ALWAYS = new WorkCalendar(0, 24, 7);

    /** Largest accepted time, in hours (about 1.3e11 years): day arithmetic stays exact well below 2^53. */
    public static final double MAX_TIME = 0x1p50;

    private static final double DAY = 24;

    /** Validates the pattern; the record's canonical constructor also runs on deserialization. */
    public WorkCalendar {
        if (!(startHour >= 0 && startHour < DAY)) {
            throw new IllegalArgumentException("startHour must be in [0, 24): " + startHour);
        }
        if (!(hoursPerDay > 0 && hoursPerDay <= DAY)) {
            throw new IllegalArgumentException("hoursPerDay must be in (0, 24]: " + hoursPerDay);
        }
        if (!(startHour + hoursPerDay <= DAY)) {
            throw new IllegalArgumentException("a shift must end by midnight: startHour " + startHour
                    + " + hoursPerDay " + hoursPerDay + " > 24");
        }
        if (daysPerWeek < 1 || daysPerWeek > 7) {
            throw new IllegalArgumentException("daysPerWeek must be in [1, 7]: " + daysPerWeek);
        }
        startHour += 0.0; // -0.0 becomes 0.0, so equal calendars are equal()
    }

    /** Working hours in one full week. */
    public double hoursPerWeek() {
        return hoursPerDay * daysPerWeek;
    }

    /** Whether {@code t} lies in a shift; a shift is the half-open interval [start, end). */
    public boolean isOnDuty(double t) {
        checkTime(t, "t");
        if (isAlways()) {
            return true;
        }
        double ds = dayStart(t);
        return isWorkday(dayNumber(ds)) && t >= shiftStart(ds) && t < shiftEnd(ds);
    }

    /** {@code t} itself when on duty, otherwise the start of the next shift. */
    public double nextOnDuty(double t) {
        checkTime(t, "t");
        if (isAlways()) {
            return t;
        }
        double ds = dayStart(t);
        long day = dayNumber(ds);
        if (isWorkday(day)) {
            if (t < shiftStart(ds)) {
                return shiftStart(ds);
            }
            if (t < shiftEnd(ds)) {
                return t;
            }
        }
        return shiftStart(dayOfWorkday(workdaysBefore(day + 1)) * DAY);
    }

    /**
     * The time at which {@code w} working hours have been worked, working from {@code t} on and pausing off
     * duty. Work started off duty begins at the next shift start. Work that ends exactly at a shift end returns
     * that shift end (not the next shift start), and so does work ending within 4 ulps of w of it, which is below
     * the precision of w. {@code w = 0} returns {@code t}, even off duty.
     */
    public double addWorkingHours(double t, double w) {
        checkTime(t, "t");
        if (!(w >= 0 && w <= MAX_TIME)) {
            throw new IllegalArgumentException("working hours must be in [0, 2^50]: " + w);
        }
        if (w == 0) {
            return t;
        }
        if (isAlways()) {
            return t + w;
        }
        double ds = dayStart(t);
        long day = dayNumber(ds);
        // w carries rounding (e.g. a sum from workingHoursBetween): a remainder within a few ulps of a shift end
        // is below its precision, so the work ends at that shift end, as the convention asks.
        double slack = 4 * Math.ulp(w);
        double remaining = w;
        long firstFullShiftDay = day + 1;
        if (isWorkday(day)) {
            double end = shiftEnd(ds);
            if (t <= shiftStart(ds)) {
                firstFullShiftDay = day; // today's whole shift is still ahead
            } else if (t < end) {
                double left = end - t;
                if (w < left - slack) {
                    return Math.min(t + w, end);
                }
                if (w <= left + slack) {
                    return end;
                }
                remaining = w - left;
            }
        }
        // The work ends in the n-th shift (n >= 1) from firstFullShiftDay on, `into` hours into it (0 < into <= h).
        long n = Math.max(1, (long) Math.ceil(remaining / hoursPerDay));
        double into = remaining - (n - 1) * hoursPerDay;
        if (into > hoursPerDay) { // the quotient was rounded down
            n++;
            into = remaining - (n - 1) * hoursPerDay;
        }
        if (n > 1 && into <= slack) { // at most rounding past the end of shift n-1 (which is after t)
            n--;
            into = hoursPerDay;
        }
        double ds2 = dayOfWorkday(workdaysBefore(firstFullShiftDay) + n - 1) * DAY;
        double end = shiftEnd(ds2);
        return into >= hoursPerDay - slack ? end : Math.min(shiftStart(ds2) + into, end);
    }

    /** On-duty hours in [a, b); 0 when {@code b <= a}. */
    public double workingHoursBetween(double a, double b) {
        checkTime(a, "a");
        checkTime(b, "b");
        if (!(b > a)) {
            return 0;
        }
        if (isAlways()) {
            return b - a;
        }
        double da = dayStart(a);
        double db = dayStart(b);
        long dayA = dayNumber(da);
        long dayB = dayNumber(db);
        if (dayA == dayB) {
            return isWorkday(dayA) ? shiftOverlap(a, b, da) : 0;
        }
        double partial = 0;
        if (isWorkday(dayA)) {
            partial += shiftOverlap(a, da + DAY, da);
        }
        if (isWorkday(dayB)) {
            partial += shiftOverlap(db, b, db);
        }
        long fullShifts = workdaysBefore(dayB) - workdaysBefore(dayA + 1);
        return partial + fullShifts * hoursPerDay;
    }

    /** Hours of the shift starting on day {@code ds} that lie in [a, b); a whole shift counts exactly h. */
    private double shiftOverlap(double a, double b, double ds) {
        double start = shiftStart(ds);
        double end = shiftEnd(ds);
        if (a <= start && b >= end) {
            return hoursPerDay;
        }
        double x = Math.min(b, end) - Math.max(a, start);
        return x > 0 ? x : 0;
    }

    private boolean isAlways() {
        return hoursPerDay == DAY && daysPerWeek == 7;
    }

    private double shiftStart(double dayStart) {
        return dayStart + startHour;
    }

    private double shiftEnd(double dayStart) {
        return dayStart + (startHour + hoursPerDay);
    }

    private boolean isWorkday(long day) {
        return day % 7 < daysPerWeek;
    }

    /** Number of working days among days 0 .. day-1, which is also the index of the first workday >= day. */
    private long workdaysBefore(long day) {
        return day / 7 * daysPerWeek + Math.min(day % 7, daysPerWeek);
    }

    /** Day number of the workday with the given 0-based index. */
    private long dayOfWorkday(long index) {
        return index / daysPerWeek * 7 + index % daysPerWeek;
    }

    /**
     * Start of t's day, exactly: the quotient may round up to the next integer, which the comparisons (exact, as
     * day starts are integers far below 2^53) correct. Faster than {@code t - t % 24}, which calls fmod.
     */
    private static double dayStart(double t) {
        double ds = Math.floor(t / DAY) * DAY;
        return ds > t ? ds - DAY : ds;
    }

    private static long dayNumber(double dayStart) {
        return (long) (dayStart / DAY);
    }

    private static void checkTime(double t, String name) {
        if (!(t >= 0 && t <= MAX_TIME)) {
            throw new IllegalArgumentException(name + " must be a time in [0, 2^50] hours: " + t);
        }
    }
}
