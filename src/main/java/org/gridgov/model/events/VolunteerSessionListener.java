package org.gridgov.model.events;

import org.gridgov.model.Volunteer;

/** A volunteer finished a patrol session. */
@FunctionalInterface
public interface VolunteerSessionListener {
    void volunteerSession(double start, double end, Volunteer volunteer);
}
