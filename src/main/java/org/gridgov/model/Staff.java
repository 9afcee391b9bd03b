package org.gridgov.model;

import org.gridgov.model.time.WorkCalendar;

/** A member of staff whose working hours are accounted for: a grid worker or department staff. */
public interface Staff {
    /** "grid_worker" or the department's name. */
    String unit();

    /** Number unique within the unit, from 1. */
    int number();

    /** When this member of staff is on duty. */
    WorkCalendar calendar();
}
