package org.gridgov.model.time;

/**
 * A deliberately naive model of a {@link WorkCalendar}: time in whole ticks (1/ticksPerHour hour), stepped one
 * tick at a time. Only valid for calendars whose boundaries fall on whole ticks.
 */
final class TickReference {

    private final long ticksPerDay;
    private final long start;
    private final long end;
    private final int days;

    TickReference(WorkCalendar calendar, int ticksPerHour) {
        ticksPerDay = 24L * ticksPerHour;
        start = Math.round(calendar.startHour() * ticksPerHour);
        end = Math.round((calendar.startHour() + calendar.hoursPerDay()) * ticksPerHour);
        days = calendar.daysPerWeek();
    }

    boolean onDuty(long tick) {
        long inDay = tick % ticksPerDay;
        return (tick / ticksPerDay) % 7 < days && inDay >= start && inDay < end;
    }

    /** Work tick by tick; the result is the end of the last tick worked. */
    long add(long t, long w) {
        if (w == 0) {
            return t;
        }
        long done = 0;
        for (long m = t; ; m++) {
            if (onDuty(m) && ++done == w) {
                return m + 1;
            }
        }
    }

    long next(long t) {
        long m = t;
        while (!onDuty(m)) {
            m++;
        }
        return m;
    }

    long between(long a, long b) {
        long n = 0;
        for (long m = a; m < b; m++) {
            if (onDuty(m)) {
                n++;
            }
        }
        return n;
    }

    boolean isShiftEnd(long t) {
        return onDuty(t - 1) && !onDuty(t);
    }
}
