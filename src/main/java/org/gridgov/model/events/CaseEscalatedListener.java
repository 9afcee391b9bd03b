package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** The grid party branch escalated a case: it goes first and can no longer be returned. */
@FunctionalInterface
public interface CaseEscalatedListener {
    void caseEscalated(double time, Issue issue);
}
