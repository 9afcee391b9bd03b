package org.gridgov.model;

import org.gridgov.model.events.EventBus;
import org.gridgov.model.events.ParkReason;

/**
 * One issue in a grid cell and, once discovered and filed, its case: the case file the platform keeps,
 * with the time of every step (hours; NaN where it has not happened).
 *
 * <p>The case file is written only here. Each step of the loop is a method that records the step,
 * moves the case to its next state if the step changes it (checked against {@link CaseState}'s table of
 * ODD section 3.2; any other move is a bug and throws) and publishes the step's events, so every
 * change of state is published as {@code caseStateChanged} and nothing else can change a case.
 */
public final class Issue implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    // Fixed at occurrence, so the package reads them directly.
    final int id;
    final long key;
    final IssueType type;
    final GridCell cell;
    final double occurredAt;
    /** Where this issue's steps are published; every one goes through a method of this class. */
    private final EventBus bus;
    /** Its place in the heap of the unit it waits in ({@link UnitQueue}), -1 when it waits in none. */
    int unitQueueSlot = -1;

    private CaseState state = CaseState.LATENT;
    private String channel;
    private double discoveredAt = Double.NaN;
    private double filedAt = Double.NaN;
    private double firstDispatchedAt = Double.NaN;
    private double dispatchedAt = Double.NaN;
    private double handlingStartedAt = Double.NaN;
    private double handledAt = Double.NaN;
    private double verifiedAt = Double.NaN;
    private double closedAt = Double.NaN;
    private double parkedAt = Double.NaN;
    private double deadline = Double.NaN;
    private String handler;
    /** The kind of staff who handled it last; null before its first handling. */
    private ActorKind handledBy;
    /** The unit the case is assigned to, or last handled by. */
    private HandlingUnit unit;
    /** The first resident household whose report discovered it, or -1. */
    private int reporter = -1;
    /** Every household that reported it (the first and duplicates), for their experience; null if none. */
    private int[] reporters;
    private int reporterCount;
    /** Needs a second department as well as its own. */
    private final boolean needsPartner;
    private boolean partnerDone;
    private boolean escalated;
    /** Times the community organisation has tried to settle it. */
    private int mediations;
    private int dispatches;
    private int bounces;
    private int reworks;
    private boolean defective;
    /** The unit that handled it found it cannot be handled, and the platform closed it as such. */
    private boolean cannotBeHandled;
    /** A component's owner as the platform knows it; null for events and before the first routing. */
    private ComponentOwner owner;
    /** When an owner not on record was confirmed (a candidate accepted, or linkage assigned one). */
    private double ownerConfirmedAt = Double.NaN;
    private int ownershipDisputes;
    private int chases;

    Issue(int id, long key, IssueType type, GridCell cell, double occurredAt, boolean needsPartner, EventBus bus) {
        this.id = id;
        this.key = key;
        this.type = type;
        this.cell = cell;
        this.occurredAt = occurredAt;
        this.needsPartner = needsPartner;
        this.bus = bus;
    }

    public int id() { return id; }
    /** Stable key for this issue's random draws (common random numbers across scenarios). */
    public long key() { return key; }
    public IssueType type() { return type; }
    public GridCell cell() { return cell; }
    public CaseState state() { return state; }
    /**
     * How it was discovered: the finder's own channel ({@link ActorKind#discoveryChannel()}) or a resident
     * channel; null while latent.
     */
    public String channel() { return channel; }
    public double occurredAt() { return occurredAt; }
    public double discoveredAt() { return discoveredAt; }
    public double filedAt() { return filedAt; }
    public double firstDispatchedAt() { return firstDispatchedAt; }
    public double dispatchedAt() { return dispatchedAt; }
    public double handlingStartedAt() { return handlingStartedAt; }
    public double handledAt() { return handledAt; }
    public double verifiedAt() { return verifiedAt; }
    public double closedAt() { return closedAt; }
    public double parkedAt() { return parkedAt; }
    /** Handling deadline set at first dispatch from the type's time limit; NaN before. */
    public double deadline() { return deadline; }
    /** Who handled it last: a department name or "grid_worker"; null before handling. */
    public String handler() { return handler; }
    /** The kind of staff who handled it last; null before its first handling. */
    public ActorKind handledBy() { return handledBy; }
    public int dispatches() { return dispatches; }
    public int bounces() { return bounces; }
    public int reworks() { return reworks; }
    /** The unit the case is assigned to or was last handled by; null if none. */
    public HandlingUnit handlingUnit() { return unit; }
    /** Whether it needs a second department as well as its own. */
    public boolean crossDepartment() { return needsPartner; }
    /** Whether the grid party branch escalated it. */
    public boolean escalated() { return escalated; }
    /** The household whose report discovered it, or -1. */
    public int reporter() { return reporter; }
    /** A component's owner as the platform knows it; null for events and components not yet routed. */
    public ComponentOwner owner() { return owner; }
    /** When an owner not on record was confirmed; NaN if the owner was on record or is not known. */
    public double ownerConfirmedAt() { return ownerConfirmedAt; }
    /** Times a candidate owner returned it as "not ours" (each also counts as a bounce). */
    public int ownershipDisputes() { return ownershipDisputes; }
    /** Reminders the command centre sent its owner outside the platform. */
    public int chases() { return chases; }

    /** True when the last handling did not fix the issue (whether or not verification noticed). */
    public boolean defective() { return defective; }
    /** Closed as "cannot be handled": the platform counts it closed, but nothing was fixed. */
    public boolean cannotBeHandled() { return cannotBeHandled; }

    /**
     * Whether the issue was actually fixed, which is not the same as closed (docs/ODD.md 7.27): closed, with no
     * defect that verification missed, and not closed as "cannot be handled".
     */
    public boolean fixed() {
        return state == CaseState.CLOSED && !defective && !cannotBeHandled;
    }

    public boolean discoveredByPatrol() {
        return GridWorker.PATROL_CHANNEL.equals(channel);
    }

    /** Closed within its time limit: the last handling finished by the deadline. */
    public boolean onTime() {
        return state == CaseState.CLOSED && (Double.isNaN(deadline) || handledAt <= deadline + 1e-9);
    }

    /** Times the community organisation has tried to settle it. */
    int mediations() { return mediations; }
    /** Whether the second department has done its part (or joined the first in one handling). */
    boolean partnerDone() { return partnerDone; }
    /** Households that reported it: the first and duplicates. */
    int reporterCount() { return reporterCount; }
    int reporterAt(int index) { return reporters[index]; }

    // The steps of the loop, in the order of ODD section 3.2.

    /** Announces the occurrence; the issue starts latent. */
    void occurred() {
        bus.issueOccurred(occurredAt, this);
    }

    /** The community organisation takes it up; returns the attempt's number (0 for the first). */
    int takeUpForMediation(double now) {
        moveTo(CaseState.IN_MEDIATION, now);
        int attempt = mediations++;
        bus.issueTakenUp(now, this);
        return attempt;
    }

    /** The community organisation could not settle it: latent again. */
    void mediationFailed(double now) {
        bus.mediationFailed(now, this);
        moveTo(CaseState.LATENT, now);
    }

    /** Settled by the community organisation or fixed by a volunteer, without becoming a case. */
    void resolveLocally(ActorKind by, double now) {
        handler = by.label();
        closedAt = now;
        moveTo(CaseState.RESOLVED_LOCALLY, now);
        bus.issueResolvedLocally(now, this, by);
    }

    /** A resident household reports it (the first report or a duplicate). */
    void reportedBy(int household, String channel, double now) {
        bus.residentReported(now, this, household, channel);
        if (reporters == null) {
            reporters = new int[2];
        } else if (reporterCount == reporters.length) {
            reporters = java.util.Arrays.copyOf(reporters, reporterCount * 2);
        }
        reporters[reporterCount++] = household;
    }

    /** A resident's report is the first to find it. */
    void discoverByReport(int household, String channel, double now) {
        reporter = household;
        discover(channel, now);
    }

    /** Discovered by patrol, a volunteer or a resident's report: it leaves its cell's latent issues. */
    void discover(String channel, double now) {
        this.channel = channel;
        discoveredAt = now;
        moveTo(CaseState.DISCOVERED, now);
        cell.leftLatent();
        bus.issueDiscovered(now, this, channel);
    }

    /** The supervision centre files it. */
    void file(double now) {
        filedAt = now;
        moveTo(CaseState.FILED, now);
        bus.caseFiled(now, this);
    }

    /** Filed by the grid worker who found it and queued at that worker for an on-the-spot fix. */
    void fileForOnTheSpotFix(double now) {
        filedAt = now;
        bus.caseFiled(now, this);
        moveTo(CaseState.QUEUED, now);
    }

    /** The handling time limit runs from the first dispatch. */
    void startTimeLimit(double firstDispatch, double deadline) {
        firstDispatchedAt = firstDispatch;
        this.deadline = deadline;
    }

    /** Dispatched (or passed on, or sent back for rework) to a unit; the state changes when the unit takes it. */
    void dispatch(String unitName, boolean responsible, double now) {
        dispatches++;
        dispatchedAt = now;
        bus.caseDispatched(now, this, unitName, responsible);
    }

    /** Queued at a department or NGO, which takes it as its own. */
    void queueAt(HandlingUnit unit, double now) {
        moveTo(CaseState.QUEUED, now);
        this.unit = unit;
    }

    /** Queued at a grid worker for handling. */
    void queueAtGridWorker(double now) {
        moveTo(CaseState.QUEUED, now);
    }

    /** Returned by a unit as not its own, on its way back to the command centre. */
    void returnToCommandCentre(String unitName, double now) {
        bounces++;
        moveTo(CaseState.RETURNING, now);
        bus.caseReturned(now, this, unitName);
    }

    /** Back at the command centre after a return, to be routed again. */
    void backForRedispatch(double now) {
        moveTo(CaseState.FILED, now);
    }

    /** The second department returned it: it stays passed on, back at the first unit's desk. */
    void returnToFirstUnit(String unitName, double now) {
        bounces++;
        bus.caseReturned(now, this, unitName);
    }

    void startHandling(Staff staff, double now) {
        handlingStartedAt = now;
        moveTo(CaseState.IN_HANDLING, now);
        bus.handlingStarted(now, this, staff);
    }

    /** A handling ended (the state changes with what comes next: feedback, passing on or closing). */
    void handled(String handlerName, Staff staff, double now) {
        handler = handlerName;
        handledBy = staff.kind();
        handledAt = now;
        bus.caseHandled(now, this, staff);
    }

    /** Both departments have done their part (or will, in one joint handling). */
    void partnerPartDone() {
        partnerDone = true;
    }

    /** Handled by its first unit and passed on to the second department. */
    void passOn(double now) {
        moveTo(CaseState.PASSED_ON, now);
    }

    /** The unit reports it handled; whether the handling fixed it only verification can find out. */
    void awaitVerification(boolean defective, double now) {
        this.defective = defective;
        moveTo(CaseState.AWAITING_VERIFICATION, now);
    }

    void startVerification(double now) {
        moveTo(CaseState.VERIFYING, now);
    }

    void verified(Staff worker, boolean passed, double now) {
        verifiedAt = now;
        bus.caseVerified(now, this, worker, passed);
    }

    /** Verified, or handled by the grid itself: the supervision centre will close it. */
    void awaitClosing(double now) {
        moveTo(CaseState.CLOSING, now);
    }

    /** The unit that handled it reports it cannot be handled: the platform closes it without a site check. */
    void closeAsCannotBeHandled(double now) {
        cannotBeHandled = true;
        moveTo(CaseState.CLOSING, now);
    }

    /** A defect caught at verification: filed again, for rework by the same unit. */
    void reopenForRework(double now) {
        reworks++;
        moveTo(CaseState.FILED, now);
    }

    void close(double now) {
        closedAt = now;
        moveTo(CaseState.CLOSED, now);
        bus.caseClosed(now, this);
    }

    void park(ParkReason reason, double now) {
        parkedAt = now;
        moveTo(CaseState.PARKED, now);
        bus.caseParked(now, this, reason);
    }

    /** The command centre looked the component's owner up: on record, or not ({@link ComponentOwner#UNCONFIRMED}). */
    void ownerLookedUp(ComponentOwner found) {
        owner = found;
    }

    /** An owner not on record is confirmed: a candidate accepted it, or linkage assigned the default owner. */
    void ownerConfirmed(ComponentOwner confirmed, double now) {
        owner = confirmed;
        ownerConfirmedAt = now;
    }

    /** Sent to a candidate owner, which checks whether the asset is its own. */
    void toCandidateOwner(double now) {
        moveTo(CaseState.OWNER_CHECK, now);
    }

    /** The candidate owner says "not ours": a dispute, and a return to the command centre. */
    void disownedBy(String candidate, double now) {
        ownershipDisputes++;
        returnToCommandCentre(candidate, now);
    }

    /** Every candidate owner returned it: nobody owns it, as far as the platform can tell. */
    void ownerless() {
        owner = ComponentOwner.NONE;
    }

    /** Handed to its owner outside the platform, whose staff start on it to their own timetable. */
    void handToOwner(Staff owner, double now) {
        handlingStartedAt = now;
        moveTo(CaseState.WITH_OWNER, now);
        bus.handlingStarted(now, this, owner);
    }

    /** The command centre reminds the owner outside the platform. */
    void chased() {
        chases++;
    }

    /** The grid party branch takes it up (call through its unit's queue while it waits there). */
    void escalate(double now) {
        escalated = true;
        bus.caseEscalated(now, this);
    }

    /**
     * The grid worker doing its task quit: work under way goes back to waiting for whoever takes the task
     * over (work not yet begun simply keeps waiting).
     */
    void orphaned(Activity task, double now) {
        CaseState waiting = task == Activity.VERIFICATION ? CaseState.AWAITING_VERIFICATION : CaseState.QUEUED;
        if (state != waiting) {
            moveTo(waiting, now);
        }
    }

    /** The one place the state changes: checked against the table, then published. */
    private void moveTo(CaseState to, double now) {
        CaseState from = state;
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("illegal transition of " + this + " from " + from + " to " + to
                    + " at hour " + now);
        }
        state = to;
        bus.caseStateChanged(now, this, from, to);
    }

    @Override
    public String toString() {
        return "case " + id + " (" + type.name() + ", " + state.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
