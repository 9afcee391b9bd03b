package org.gridgov.observe;

import org.gridgov.model.Volunteer;
import org.gridgov.model.events.VolunteerJoinedListener;
import org.gridgov.model.events.VolunteerLeftListener;
import org.gridgov.model.events.VolunteerSessionListener;

/** Volunteer numbers and hours over the window. */
public final class Volunteering implements VolunteerJoinedListener, VolunteerLeftListener, VolunteerSessionListener {
    private final double from;
    private int active;
    private long joined;
    private long left;
    private double hours;
    /** Volunteer-hours of membership in the window, for the time-average. */
    private double memberHours;
    private double lastChange;

    public Volunteering(double from) {
        this.from = from;
        this.lastChange = from;
    }

    private void accumulate(double time) {
        if (time > from) {
            memberHours += active * (time - Math.max(lastChange, from));
            lastChange = time;
        }
    }

    @Override
    public void volunteerJoined(double time, Volunteer volunteer) {
        accumulate(time);
        active++;
        if (time >= from) {
            joined++;
        }
    }

    @Override
    public void volunteerLeft(double time, Volunteer volunteer) {
        accumulate(time);
        active--;
        if (time >= from) {
            left++;
        }
    }

    @Override
    public void volunteerSession(double start, double end, Volunteer volunteer) {
        if (end > from) {
            hours += end - Math.max(start, from);
        }
    }

    public int activeNow() { return active; }
    public long joined() { return joined; }
    public long left() { return left; }
    /** Patrol hours volunteered in the window. */
    public double hours() { return hours; }

    /** Time-average number of volunteers from the window's start to {@code end}. */
    public double meanActive(double end) {
        double total = memberHours + active * (end - Math.max(lastChange, from));
        return end > from ? total / (end - from) : Double.NaN;
    }
}
