package org.gridgov.model.events;

import org.gridgov.model.Issue;
import org.gridgov.model.Staff;

/** A member of staff started handling a case (or a grid worker an on-the-spot fix). */
@FunctionalInterface
public interface HandlingStartedListener {
    void handlingStarted(double time, Issue issue, Staff staff);
}
