package org.gridgov.model.events;

/** Why the supervision centre did not file a report as a new case. */
public enum CancelReason {
    /** Not a valid issue. */
    INVALID,
    /** The issue was already known to the platform: the report is merged into its case. */
    DUPLICATE,
    /** Vague (no exact location or photo), and the reporter could not be reached to say more. */
    VAGUE
}
