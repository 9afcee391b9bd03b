package org.gridgov.model;

import java.util.List;

import org.gridgov.model.events.ParkReason;
import org.gridgov.rng.Draws;
import org.gridgov.scenario.PlatformParams;
import org.gridgov.scenario.TimeBasis;

/**
 * The command centre's steps of the loop: dispatch filed cases to the responsible unit (sometimes to the
 * wrong one), re-dispatch cases that units return, and send failed verifications back for rework.
 */
final class CommandCentre implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final GridModel model;
    /** Routing a case once the dispatch delay has passed (one handler for all cases: issue 13). */
    private final GridModel.Handler<Issue> routing = (issue, unused, t) -> route(issue, t);
    private final List<Department> departments;

    CommandCentre(GridModel model, List<Department> departments) {
        this.model = model;
        this.departments = departments;
    }

    /** The parameters in force now (a scheduled reform may change them, docs/ODD.md 6). */
    private PlatformParams params() {
        return model.inForce().platform();
    }

    /** A newly filed case is dispatched after the command centre's delay. */
    void dispatch(Issue issue, double now) {
        double mean = params().dispatchDelayHours() * model.supervision.urgencyFactor(issue);
        double at = now + Draws.exponential(model.draws.dispatchDelay.uniform(issue.key, issue.dispatches()), mean);
        model.at(at, routing, issue, 0);
    }

    private void route(Issue issue, double now) {
        if (issue.state() != CaseState.FILED || model.ownership().takes(issue, now)) {
            return;
        }
        int n = issue.dispatches();
        Department responsible = issue.type.department();
        if (responsible == null) {
            setDeadline(issue, model.gridWorkerCalendar(), now);
            issue.dispatch(GridWorker.UNIT, true, now);
            model.workerFor(issue.cell).handle(issue, model.sampleEffort(issue), now);
            return;
        }
        // Bought services go first, while the NGO has room.
        Ngo ngo = model.ngoWithRoomFor(issue.type);
        if (ngo != null) {
            setDeadline(issue, ngo.calendar(), now);
            issue.dispatch(ngo.name(), true, now);
            ngo.receive(issue, true, now);
            return;
        }
        HandlingUnit target = responsible;
        // An escalated case (if no NGO with room takes it) goes straight to the responsible department.
        boolean correct = departments.size() == 1 || issue.escalated()
                || model.draws.routing.uniform(issue.key, 2 * n) < params().dispatchAccuracy();
        if (!correct) {
            int pick = (int) (model.draws.routing.uniform(issue.key, 2 * n + 1) * (departments.size() - 1));
            target = departments.get(pick >= departments.indexOf(responsible) ? pick + 1 : pick);
        }
        setDeadline(issue, responsible.calendar(), now);
        issue.dispatch(target.name(), correct, now);
        target.receive(issue, correct, now);
    }

    /** The handling deadline runs from the first dispatch, in the handler's working hours or clock hours. */
    void setDeadline(Issue issue, org.gridgov.model.time.WorkCalendar calendar, double now) {
        if (!Double.isNaN(issue.firstDispatchedAt())) {
            return;
        }
        double limit = issue.type.spec().timeLimitHours();
        issue.startTimeLimit(now, issue.type.spec().timeLimitBasis() == TimeBasis.WORKING
                ? calendar.addWorkingHours(calendar.nextOnDuty(now), limit)
                : now + limit);
        model.partyBranches.deadlineSet(issue);
    }

    /** A unit returned the case: park it after too many bounces, else re-dispatch once it is back. */
    void returned(Issue issue, HandlingUnit from, double now) {
        issue.returnToCommandCentre(from.name(), now);
        if (issue.bounces() > params().bounceLimit()) {
            model.supervision.park(issue, ParkReason.BOUNCES, now);
            return;
        }
        double back = Draws.exponential(model.draws.returnDelay.uniform(issue.key, issue.bounces()),
                from.returnDelayHours());
        double again = Draws.exponential(model.draws.redispatchDelay.uniform(issue.key, issue.bounces()),
                params().redispatchDelayHours());
        double at = now + back + again;
        model.at(at, t -> {
            if (issue.state() == CaseState.RETURNING) {
                issue.backForRedispatch(t);
                route(issue, t);
            }
        });
    }

    /** A failed verification goes back to the unit that handled it last, which knows it is its own. */
    void rework(Issue issue, double now) {
        double mean = params().dispatchDelayHours() * model.supervision.urgencyFactor(issue);
        double at = now + Draws.exponential(model.draws.dispatchDelay.uniform(issue.key, issue.dispatches()), mean);
        model.at(at, t -> {
            if (issue.state() != CaseState.FILED) {
                return;
            }
            HandlingUnit unit = issue.handlingUnit();
            issue.dispatch(unit.name(), true, t);
            unit.accept(issue, t);
        });
    }
}
