package org.gridgov.model.events;

import org.gridgov.model.Activity;
import org.gridgov.model.Staff;

/** A member of staff spent working hours on an activity between two times (published when the activity ends or is interrupted, and for work in progress when the run ends). */
@FunctionalInterface
public interface WorkListener {
    void workDone(Staff staff, Activity activity, double start, double end, double hours);
}
