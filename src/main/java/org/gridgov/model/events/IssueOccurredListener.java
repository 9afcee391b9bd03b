package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** An issue has occurred in a grid cell; it is latent until discovered. */
@FunctionalInterface
public interface IssueOccurredListener {
    void issueOccurred(double time, Issue issue);
}
