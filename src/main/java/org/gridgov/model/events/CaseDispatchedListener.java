package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** The command centre dispatched a case to a unit (a department name or "grid_worker"); responsible is false when misrouted. */
@FunctionalInterface
public interface CaseDispatchedListener {
    void caseDispatched(double time, Issue issue, String unit, boolean responsible);
}
