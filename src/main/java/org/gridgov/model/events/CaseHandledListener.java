package org.gridgov.model.events;

import org.gridgov.model.Issue;
import org.gridgov.model.Staff;

/** Handling finished and the unit reported back (feedback to the platform). */
@FunctionalInterface
public interface CaseHandledListener {
    void caseHandled(double time, Issue issue, Staff staff);
}
