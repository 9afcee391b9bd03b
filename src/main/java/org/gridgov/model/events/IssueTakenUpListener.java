package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** The community's self-governing organisation took up a latent issue to settle it locally. */
@FunctionalInterface
public interface IssueTakenUpListener {
    void issueTakenUp(double time, Issue issue);
}
