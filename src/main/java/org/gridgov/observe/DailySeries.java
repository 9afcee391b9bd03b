package org.gridgov.observe;

import java.util.List;

import org.gridgov.model.Activity;
import org.gridgov.model.ActorKind;
import org.gridgov.model.GridModel;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.model.events.CaseClosedListener;
import org.gridgov.model.events.CaseFiledListener;
import org.gridgov.model.events.CaseParkedListener;
import org.gridgov.model.events.CaseReturnedListener;
import org.gridgov.model.events.DayEndedListener;
import org.gridgov.model.events.IssueDiscoveredListener;
import org.gridgov.model.events.IssueOccurredListener;
import org.gridgov.model.events.IssueResolvedLocallyListener;
import org.gridgov.model.events.IssueTakenUpListener;
import org.gridgov.model.events.MediationFailedListener;
import org.gridgov.model.events.ParkReason;
import org.gridgov.model.events.WorkListener;
import org.gridgov.model.events.WorkerHiredListener;
import org.gridgov.model.events.PostListener;
import org.gridgov.model.events.WorkerQuitListener;

/**
 * One row per simulated day: the day's flows (occurred, discovered, filed, closed, ...), the stocks at
 * the end of the day (latent issues, open cases) and the working hours spent that day.
 */
public final class DailySeries implements IssueOccurredListener, IssueDiscoveredListener, CaseFiledListener,
        CaseReturnedListener, CaseClosedListener, CaseParkedListener, WorkListener, DayEndedListener,
        IssueTakenUpListener, MediationFailedListener, IssueResolvedLocallyListener, WorkerQuitListener,
        WorkerHiredListener, PostListener {

    /** Column names, in output order. */
    public static final List<String> COLUMNS = List.of("day", "occurred", "discovered", "filed", "returned",
            "closed", "parked", "resolved_locally", "latent_end", "open_end", "worker_load_hours",
            "worker_extra_duty_hours", "worker_patrol_hours", "department_busy_hours", "ngo_busy_hours", "vacant_posts_end",
            "volunteers_end", "mean_trust_end");

    private final GridModel model;
    private final int days;
    private final long[] occurred;
    private final long[] discovered;
    private final long[] filed;
    private final long[] returned;
    private final long[] closed;
    private final long[] parked;
    private final long[] latentEnd;
    private final long[] openEnd;
    private final double[] workerLoad;
    private final double[] workerExtra;
    private final double[] workerPatrol;
    private final double[] departmentBusy;
    private final double[] ngoBusy;
    private final long[] resolvedLocally;
    private final long[] vacantEnd;
    private final long[] volunteersEnd;
    private final double[] meanTrustEnd;
    private long latent;
    private long open;
    private long vacant;

    public DailySeries(GridModel model) {
        this.model = model;
        this.days = model.days();
        resolvedLocally = new long[days];
        vacantEnd = new long[days];
        volunteersEnd = new long[days];
        meanTrustEnd = new double[days];
        occurred = new long[days];
        discovered = new long[days];
        filed = new long[days];
        returned = new long[days];
        closed = new long[days];
        parked = new long[days];
        latentEnd = new long[days];
        openEnd = new long[days];
        workerLoad = new double[days];
        workerExtra = new double[days];
        workerPatrol = new double[days];
        departmentBusy = new double[days];
        ngoBusy = new double[days];
    }

    /**
     * Day d covers the times (24d, 24(d + 1)], so what happens exactly at midnight (the daily review)
     * belongs to the day that just ended, like the end-of-day stocks published at that moment.
     */
    private int day(double time) {
        return Math.max(0, Math.min(days - 1, (int) Math.ceil(time / 24) - 1));
    }

    public int days() {
        return days;
    }

    /** The value of a column for a day (0-based), as a number. */
    public double value(String column, int day) {
        switch (column) {
            case "day": return day + 1;
            case "occurred": return occurred[day];
            case "discovered": return discovered[day];
            case "filed": return filed[day];
            case "returned": return returned[day];
            case "closed": return closed[day];
            case "parked": return parked[day];
            case "latent_end": return latentEnd[day];
            case "open_end": return openEnd[day];
            case "worker_load_hours": return workerLoad[day];
            case "worker_extra_duty_hours": return workerExtra[day];
            case "worker_patrol_hours": return workerPatrol[day];
            case "department_busy_hours": return departmentBusy[day];
            case "ngo_busy_hours": return ngoBusy[day];
            case "resolved_locally": return resolvedLocally[day];
            case "vacant_posts_end": return vacantEnd[day];
            case "volunteers_end": return volunteersEnd[day];
            case "mean_trust_end": return meanTrustEnd[day];
            default: throw new IllegalArgumentException("no daily column '" + column + "'");
        }
    }

    @Override
    public void issueOccurred(double time, Issue issue) {
        occurred[day(time)]++;
        latent++;
    }

    @Override
    public void issueDiscovered(double time, Issue issue, String channel) {
        discovered[day(time)]++;
        latent--;
    }

    @Override
    public void caseFiled(double time, Issue issue) {
        filed[day(time)]++;
        open++;
    }

    @Override
    public void caseReturned(double time, Issue issue, String unit) {
        returned[day(time)]++;
    }

    @Override
    public void caseClosed(double time, Issue issue) {
        closed[day(time)]++;
        open--;
    }

    @Override
    public void caseParked(double time, Issue issue, ParkReason reason) {
        parked[day(time)]++;
        open--;
    }

    @Override
    public void dayEnded(int day, double time) {
        latentEnd[day] = latent;
        openEnd[day] = open;
        vacantEnd[day] = vacant;
        volunteersEnd[day] = model.activeVolunteers();
        meanTrustEnd[day] = model.city().households().meanTrust();
    }

    @Override
    public void issueTakenUp(double time, Issue issue) {
        latent--;
    }

    @Override
    public void mediationFailed(double time, Issue issue) {
        latent++;
    }

    @Override
    public void issueResolvedLocally(double time, Issue issue, ActorKind by) {
        resolvedLocally[day(time)]++;
    }

    @Override
    public void workerQuit(double time, GridWorker worker) {
        vacant++;
    }

    @Override
    public void workerHired(double time, GridWorker worker) {
        vacant--;
    }

    @Override
    public void postOpened(double time, Staff staff) {
        // A new post starts filled.
    }

    @Override
    public void postClosed(double time, Staff staff, boolean filled) {
        if (staff.kind() == ActorKind.GRID_WORKER && !filled) {
            vacant--; // an abolished post is no vacancy
        }
    }

    @Override
    public void workDone(Staff staff, Activity activity, double start, double end, double hours) {
        // A switch expression: the compiler checks that every kind is handled.
        double[] column = switch (staff.kind()) {
            case DEPARTMENT -> departmentBusy;
            case NGO -> ngoBusy;
            case GRID_WORKER -> activity == Activity.PATROL ? workerPatrol : workerLoad;
            case COMMUNITY_ORGANISATION, PARTY_BRANCH, VOLUNTEER, RESIDENT, OUTSIDE_OWNER ->
                    throw new IllegalStateException(staff.kind().displayName() + " reported working hours");
        };
        spread(column, staff, start, end, hours);
        if (staff.kind() == ActorKind.GRID_WORKER && activity == Activity.EXTRA_DUTY) {
            spread(workerExtra, staff, start, end, hours);
        }
    }

    /** Adds working hours to the days they fell on, by the staff member's calendar. */
    private void spread(double[] target, Staff staff, double start, double end, double hours) {
        int first = day(start);
        int last = day(end);
        if (first == last) {
            target[first] += hours;
            return;
        }
        for (int d = first; d <= last; d++) {
            double a = Math.max(start, d * 24.0);
            double b = d == last ? end : Math.min(end, (d + 1) * 24.0);
            target[d] += staff.calendar().workingHoursBetween(a, b);
        }
    }
}
