package org.gridgov.model.events;

/** Why a case was parked in the problem bank. */
public enum ParkReason {
    /** Returned by units more often than the bounce limit allows. */
    BOUNCES,
    /** Waited longer than the age limit. */
    AGE,
    /** A component whose owner is not on record, returned as "not ours" by every candidate owner asked. */
    NO_OWNER
}
