package org.gridgov.model;

/**
 * Where an issue stands in the closed loop. Every issue is in exactly one state at any time.
 */
public enum CaseState {
    /** Occurred but not yet discovered: the gap in coverage. */
    LATENT,
    /** Discovered (by patrol or a resident report) and on its way to being filed. */
    DISCOVERED,
    /** Filed; waiting for (re-)dispatch by the command centre. */
    FILED,
    /** At a handling unit, waiting for a free member of staff. */
    QUEUED,
    /** Being handled. */
    IN_HANDLING,
    /** Returned as "not ours", on its way back to the command centre. */
    RETURNING,
    /** Handled; waiting for the grid worker's on-site verification. */
    AWAITING_VERIFICATION,
    /** The grid worker is checking it on site. */
    VERIFYING,
    /** Verified; waiting for the supervision centre to close it. */
    CLOSING,
    /** Closed. */
    CLOSED,
    /** Parked in the problem bank after too many returns or too long a wait. */
    PARKED;

    /** True for states of a filed case that is neither closed nor parked. */
    public boolean isOpenCase() {
        return this != LATENT && this != DISCOVERED && this != CLOSED && this != PARKED;
    }
}
