package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** An issue was resolved without becoming a case, by "self_governance" or a "volunteer". */
@FunctionalInterface
public interface IssueResolvedLocallyListener {
    void issueResolvedLocally(double time, Issue issue, String by);
}
