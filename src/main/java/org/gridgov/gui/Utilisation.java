package org.gridgov.gui;

import org.gridgov.model.Department;
import org.gridgov.model.GridModel;
import org.gridgov.model.time.WorkCalendar;
import org.gridgov.observe.DailySeries;

/**
 * Share of on-duty hours spent working over the week up to a day, for grid workers (work other than
 * patrol) and department staff (handling cases). Work is reported when it ends, so the last few days'
 * values rise as work in progress is counted; the feed sends them again.
 *
 * @param day the week's last day, from 0
 */
record Utilisation(int day, double workers, double departments) {

    /** Days whose values may still change: work is reported when it ends, at most days later. */
    static final int REVISED_DAYS = 7;

    static Utilisation weekTo(GridModel model, DailySeries daily, int day) {
        double workerLoad = 0;
        double workerDuty = 0;
        double departmentBusy = 0;
        double departmentDuty = 0;
        for (int d = Math.max(0, day - 6); d <= day; d++) {
            double from = d * 24.0;
            double to = from + 24;
            workerLoad += daily.value("worker_load_hours", d);
            workerDuty += model.workers().size() * model.gridWorkerCalendar().workingHoursBetween(from, to);
            departmentBusy += daily.value("department_busy_hours", d);
            for (Department dep : model.departments().values()) {
                WorkCalendar c = dep.calendar();
                departmentDuty += dep.staff().size() * c.workingHoursBetween(from, to);
            }
        }
        return new Utilisation(day, share(workerLoad, workerDuty), share(departmentBusy, departmentDuty));
    }

    private static double share(double hours, double onDuty) {
        return onDuty > 0 ? hours / onDuty : Double.NaN;
    }
}
