package org.gridgov.observe;

import org.gridgov.model.DepartmentStaff;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.model.events.CancelReason;
import org.gridgov.model.events.CaseClosedListener;
import org.gridgov.model.events.CaseDispatchedListener;
import org.gridgov.model.events.CaseFiledListener;
import org.gridgov.model.events.CaseParkedListener;
import org.gridgov.model.events.CaseReturnedListener;
import org.gridgov.model.events.CaseVerifiedListener;
import org.gridgov.model.events.HandlingStartedListener;
import org.gridgov.model.events.IssueDiscoveredListener;
import org.gridgov.model.events.IssueOccurredListener;
import org.gridgov.model.events.ParkReason;
import org.gridgov.model.events.ReportCancelledListener;
import org.gridgov.scenario.CaseKind;

/**
 * Measures the case process from its events: how many issues occur, are found, filed, closed and how
 * fast. Counts are over the measurement window (from the end of the warm-up); stock counts at the end
 * (latent, open) cover the whole run.
 */
public final class CaseOutcomes implements IssueOccurredListener, IssueDiscoveredListener,
        ReportCancelledListener, CaseFiledListener, CaseDispatchedListener, CaseReturnedListener,
        HandlingStartedListener, CaseVerifiedListener, CaseClosedListener, CaseParkedListener {

    private final double from;

    // Whole-run totals: the stocks at the end follow from them.
    private long totalOccurred;
    private long totalDiscovered;
    private long totalFiled;
    private long totalClosed;
    private long totalParked;

    // Window counts.
    long occurred;
    long discovered;
    long discoveredByPatrol;
    long filed;
    long filedComponents;
    long dispatched;
    long returned;
    long verified;
    long verificationsFailed;
    long closed;
    long closedOnSpot;
    long closedDispatched;
    long closedOnTime;
    long closedUnresolved;
    long parked;
    long parkedForBounces;
    long reportsInvalid;
    long reportsDuplicate;
    final DoubleList hoursToClose = new DoubleList();
    final DoubleList handlingHours = new DoubleList();
    final DoubleList departmentWaits = new DoubleList();

    // Time-average of open cases over the window.
    private double openArea;
    private double lastChange;

    public CaseOutcomes(double from) {
        this.from = from;
        this.lastChange = from;
    }

    private boolean inWindow(double time) {
        return time >= from;
    }

    /** Adds the open-case area up to {@code time}; call just before the number of open cases changes. */
    private void accumulateOpen(double time) {
        if (time > from) {
            openArea += open() * (time - Math.max(lastChange, from));
            lastChange = time;
        }
    }

    /** Cases filed and neither closed nor parked. */
    public long open() {
        return totalFiled - totalClosed - totalParked;
    }

    /** Issues occurred and not yet discovered. */
    public long latent() {
        return totalOccurred - totalDiscovered;
    }

    /** Issues discovered and not yet filed. */
    public long discoveredUnfiled() {
        return totalDiscovered - totalFiled;
    }

    /** Issues that occurred in the window so far. */
    public long occurred() { return occurred; }
    /** Issues discovered in the window so far. */
    public long discovered() { return discovered; }
    /** Cases filed in the window so far. */
    public long filed() { return filed; }
    /** Cases closed in the window so far. */
    public long closed() { return closed; }
    /** Dispatched cases closed in the window so far (those with a time limit). */
    public long closedDispatched() { return closedDispatched; }
    /** Dispatched cases closed in the window so far within their time limit. */
    public long closedOnTime() { return closedOnTime; }

    /** Mean hours from filing to closing of the cases closed in the window so far; NaN before the first. */
    public double meanHoursToClose() {
        return Stats.mean(hoursToClose.array(), hoursToClose.size());
    }

    /** Time-average number of open cases from the window's start to {@code end}. */
    public double meanOpen(double end) {
        double area = openArea + open() * (end - Math.max(lastChange, from));
        return end > from ? area / (end - from) : Double.NaN;
    }

    @Override
    public void issueOccurred(double time, Issue issue) {
        totalOccurred++;
        if (inWindow(time)) {
            occurred++;
        }
    }

    @Override
    public void issueDiscovered(double time, Issue issue, String channel) {
        totalDiscovered++;
        if (inWindow(time)) {
            discovered++;
            if (GridWorker.PATROL_CHANNEL.equals(channel)) {
                discoveredByPatrol++;
            }
        }
    }

    @Override
    public void reportCancelled(double time, Issue issue, String channel, CancelReason reason) {
        if (inWindow(time)) {
            if (reason == CancelReason.INVALID) {
                reportsInvalid++;
            } else {
                reportsDuplicate++;
            }
        }
    }

    @Override
    public void caseFiled(double time, Issue issue) {
        accumulateOpen(time);
        totalFiled++;
        if (inWindow(time)) {
            filed++;
            if (issue.type().spec().kind() == CaseKind.COMPONENT) {
                filedComponents++;
            }
        }
    }

    @Override
    public void caseDispatched(double time, Issue issue, String unit, boolean responsible) {
        if (inWindow(time)) {
            dispatched++;
        }
    }

    @Override
    public void caseReturned(double time, Issue issue, String unit) {
        if (inWindow(time)) {
            returned++;
        }
    }

    @Override
    public void handlingStarted(double time, Issue issue, Staff staff) {
        if (staff instanceof DepartmentStaff && inWindow(time)) {
            departmentWaits.add(time - issue.dispatchedAt());
        }
    }

    @Override
    public void caseVerified(double time, Issue issue, Staff worker, boolean passed) {
        if (inWindow(time)) {
            verified++;
            if (!passed) {
                verificationsFailed++;
            }
        }
    }

    @Override
    public void caseClosed(double time, Issue issue) {
        accumulateOpen(time);
        totalClosed++;
        if (inWindow(time)) {
            closed++;
            hoursToClose.add(time - issue.filedAt());
            if (!Double.isNaN(issue.firstDispatchedAt())) {
                // Time limits bind the units a case is dispatched to; on-the-spot fixes have none.
                closedDispatched++;
                handlingHours.add(issue.handledAt() - issue.firstDispatchedAt());
                if (issue.onTime()) {
                    closedOnTime++;
                }
            }
            if (issue.defective()) {
                closedUnresolved++;
            }
            if (Double.isNaN(issue.dispatchedAt())) {
                closedOnSpot++;
            }
        }
    }

    @Override
    public void caseParked(double time, Issue issue, ParkReason reason) {
        accumulateOpen(time);
        totalParked++;
        if (inWindow(time)) {
            parked++;
            if (reason == ParkReason.BOUNCES) {
                parkedForBounces++;
            }
        }
    }
}
