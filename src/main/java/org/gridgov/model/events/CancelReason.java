package org.gridgov.model.events;

/** Why the supervision centre cancelled a report at filing. */
public enum CancelReason {
    /** Not a valid issue. */
    INVALID,
    /** The issue was already known to the platform. */
    DUPLICATE
}
