package org.gridgov.model;

import org.gridgov.model.time.WorkCalendar;

/**
 * A member of staff: a grid worker or a handling unit's staff, whose working hours are accounted for, or the
 * owners outside the platform, whose are not ({@link ActorKind#accountsWorkingHours()}).
 */
public interface Staff {
    /** Which kind of actor this member of staff is. */
    ActorKind kind();

    /** "grid_worker" or the handling unit's name. */
    String unit();

    /** Number unique within the unit, from 1. */
    int number();

    /**
     * Number unique among all the model's staff, from 0 in order of creation, so that an observer can keep
     * per-staff figures in an array instead of a map.
     */
    int serial();

    /** When this member of staff is on duty. */
    WorkCalendar calendar();
}
