package org.gridgov.model;

/** Who a component case's asset belongs to, as the platform knows it (ODD section 7.26). */
public enum ComponentOwner {
    /** The case type's department: on record, or confirmed when it accepted the case as a candidate. */
    DEPARTMENT,
    /** A company outside the platform: on record, or confirmed when it accepted the case as a candidate. */
    OUTSIDE,
    /** No owner on record; the linkage mechanism made the type's department its default owner. */
    DEFAULT,
    /** No owner on record, and the candidate owners asked so far have all returned it. */
    UNCONFIRMED,
    /** No owner on record, and every candidate owner returned it: parked. */
    NONE;

    /** How dispatches and returns name a candidate owner asked about a component not on record. */
    public static final String CANDIDATE = "candidate_owner";

    /** Whether the case goes to the type's department like any other case. */
    boolean department() {
        return this == DEPARTMENT || this == DEFAULT;
    }
}
