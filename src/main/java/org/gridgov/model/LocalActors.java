package org.gridgov.model;

/** Names of the actors that resolve issues before they become cases, as they appear in outputs. */
public final class LocalActors {
    /** A community self-governing organisation settled it. */
    public static final String SELF_GOVERNANCE = "self_governance";
    /** A volunteer fixed it (also the discovery channel of volunteers' reports). */
    public static final String VOLUNTEER = "volunteer";

    private LocalActors() {
    }
}
