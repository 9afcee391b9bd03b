package org.gridgov.model;

import org.gridgov.rng.KeyedStream;
import org.gridgov.rng.RandomStreams;
import org.gridgov.scenario.PartyBuildingParams;

/**
 * The grid party branches (one per cell, all alike). At the daily review a branch escalates each overdue
 * case not yet handled, once, with the branch's strength as probability; on a cross-department case it may
 * convene the departments. An escalated case goes to the head of its unit's queue and can no longer be
 * returned as "not ours". The two decisions have their own keyed streams, keyed by the issue.
 */
final class PartyBranches implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final GridModel model;
    /** Dispatched cases by deadline, for the overdue check (only when the branches are active). */
    private final DueQueue<Issue> byDeadline = new DueQueue<>();

    private final KeyedStream overdueEscalation;
    private final KeyedStream convening;

    PartyBranches(GridModel model, RandomStreams streams) {
        this.model = model;
        this.overdueEscalation = streams.keyed("party-overdue-escalation");
        this.convening = streams.keyed("party-convening");
    }

    /** The parameters in force now (a scheduled reform may change them, docs/ODD.md 6). */
    private PartyBuildingParams params() {
        return model.inForce().partyBuilding();
    }

    /** Watches a newly dispatched case's deadline. */
    void deadlineSet(Issue issue) {
        if (params().strength() > 0) {
            byDeadline.add(issue, issue.deadline(), issue.id);
        }
    }

    /** Each overdue case not yet handled is escalated once, with the branch's strength as probability. */
    void escalateOverdue(double now) {
        while (!byDeadline.isEmpty() && byDeadline.firstDue() < now) {
            Issue issue = byDeadline.poll();
            boolean unhandled = issue.state().isOpenCase() && Double.isNaN(issue.handledAt());
            if (unhandled && overdueEscalation.uniform(issue.key, 0) < params().strength()) {
                escalate(issue, now);
            }
        }
    }

    /**
     * A cross-department case is about to be passed on: the branch convenes the departments (escalating
     * the case) with its strength as probability, unless the case is escalated already.
     */
    void mayConvene(Issue issue, double now) {
        if (!issue.escalated() && convening.uniform(issue.key, 0) < params().strength()) {
            escalate(issue, now);
        }
    }

    /** The branch takes a case up: it goes to the head of its unit's queue and stays there. */
    private void escalate(Issue issue, double now) {
        if (issue.escalated()) {
            return;
        }
        if (issue.state() == CaseState.QUEUED && issue.handlingUnit() != null) {
            issue.handlingUnit().escalate(issue, now);
        } else {
            issue.escalate(now);
        }
    }
}
