package org.gridgov.observe;

import org.gridgov.model.Volunteer;
import org.gridgov.model.events.VolunteerJoinedListener;
import org.gridgov.model.events.VolunteerLeftListener;
import org.gridgov.model.events.VolunteerSessionListener;

/** Volunteer numbers and hours over the window. */
public final class Volunteering implements VolunteerJoinedListener, VolunteerLeftListener, VolunteerSessionListener {
    private int active;
    private final Tally joined;
    private final Tally left;
    private final Tally hours;
    private final TimeAverage members;

    public Volunteering(MeasuredWindow window) {
        this.joined = new Tally(window);
        this.left = new Tally(window);
        this.hours = new Tally(window);
        this.members = new TimeAverage(window);
    }

    @Override
    public void volunteerJoined(double time, Volunteer volunteer) {
        active++;
        members.set(time, active);
        joined.add(time);
    }

    @Override
    public void volunteerLeft(double time, Volunteer volunteer) {
        active--;
        members.set(time, active);
        left.add(time);
    }

    @Override
    public void volunteerSession(double start, double end, Volunteer volunteer) {
        hours.addOver(start, end, end - start, (s, e) -> e - s);
    }

    public int activeNow() { return active; }
    public long joined() { return (long) joined.inWindow(); }
    public long left() { return (long) left.inWindow(); }
    /** Patrol hours volunteered in the window. */
    public double hours() { return hours.inWindow(); }

    /** Time-average number of volunteers from the window's start to {@code end}. */
    public double meanActive(double end) {
        return members.mean(end);
    }
}
