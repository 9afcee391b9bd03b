package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** The supervision centre closed a case. */
@FunctionalInterface
public interface CaseClosedListener {
    void caseClosed(double time, Issue issue);
}
