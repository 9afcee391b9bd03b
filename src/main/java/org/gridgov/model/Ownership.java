package org.gridgov.model;

import org.gridgov.model.events.ParkReason;
import org.gridgov.model.time.WorkCalendar;
import org.gridgov.rng.Draws;
import org.gridgov.rng.KeyedStream;
import org.gridgov.scenario.CaseType;
import org.gridgov.scenario.OwnershipParams;

/**
 * Who owns the asset behind a component case (ODD section 7.26). The command centre looks the owner up when it
 * first routes the case: the type's department (routed as usual), a company outside the platform (the case is
 * handed over and the city can only chase it), or nobody on record. An asset registry puts part of the
 * unrecorded components on record. With the linkage mechanism the type's department becomes the default owner
 * of an unrecorded one; without it the case goes to candidate owners in turn, each of which checks its records
 * and accepts it or returns it as "not ours", and it is parked when every candidate has returned it.
 *
 * <p>Draws come from two streams of their own, keyed by the issue, so cases without ownership in doubt draw
 * nothing and every other draw of the model is unchanged.
 */
final class Ownership implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    // Draw indices in the ownership stream; candidate k uses the three from CANDIDATE_DRAWS + 3k.
    private static final int RECORD_DRAW = 0;
    private static final int CENSUS_DRAW = 1;
    private static final int TRUE_OWNER_DRAW = 2;
    private static final int CANDIDATE_DRAWS = 3;

    private final GridModel model;
    private final KeyedStream draws;
    private final KeyedStream fixTimes;
    private final OutsideOwner outside;

    Ownership(GridModel model, KeyedStream draws, KeyedStream fixTimes) {
        this.model = model;
        this.outside = new OutsideOwner(model.newStaffSerial());
        this.draws = draws;
        this.fixTimes = fixTimes;
    }

    /** The parameters in force now (a scheduled reform may change them, docs/ODD.md 6). */
    private OwnershipParams params() {
        return model.inForce().componentOwnership();
    }

    /**
     * Called as the command centre routes a case: returns true when ownership takes the case (a handed-over or
     * disputed component), false when the command centre routes it to the type's department as usual.
     */
    boolean takes(Issue issue, double now) {
        CaseType spec = issue.type.spec();
        if (!spec.ownershipInDoubt()) {
            return false;
        }
        if (issue.owner() == null) {
            lookUp(issue, spec, now);
        }
        switch (issue.owner()) {
            case OUTSIDE:
                handOver(issue, now);
                return true;
            case UNCONFIRMED:
                ask(issue, now);
                return true;
            default:
                return false;
        }
    }

    private void lookUp(Issue issue, CaseType spec, double now) {
        double u = draws.uniform(issue.key, RECORD_DRAW);
        if (u < spec.outsideOwnerShare()) {
            issue.ownerLookedUp(ComponentOwner.OUTSIDE);
        } else if (u >= spec.outsideOwnerShare() + spec.unclearOwnerShare()) {
            issue.ownerLookedUp(ComponentOwner.DEPARTMENT);
        } else if (draws.uniform(issue.key, CENSUS_DRAW) < params().assetRegistry()) {
            // The census found its owner: on record from then on, like any other.
            issue.ownerLookedUp(trueOwner(issue));
        } else if (model.inForce().coordination().linkage()) {
            issue.ownerLookedUp(ComponentOwner.UNCONFIRMED);
            issue.ownerConfirmed(ComponentOwner.DEFAULT, now);
        } else {
            issue.ownerLookedUp(ComponentOwner.UNCONFIRMED);
        }
    }

    /** The real owner of an unrecorded component: outside or the department, in the type's recorded proportion. */
    private ComponentOwner trueOwner(Issue issue) {
        CaseType spec = issue.type.spec();
        double recorded = 1 - spec.unclearOwnerShare();
        double outsideShare = recorded > 0 ? spec.outsideOwnerShare() / recorded : 0;
        return draws.uniform(issue.key, TRUE_OWNER_DRAW) < outsideShare ? ComponentOwner.OUTSIDE
                : ComponentOwner.DEPARTMENT;
    }

    /** Sends the case to the next candidate owner, who answers after checking its records. */
    private void ask(Issue issue, double now) {
        int k = issue.ownershipDisputes();
        model.command.setDeadline(issue, responsibleCalendar(issue), now);
        issue.dispatch(ComponentOwner.CANDIDATE, true, now);
        issue.toCandidateOwner(now);
        boolean accepts = draws.uniform(issue.key, CANDIDATE_DRAWS + 3 * k) < params().candidateAcceptance();
        double at = now + Draws.exponential(draws.uniform(issue.key, CANDIDATE_DRAWS + 3 * k + 1),
                params().ownerCheckHours());
        model.at(at, t -> {
            if (issue.state() != CaseState.OWNER_CHECK) {
                return;
            }
            if (accepts) {
                accepted(issue, t);
            } else {
                disowned(issue, k, t);
            }
        });
    }

    private void accepted(Issue issue, double now) {
        ComponentOwner owner = trueOwner(issue);
        issue.ownerConfirmed(owner, now);
        if (owner == ComponentOwner.OUTSIDE) {
            handOver(issue, now);
        } else {
            issue.type.department().accept(issue, now);
        }
    }

    private void disowned(Issue issue, int k, double now) {
        issue.disownedBy(ComponentOwner.CANDIDATE, now);
        if (issue.ownershipDisputes() >= params().candidateOwners()) {
            issue.ownerless();
            model.supervision.park(issue, ParkReason.NO_OWNER, now);
            return;
        }
        double at = now + Draws.exponential(draws.uniform(issue.key, CANDIDATE_DRAWS + 3 * k + 2),
                model.inForce().platform().redispatchDelayHours());
        model.at(at, t -> {
            if (issue.state() == CaseState.RETURNING) {
                issue.backForRedispatch(t);
                ask(issue, t);
            }
        });
    }

    /**
     * The owner outside the platform fixes it after a time drawn from the type's own distribution, whatever
     * the city does; the city's time limit still runs, as bulletins rank such companies by it. The command
     * centre chases the owner at fixed intervals until the fix.
     */
    private void handOver(Issue issue, double now) {
        model.command.setDeadline(issue, responsibleCalendar(issue), now);
        issue.dispatch(OutsideOwner.UNIT, true, now);
        issue.handToOwner(outside, now);
        double hours = GridModel.sample(issue.type.spec().outsideOwnerHours(), fixTimes, issue.key, 0);
        model.at(now + hours, t -> {
            issue.handled(OutsideOwner.UNIT, outside, t);
            // Verification follows as for any unit; a fix by the owner is taken to be sound (section 12).
            model.supervision.feedback(issue, false, t);
        });
        chaseFrom(issue, now);
    }

    private void chaseFrom(Issue issue, double now) {
        model.at(now + params().chaseIntervalDays() * 24, t -> {
            if (issue.state() == CaseState.WITH_OWNER) {
                issue.chased();
                chaseFrom(issue, t);
            }
        });
    }

    private static WorkCalendar responsibleCalendar(Issue issue) {
        return issue.type.department().calendar();
    }

    /** The owners outside the platform, as one actor: their staff and hours are their own. */
    static final class OutsideOwner implements Staff, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        static final String UNIT = ActorKind.OUTSIDE_OWNER.label();

        private final int serial;

        OutsideOwner(int serial) {
            this.serial = serial;
        }

        @Override public ActorKind kind() { return ActorKind.OUTSIDE_OWNER; }
        @Override public String unit() { return UNIT; }
        @Override public int number() { return 1; }
        @Override public int serial() { return serial; }
        @Override public WorkCalendar calendar() { return WorkCalendar.ALWAYS; }

        @Override
        public String toString() {
            return "its owner outside the platform";
        }
    }
}
