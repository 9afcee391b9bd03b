package org.gridgov.model;

/**
 * Where an issue stands in the closed loop. Every issue is in exactly one state at any time.
 */
public enum CaseState {
    /** Occurred but not yet discovered: the gap in coverage. */
    LATENT,
    /** Taken up by the community's self-governing organisation, which tries to settle it locally. */
    IN_MEDIATION,
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
    /** Handled by its first unit (a department or an NGO) and being passed on to a second department. */
    PASSED_ON,
    /** Handled; waiting for the grid worker's on-site verification. */
    AWAITING_VERIFICATION,
    /** The grid worker is checking it on site. */
    VERIFYING,
    /** Verified; waiting for the supervision centre to close it. */
    CLOSING,
    /** Closed. */
    CLOSED,
    /** Parked in the problem bank after too many returns or too long a wait. */
    PARKED,
    /** Resolved before becoming a case: settled by the community organisation or fixed by a volunteer. */
    RESOLVED_LOCALLY;

    /** True for states of a filed case that is neither closed nor parked. */
    public boolean isOpenCase() {
        switch (this) {
            case LATENT:
            case IN_MEDIATION:
            case DISCOVERED:
            case CLOSED:
            case PARKED:
            case RESOLVED_LOCALLY:
                return false;
            default:
                return true;
        }
    }
}
