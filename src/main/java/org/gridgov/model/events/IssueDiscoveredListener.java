package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** A latent issue was discovered by a grid worker's patrol or a resident's report (channel "patrol" or a resident channel). */
@FunctionalInterface
public interface IssueDiscoveredListener {
    void issueDiscovered(double time, Issue issue, String channel);
}
