package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** A case was parked in the problem bank. */
@FunctionalInterface
public interface CaseParkedListener {
    void caseParked(double time, Issue issue, ParkReason reason);
}
