package org.gridgov.observe;

import org.gridgov.model.ActorKind;
import org.gridgov.model.ComponentOwner;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.model.events.CallbackListener;
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
 * locally, by whom and how fast. Counts are over the measured window (from the end of the warm-up, which
 * may be chosen after the run: see {@link MeasuredWindow});
 * stock counts at the end (latent, in mediation, open) cover the whole run.
 */
public final class CaseOutcomes implements IssueOccurredListener, IssueDiscoveredListener,
        ReportCancelledListener, CaseFiledListener, CaseDispatchedListener, CaseReturnedListener,
        HandlingStartedListener, CaseVerifiedListener, CaseClosedListener, CaseParkedListener,
        IssueTakenUpListener, MediationFailedListener, IssueResolvedLocallyListener, CaseEscalatedListener,
        CaseHandledListener, CallbackListener {


    private final MeasuredWindow window;

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
    final Tally occurred;
    final Tally discovered;
    final Tally discoveredByPatrol;
    final Tally discoveredByVolunteers;
    final Tally takenUp;
    final Tally settledLocally;
    final Tally fixedByVolunteers;
    final Tally resolvedByGridWorkers;
    final Tally resolvedByNgos;
    final Tally resolvedByDepartments;
    final Tally resolvedByOutsideOwners;
    final Tally dispatchedCrossDepartment;
    final Tally escalations;
    final Tally filed;
    final Tally filedComponents;
    final Tally dispatched;
    final Tally returned;
    final Tally verified;
    final Tally verificationsFailed;
    final Tally closed;
    final Tally closedOnSpot;
    final Tally closedDispatched;
    final Tally closedOnTime;
    final Tally closedUnresolved;
    final Tally parked;
    final Tally parkedForBounces;
    final Tally reportsInvalid;
    final Tally reportsDuplicate;
    final Tally reportsVague;
    final Tally closedCannotBeHandled;
    final Tally callbacks;
    final Tally callbacksResolved;
    final Tally callbacksSatisfied;
    final Tally componentsToOutsideOwners;
    final Tally ownershipDisputes;
    final Tally parkedForNoOwner;
    final Tally outsideOwnerChases;
    final TimedValues hoursToConfirmOwnership;
    final TimedValues outsideOwnerFixHours;
    final TimedValues hoursToClose;
    final TimedValues handlingHours;
    final TimedValues departmentWaits;

    private final TimeAverage openCases;

    public CaseOutcomes(MeasuredWindow window) {
        this.window = window;
        this.openCases = new TimeAverage(window);
        occurred = new Tally(window);
        discovered = new Tally(window);
        discoveredByPatrol = new Tally(window);
        discoveredByVolunteers = new Tally(window);
        takenUp = new Tally(window);
        settledLocally = new Tally(window);
        fixedByVolunteers = new Tally(window);
        resolvedByGridWorkers = new Tally(window);
        resolvedByNgos = new Tally(window);
        resolvedByDepartments = new Tally(window);
        resolvedByOutsideOwners = new Tally(window);
        dispatchedCrossDepartment = new Tally(window);
        escalations = new Tally(window);
        filed = new Tally(window);
        filedComponents = new Tally(window);
        dispatched = new Tally(window);
        returned = new Tally(window);
        verified = new Tally(window);
        verificationsFailed = new Tally(window);
        closed = new Tally(window);
        closedOnSpot = new Tally(window);
        closedDispatched = new Tally(window);
        closedOnTime = new Tally(window);
        closedUnresolved = new Tally(window);
        parked = new Tally(window);
        parkedForBounces = new Tally(window);
        reportsInvalid = new Tally(window);
        reportsDuplicate = new Tally(window);
        reportsVague = new Tally(window);
        closedCannotBeHandled = new Tally(window);
        callbacks = new Tally(window);
        callbacksResolved = new Tally(window);
        callbacksSatisfied = new Tally(window);
        componentsToOutsideOwners = new Tally(window);
        ownershipDisputes = new Tally(window);
        parkedForNoOwner = new Tally(window);
        outsideOwnerChases = new Tally(window);
        hoursToConfirmOwnership = new TimedValues(window);
        outsideOwnerFixHours = new TimedValues(window);
        hoursToClose = new TimedValues(window);
        handlingHours = new TimedValues(window);
        departmentWaits = new TimedValues(window);
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
    public long occurred() { return (long) occurred.inWindow(); }
    /** Issues discovered in the window so far. */
    public long discovered() { return (long) discovered.inWindow(); }
    /** Cases filed in the window so far. */
    public long filed() { return (long) filed.inWindow(); }
    /** Cases closed in the window so far. */
    public long closed() { return (long) closed.inWindow(); }
    /** Dispatched cases closed in the window so far (those with a time limit). */
    public long closedDispatched() { return (long) closedDispatched.inWindow(); }
    /** Dispatched cases closed in the window so far within their time limit. */
    public long closedOnTime() { return (long) closedOnTime.inWindow(); }

    /** Mean hours from filing to closing of the cases closed in the window so far; NaN before the first. */
    public double meanHoursToClose() {
        double[] hours = hoursToClose.inWindow();
        return Stats.mean(hours, hours.length);
    }

    /** Time-average number of open cases from the window's start to {@code end}. */
    public double meanOpen(double end) {
        return openCases.mean(end);
    }

    @Override
    public void issueOccurred(double time, Issue issue) {
        totalOccurred++;
        occurred.add(time);
    }

    @Override
    public void issueDiscovered(double time, Issue issue, String channel) {
        totalDiscovered++;
        discovered.add(time);
        // Switch expressions here and below: the compiler checks that every kind is handled.
        Tally by = switch (ActorKind.discoveredThrough(channel)) {
            case GRID_WORKER -> discoveredByPatrol;
            case VOLUNTEER -> discoveredByVolunteers;
            case RESIDENT -> null;
            case DEPARTMENT, NGO, COMMUNITY_ORGANISATION, PARTY_BRANCH, OUTSIDE_OWNER ->
                    throw new IllegalStateException("discovered through " + channel);
        };
        if (by != null) {
            by.add(time);
        }
    }

    @Override
    public void reportCancelled(double time, Issue issue, String channel, CancelReason reason) {
        Tally by = switch (reason) {
            case INVALID -> reportsInvalid;
            case DUPLICATE -> reportsDuplicate;
            case VAGUE -> reportsVague;
        };
        by.add(time);
    }

    @Override
    public void caseFiled(double time, Issue issue) {
        totalFiled++;
        openCases.set(time, open());
        filed.add(time);
        if (issue.type().spec().kind() == CaseKind.COMPONENT) {
            filedComponents.add(time);
        }
    }

    @Override
    public void caseDispatched(double time, Issue issue, String unit, boolean responsible) {
        dispatched.add(time);
        if (issue.dispatches() == 1 && issue.crossDepartment() && issue.type().resolver() != ActorKind.GRID_WORKER) {
            dispatchedCrossDepartment.add(time);
        }
    }

    @Override
    public void caseReturned(double time, Issue issue, String unit) {
        returned.add(time);
        if (ComponentOwner.CANDIDATE.equals(unit)) {
            ownershipDisputes.add(time);
        }
    }

    @Override
    public void handlingStarted(double time, Issue issue, Staff staff) {
        if (staff.kind() == ActorKind.DEPARTMENT) {
            departmentWaits.add(time, time - issue.dispatchedAt());
        }
        if (staff.kind() == ActorKind.OUTSIDE_OWNER) {
            // Counted by when the component was filed, like the component cases it is a share of.
            componentsToOutsideOwners.add(issue.filedAt());
        }
    }

    @Override
    public void caseHandled(double time, Issue issue, Staff staff) {
        if (staff.kind() == ActorKind.OUTSIDE_OWNER) {
            outsideOwnerFixHours.add(time, time - issue.handlingStartedAt());
            outsideOwnerChases.add(time, issue.chases());
        }
    }

    @Override
    public void caseVerified(double time, Issue issue, Staff worker, boolean passed) {
        verified.add(time);
        if (!passed) {
            verificationsFailed.add(time);
        }
    }

    @Override
    public void caseClosed(double time, Issue issue) {
        totalClosed++;
        openCases.set(time, open());
        closed.add(time);
        hoursToClose.add(time, time - issue.filedAt());
        if (!Double.isNaN(issue.firstDispatchedAt())) {
            // Time limits bind the units a case is dispatched to; on-the-spot fixes have none.
            closedDispatched.add(time);
            handlingHours.add(time, issue.handledAt() - issue.firstDispatchedAt());
            if (issue.onTime()) {
                closedOnTime.add(time);
            }
        }
        if (issue.defective()) {
            closedUnresolved.add(time);
        }
        if (issue.cannotBeHandled()) {
            closedCannotBeHandled.add(time);
        }
        if (Double.isNaN(issue.dispatchedAt())) {
            closedOnSpot.add(time);
        }
        if (!Double.isNaN(issue.ownerConfirmedAt())) {
            hoursToConfirmOwnership.add(time, issue.ownerConfirmedAt() - issue.filedAt());
        }
        // A closure that fixed nothing (a defect verification missed, or "cannot be handled") counts for no one.
        if (issue.fixed()) {
            ActorKind handler = issue.handledBy();
            Tally by = switch (handler) {
                case GRID_WORKER -> resolvedByGridWorkers;
                case DEPARTMENT -> resolvedByDepartments;
                case NGO -> resolvedByNgos;
                case OUTSIDE_OWNER -> resolvedByOutsideOwners;
                case COMMUNITY_ORGANISATION, PARTY_BRANCH, VOLUNTEER, RESIDENT ->
                        throw new IllegalStateException(handler.displayName() + " handled case " + issue.id());
            };
            by.add(time);
        }
    }

    @Override
    public void calledBack(double time, Issue issue, int household, boolean resolved, boolean satisfied) {
        callbacks.add(time);
        if (resolved) {
            callbacksResolved.add(time);
        }
        if (satisfied) {
            callbacksSatisfied.add(time);
        }
    }

    @Override
    public void caseParked(double time, Issue issue, ParkReason reason) {
        totalParked++;
        openCases.set(time, open());
        parked.add(time);
        if (reason == ParkReason.BOUNCES) {
            parkedForBounces.add(time);
        } else if (reason == ParkReason.NO_OWNER) {
            parkedForNoOwner.add(time);
        }
    }

    @Override
    public void issueTakenUp(double time, Issue issue) {
        totalTakenUp++;
        takenUp.add(time);
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
            case GRID_WORKER, DEPARTMENT, NGO, PARTY_BRANCH, RESIDENT, OUTSIDE_OWNER ->
                    throw new IllegalStateException(by.displayName() + " resolved issue " + issue.id() + " locally");
        };
        if (community) {
            totalSettledLocally++;
            settledLocally.add(time);
        } else {
            totalFixedByVolunteers++;
            fixedByVolunteers.add(time);
        }
    }

    @Override
    public void caseEscalated(double time, Issue issue) {
        escalations.add(time);
    }
}
