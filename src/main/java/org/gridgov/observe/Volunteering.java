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
    private final TimeAverage members;

    public Volunteering(double from) {
        this.from = from;
        this.members = new TimeAverage(from);
    }

    @Override
    public void volunteerJoined(double time, Volunteer volunteer) {
        active++;
        members.set(time, active);
        if (time >= from) {
            joined++;
        }
    }

    @Override
    public void volunteerLeft(double time, Volunteer volunteer) {
        active--;
        members.set(time, active);
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
        return members.mean(end);
    }
}
