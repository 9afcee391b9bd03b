package org.gridgov.model.events;

import org.gridgov.model.ActorKind;
import org.gridgov.model.Issue;

/** An issue was resolved without becoming a case, by a kind of actor that {@link ActorKind#resolvesLocally()}. */
@FunctionalInterface
public interface IssueResolvedLocallyListener {
    void issueResolvedLocally(double time, Issue issue, ActorKind by);
}
