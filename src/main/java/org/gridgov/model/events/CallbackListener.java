package org.gridgov.model.events;

import org.gridgov.model.Issue;

/**
 * The supervision centre called a reporter of a closed case back (回访, docs/ODD.md 7.27) and asked whether the
 * issue was resolved.
 */
@FunctionalInterface
public interface CallbackListener {
    /**
     * @param household the reporter called
     * @param resolved the reporter's answer: the issue was actually fixed
     * @param satisfied resolved, and soon enough after it was found
     */
    void calledBack(double time, Issue issue, int household, boolean resolved, boolean satisfied);
}
