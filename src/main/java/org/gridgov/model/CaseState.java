package org.gridgov.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an issue stands in the closed loop. Every issue is in exactly one state at any time, and moves
 * only along the transitions of ODD section 3.2, held here in one table ({@link #next()}); an issue
 * refuses any other move.
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
    RESOLVED_LOCALLY,
    /** A component with no owner on record, at a candidate owner that checks whether the asset is its own. */
    OWNER_CHECK,
    /** A component handed to its owner outside the platform, which fixes it to its own timetable. */
    WITH_OWNER;

    /** The allowed transitions (ODD section 3.2's table; a test keeps the two the same). */
    private static final Map<CaseState, Set<CaseState>> NEXT = new EnumMap<>(CaseState.class);

    static {
        allow(LATENT, IN_MEDIATION, DISCOVERED);
        allow(IN_MEDIATION, RESOLVED_LOCALLY, LATENT);
        allow(DISCOVERED, FILED, QUEUED, RESOLVED_LOCALLY);
        allow(FILED, QUEUED, RETURNING, PARKED, OWNER_CHECK, WITH_OWNER);
        allow(RETURNING, FILED, PARKED);
        allow(QUEUED, IN_HANDLING, PARKED, CLOSING, CLOSED);
        allow(IN_HANDLING, AWAITING_VERIFICATION, PASSED_ON, CLOSING, CLOSED, QUEUED);
        allow(PASSED_ON, QUEUED, PARKED);
        allow(AWAITING_VERIFICATION, VERIFYING);
        allow(VERIFYING, CLOSING, FILED, AWAITING_VERIFICATION);
        allow(CLOSING, CLOSED);
        allow(CLOSED);
        allow(PARKED);
        allow(RESOLVED_LOCALLY);
        allow(OWNER_CHECK, RETURNING, QUEUED, WITH_OWNER);
        allow(WITH_OWNER, AWAITING_VERIFICATION);
    }

    private static void allow(CaseState from, CaseState... to) {
        Set<CaseState> next = EnumSet.noneOf(CaseState.class);
        next.addAll(java.util.List.of(to));
        NEXT.put(from, Collections.unmodifiableSet(next));
    }

    /** The states an issue may move to from this one; empty for a final state. */
    public Set<CaseState> next() {
        return NEXT.get(this);
    }

    /** Whether an issue may move from this state to {@code to} (never to the same state). */
    public boolean canMoveTo(CaseState to) {
        return NEXT.get(this).contains(to);
    }

    /** True once nothing more can happen to the issue. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

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
