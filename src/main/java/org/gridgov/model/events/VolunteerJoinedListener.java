package org.gridgov.model.events;

import org.gridgov.model.Volunteer;

/** A resident joined a volunteer team. */
@FunctionalInterface
public interface VolunteerJoinedListener {
    void volunteerJoined(double time, Volunteer volunteer);
}
