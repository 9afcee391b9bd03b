package org.gridgov.observe;

import java.util.IdentityHashMap;
import java.util.Map;

import org.gridgov.model.ActorKind;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.model.events.CancelReason;
import org.gridgov.model.events.CaseHandledListener;
import org.gridgov.model.events.CaseClosedListener;
import org.gridgov.model.events.CaseDispatchedListener;
import org.gridgov.model.events.CaseEscalatedListener;
import org.gridgov.model.events.CaseFiledListener;
import org.gridgov.model.events.CaseParkedListener;
import org.gridgov.model.events.CaseReturnedListener;
import org.gridgov.model.events.CaseVerifiedListener;
import org.gridgov.model.events.HandlingStartedListener;
import org.gridgov.model.events.IssueDiscoveredListener;
import org.gridgov.model.events.IssueOccurredListener;
import org.gridgov.model.events.IssueResolvedLocallyListener;
import org.gridgov.model.events.IssueTakenUpListener;
import org.gridgov.model.events.MediationFailedListener;
import org.gridgov.model.events.ParkReason;
import org.gridgov.model.events.ReportCancelledListener;
import org.gridgov.scenario.CaseKind;
import org.gridgov.stats.Stats;

/**
 * Measures the case process from its events: how many issues occur, are found, filed, closed or resolved
 * locally, by whom and how fast. Counts are over the measurement window (from the end of the warm-up);
 * stock counts at the end (latent, in mediation, open) cover the whole run.
 */
public final class CaseOutcomes implements IssueOccurredListener, IssueDiscoveredListener,
        ReportCancelledListener, CaseFiledListener, CaseDispatchedListener, CaseReturnedListener,
        HandlingStartedListener, CaseVerifiedListener, CaseClosedListener, CaseParkedListener,
        IssueTakenUpListener, MediationFailedListener, IssueResolvedLocallyListener, CaseEscalatedListener,
        CaseHandledListener {


    private final double from;

    // Whole-run totals: the stocks at the end follow from them.
    private long totalOccurred;
    private long totalDiscovered;
    private long totalFiled;
    private long totalClosed;
    private long totalParked;
    private long totalTakenUp;
    private long totalMediationFailed;
    private long totalSettledLocally;
    private long totalFixedByVolunteers;

    // Window counts.
    long occurred;
    long discovered;
    long discoveredByPatrol;
    long discoveredByVolunteers;
    long takenUp;
    long settledLocally;
    long fixedByVolunteers;
    long resolvedByGridWorkers;
    long resolvedByNgos;
    long resolvedByDepartments;
    long dispatchedCrossDepartment;
    long escalations;
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

    private final TimeAverage openCases;
    /** Who handled each open case last, for the count of who resolved it. */
    private final Map<Issue, ActorKind> lastHandler = new IdentityHashMap<>();

    public CaseOutcomes(double from) {
        this.from = from;
        this.openCases = new TimeAverage(from);
    }

    private boolean inWindow(double time) {
        return time >= from;
    }

    /** Cases filed and neither closed nor parked. */
    public long open() {
        return totalFiled - totalClosed - totalParked;
    }

    /** Issues occurred and neither discovered nor being settled locally. */
    public long latent() {
        return totalOccurred - totalTakenUp + totalMediationFailed - totalDiscovered;
    }

    /** Issues the community organisations are trying to settle. */
    public long inMediation() {
        return totalTakenUp - totalMediationFailed - totalSettledLocally;
    }

    /** Issues discovered and neither filed nor fixed by a volunteer yet. */
    public long discoveredUnfiled() {
        return totalDiscovered - totalFiled - totalFixedByVolunteers;
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
        return openCases.mean(end);
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
            // Switch expressions here and below: the compiler checks that every kind is handled.
            long before = switch (ActorKind.discoveredThrough(channel)) {
                case GRID_WORKER -> discoveredByPatrol++;
                case VOLUNTEER -> discoveredByVolunteers++;
                case RESIDENT -> 0;
                case DEPARTMENT, NGO, COMMUNITY_ORGANISATION, PARTY_BRANCH ->
                        throw new IllegalStateException("discovered through " + channel);
            };
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
        totalFiled++;
        openCases.set(time, open());
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
            if (issue.dispatches() == 1 && issue.crossDepartment()
                    && issue.type().resolver() != ActorKind.GRID_WORKER) {
                dispatchedCrossDepartment++;
            }
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
        if (staff.kind() == ActorKind.DEPARTMENT && inWindow(time)) {
            departmentWaits.add(time - issue.dispatchedAt());
        }
    }

    @Override
    public void caseHandled(double time, Issue issue, Staff staff) {
        lastHandler.put(issue, staff.kind());
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
        totalClosed++;
        openCases.set(time, open());
        ActorKind handler = lastHandler.remove(issue);
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
            // A closure whose defect verification missed resolved nothing, so it counts for no one.
            if (!issue.defective()) {
                long before = switch (handler) {
                    case GRID_WORKER -> resolvedByGridWorkers++;
                    case DEPARTMENT -> resolvedByDepartments++;
                    case NGO -> resolvedByNgos++;
                    case COMMUNITY_ORGANISATION, PARTY_BRANCH, VOLUNTEER, RESIDENT ->
                            throw new IllegalStateException(handler.displayName() + " handled case " + issue.id());
                };
            }
        }
    }

    @Override
    public void caseParked(double time, Issue issue, ParkReason reason) {
        totalParked++;
        openCases.set(time, open());
        lastHandler.remove(issue);
        if (inWindow(time)) {
            parked++;
            if (reason == ParkReason.BOUNCES) {
                parkedForBounces++;
            }
        }
    }

    @Override
    public void issueTakenUp(double time, Issue issue) {
        totalTakenUp++;
        if (inWindow(time)) {
            takenUp++;
        }
    }

    @Override
    public void mediationFailed(double time, Issue issue) {
        totalMediationFailed++;
    }

    @Override
    public void issueResolvedLocally(double time, Issue issue, ActorKind by) {
        boolean community = switch (by) {
            case COMMUNITY_ORGANISATION -> true;
            case VOLUNTEER -> false;
            case GRID_WORKER, DEPARTMENT, NGO, PARTY_BRANCH, RESIDENT ->
                    throw new IllegalStateException(by.displayName() + " resolved issue " + issue.id() + " locally");
        };
        if (community) {
            totalSettledLocally++;
        } else {
            totalFixedByVolunteers++;
        }
        if (inWindow(time)) {
            if (community) {
                settledLocally++;
            } else {
                fixedByVolunteers++;
            }
        }
    }

    @Override
    public void caseEscalated(double time, Issue issue) {
        if (inWindow(time)) {
            escalations++;
        }
    }
}
