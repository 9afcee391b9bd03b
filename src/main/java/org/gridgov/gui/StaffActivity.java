package org.gridgov.gui;

import java.util.List;

import org.gridgov.model.Activity;
import org.gridgov.model.ActorKind;
import org.gridgov.model.GridCell;
import org.gridgov.model.GridModel;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Staff;
import org.gridgov.model.events.WorkListener;

/**
 * What grid workers do and where, from the work they report: when each cell was last patrolled, and how
 * much of each worker's time so far went to work other than patrol.
 */
final class StaffActivity implements WorkListener {
    private final List<GridWorker> workers;
    private final double[] lastPatrolled;
    private final double[] loadHours;

    StaffActivity(GridModel model) {
        workers = model.workers();
        lastPatrolled = new double[model.city().cells().size()];
        loadHours = new double[model.workers().size()];
    }

    @Override
    public void workDone(Staff staff, Activity activity, double start, double end, double hours) {
        // A switch expression: the compiler checks that every kind is handled.
        boolean inTheCells = switch (staff.kind()) {
            case GRID_WORKER -> true;
            // A unit's staff work at their offices, not in the cells the map shows.
            case DEPARTMENT, NGO -> false;
            case COMMUNITY_ORGANISATION, PARTY_BRANCH, VOLUNTEER, RESIDENT, OUTSIDE_OWNER ->
                    throw new IllegalStateException(staff.kind().displayName() + " reported working hours");
        };
        if (inTheCells) {
            workerDid(workers.get(staff.number() - 1), activity, end, hours);
        }
    }

    private void workerDid(GridWorker worker, Activity activity, double end, double hours) {
        if (activity == Activity.PATROL) {
            // Patrol is reported when it ends or is interrupted, while the worker is still at the cell.
            int cell = worker.patrolCell().id();
            lastPatrolled[cell] = Math.max(lastPatrolled[cell], end);
        } else {
            loadHours[worker.number() - 1] += hours;
        }
    }

    /** Hours since the cell was last patrolled: 0 while a worker patrols it, else since the run began at most. */
    double hoursSincePatrol(GridCell cell, double now) {
        for (GridWorker w : cell.workers()) {
            if (patrolling(w, cell, now)) {
                return 0;
            }
        }
        return now - lastPatrolled[cell.id()];
    }

    /** True when the worker is on duty and patrolling the cell at {@code now}. */
    static boolean patrolling(GridWorker worker, GridCell cell, double now) {
        return worker.patrolCell() == cell && worker.activity() == Activity.PATROL
                && worker.calendar().isOnDuty(now);
    }

    /** Share of the worker's on-duty hours so far spent on work other than patrol; NaN before the first shift. */
    double load(GridWorker worker, double now) {
        double onDuty = worker.calendar().workingHoursBetween(0, now);
        return onDuty > 0 ? loadHours[worker.number() - 1] / onDuty : Double.NaN;
    }

    /** The mean load of the cell's grid workers. */
    double load(GridCell cell, double now) {
        double sum = 0;
        for (GridWorker w : cell.workers()) {
            sum += load(w, now);
        }
        return sum / cell.workers().size();
    }
}
