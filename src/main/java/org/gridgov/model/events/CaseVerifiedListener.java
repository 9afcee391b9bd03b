package org.gridgov.model.events;

import org.gridgov.model.Issue;
import org.gridgov.model.Staff;

/** A grid worker checked a handled case on site; a failed check sends it back for rework. */
@FunctionalInterface
public interface CaseVerifiedListener {
    void caseVerified(double time, Issue issue, Staff worker, boolean passed);
}
