package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** A discovered issue was filed as a case. */
@FunctionalInterface
public interface CaseFiledListener {
    void caseFiled(double time, Issue issue);
}
