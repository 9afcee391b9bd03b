package org.gridgov.model.events;

import org.gridgov.model.CaseState;
import org.gridgov.model.Issue;

/**
 * Told of every change of an issue's state, with the state it left, as it happens: after the step's
 * times and counts are recorded; a step's own event (e.g. {@code caseFiled}) may come before or after it.
 */
@FunctionalInterface
public interface CaseStateListener {
    void caseStateChanged(double time, Issue issue, CaseState from, CaseState to);
}
