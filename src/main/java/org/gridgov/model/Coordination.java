package org.gridgov.model;

import org.gridgov.model.events.ParkReason;
import org.gridgov.rng.Draws;
import org.gridgov.scenario.CoordinationParams;

/**
 * Cases that need a second department. With a linkage and coordination mechanism the two departments
 * handle such a case jointly in one visit (more effort, no passing on). Without it the first unit passes
 * the case on after a coordination delay (shortened by the platform's data sharing), and the second
 * department may return it as not its own. The grid party branch may convene the departments instead:
 * the case then passes on at once, escalated, and cannot be returned.
 */
final class Coordination implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final GridModel model;

    Coordination(GridModel model) {
        this.model = model;
    }

    /** The parameters in force now (a scheduled reform may change them, docs/ODD.md 6). */
    private CoordinationParams params() {
        return model.inForce().coordination();
    }

    /** Whether this handling is the second department's part of a case passed on to it. */
    boolean isPartnerHandling(Issue issue, HandlingUnit unit) {
        return issue.crossDepartment() && !issue.partnerDone() && unit == issue.type.partner();
    }

    /** Effort multiplier for a unit's handling: a joint handling takes more, in one go. */
    double jointFactor(Issue issue, HandlingUnit unit) {
        return issue.crossDepartment() && !issue.partnerDone() && params().linkage() && unit != issue.type.partner()
                ? params().jointEffortFactor() : 1;
    }

    /**
     * Called when a unit finishes handling: returns true when the case now goes to its second department
     * (so it is not yet ready for feedback).
     */
    boolean passOnIfNeeded(Issue issue, HandlingUnit unit, double now) {
        if (!issue.crossDepartment() || issue.partnerDone()) {
            return false;
        }
        Department partner = issue.type.partner();
        if (params().linkage() || unit == partner) {
            issue.partnerPartDone();
            return false;
        }
        issue.passOn(now);
        model.partyBranches.mayConvene(issue, now);
        double delay = issue.escalated() ? 0 : Draws.exponential(model.draws.coordinationDelay.uniform(issue.key,
                issue.bounces()), params().coordinationDelayHours() * (1 - model.inForce().platform().dataSharing()));
        double at = now + delay;
        model.at(at, t -> arrive(issue, partner, t));
        return true;
    }

    private void arrive(Issue issue, Department partner, double now) {
        if (issue.state() != CaseState.PASSED_ON) {
            return;
        }
        issue.dispatch(partner.name(), true, now);
        boolean returned = !issue.escalated()
                && model.draws.crossReturns.uniform(issue.key, issue.bounces()) < params().crossDepartmentReturnRate();
        if (!returned) {
            partner.accept(issue, now);
            return;
        }
        issue.returnToFirstUnit(partner.name(), now);
        if (issue.bounces() > model.scenario().platform().bounceLimit()) {
            model.supervision.park(issue, ParkReason.BOUNCES, now);
            return;
        }
        // Back to the first unit's desk, then passed on again.
        double again = Draws.exponential(model.draws.coordinationDelay.uniform(issue.key, issue.bounces()),
                params().coordinationDelayHours() * (1 - model.inForce().platform().dataSharing()));
        double at = now + Draws.exponential(model.draws.returnDelay.uniform(issue.key, issue.bounces()),
                partner.params().returnDelayHours()) + again;
        model.at(at, t -> arrive(issue, partner, t));
    }
}
