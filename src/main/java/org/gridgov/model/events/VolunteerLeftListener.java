package org.gridgov.model.events;

import org.gridgov.model.Volunteer;

/** A volunteer left the team. */
@FunctionalInterface
public interface VolunteerLeftListener {
    void volunteerLeft(double time, Volunteer volunteer);
}
