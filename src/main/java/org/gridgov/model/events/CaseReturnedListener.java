package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** A unit returned a case as "not ours" (a bounce); it goes back to the command centre. */
@FunctionalInterface
public interface CaseReturnedListener {
    void caseReturned(double time, Issue issue, String unit);
}
