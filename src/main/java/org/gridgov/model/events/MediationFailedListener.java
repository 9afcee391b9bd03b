package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** A local settlement did not work; the issue is latent again. */
@FunctionalInterface
public interface MediationFailedListener {
    void mediationFailed(double time, Issue issue);
}
