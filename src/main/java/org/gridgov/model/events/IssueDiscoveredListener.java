package org.gridgov.model.events;

import org.gridgov.model.Issue;

/**
 * A latent issue was discovered: by patrol, a volunteer or a resident's report, named by its channel
 * ({@link org.gridgov.model.ActorKind#discoveredThrough}).
 */
@FunctionalInterface
public interface IssueDiscoveredListener {
    void issueDiscovered(double time, Issue issue, String channel);
}
