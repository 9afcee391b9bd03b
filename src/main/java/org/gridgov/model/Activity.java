package org.gridgov.model;

/** What a member of staff spends working hours on. */
public enum Activity {
    /** A grid worker sweeping a cell for issues; the time left over from all other work. */
    PATROL,
    /** A grid worker photographing and filing a case found on patrol. */
    FILING,
    /** A grid worker fixing a minor issue on the spot. */
    ON_SPOT_FIX,
    /** Handling a dispatched case. */
    HANDLING,
    /** A grid worker checking a handled case on site. */
    VERIFICATION,
    /** A grid worker on a duty assigned from above, unrelated to the grid's cases. */
    EXTRA_DUTY,
    /** A grid worker on the way to a case's cell, to handle, fix or verify it there (docs/ODD.md 7.3). */
    TRAVEL;

    /** Patrol fills the time left over, so it does not count as load. */
    public boolean isLoad() {
        return this != PATROL;
    }
}
