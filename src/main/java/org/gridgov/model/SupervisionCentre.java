package org.gridgov.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.model.events.CancelReason;
import org.gridgov.model.events.ParkReason;
import org.gridgov.rng.Draws;
import org.gridgov.scenario.PlatformParams;
import org.gridgov.scenario.PublicReportParams;
import org.gridgov.scenario.Urgency;

/**
 * The supervision centre's steps of the loop: check reports and file cases (cancelling invalid and
 * duplicate reports), request on-site verification after a unit's feedback, close verified cases, and
 * review the problem bank daily, parking cases that have waited too long.
 */
final class SupervisionCentre implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** The shortest queue of filed cases worth sweeping. */
    private static final int MIN_SWEEP = 1024;

    private final GridModel model;
    /** The platform's steps for a case, each after its delay (one handler for all cases: issue 13). */
    private final GridModel.Handler<Issue> filing = (issue, unused, t) -> file(issue, t);
    private final GridModel.Handler<Issue> verifying = (issue, unused, t) -> verify(issue, t);
    private final GridModel.Handler<Issue> closing = (issue, unused, t) -> close(issue, t);
    /**
     * Filed cases in filing order, for the daily review. Closed and parked ones drop out as they reach the head,
     * and are swept out all at once when the queue has doubled since the last sweep: otherwise every case would be
     * kept for the whole age limit after it closed (at ten million residents, 0.9 million cases, 190 MB, each one
     * copied by the collector). A case that is no longer open never opens again, so the review sees the same cases.
     */
    private final ArrayDeque<Issue> filedOrder = new ArrayDeque<>();
    /** The length of {@link #filedOrder} at which the next sweep is made. */
    private int sweepAt = MIN_SWEEP;

    SupervisionCentre(GridModel model) {
        this.model = model;
    }

    /** The parameters in force now (a scheduled reform may change them, docs/ODD.md 6). */
    private PlatformParams params() {
        return model.inForce().platform();
    }

    private PublicReportParams reports() {
        return model.inForce().publicReports();
    }

    private double filingDelay(Issue issue, int report) {
        double mean = params().filingDelayHours() * urgencyFactor(issue);
        return Draws.exponential(model.draws.filingDelay.uniform(issue.key, report), mean);
    }

    double urgencyFactor(Issue issue) {
        return issue.type.spec().urgency() == Urgency.URGENT ? params().urgentDelayFactor() : 1.0;
    }

    /** A grid worker filed an issue found on patrol. */
    void reportReceived(Issue issue, double now) {
        double at = now + filingDelay(issue, 0);
        model.at(at, filing, issue, 0);
    }

    /**
     * A resident's report arrives. One of an issue already known is merged into its case (the reporter will be
     * called back with the others). A new one is filed, unless it is vague (no exact location or photo): then
     * the centre first asks its reporter back, and loses the report if it cannot reach them (docs/ODD.md 7.27).
     */
    void residentReport(Issue issue, String channel, int witness, int household, double now) {
        issue.reportedBy(household, channel, now);
        if (issue.state() == CaseState.LATENT && vague(issue, channel, witness)) {
            double asked = now + Draws.exponential(model.draws.triage.uniform(issue.key, 3 * witness + 1),
                    reports().askBackHours());
            boolean reached = model.draws.triage.uniform(issue.key, 3 * witness + 2) < reports().askBackReached();
            model.at(asked, t -> {
                if (reached) {
                    fileReport(issue, channel, witness, household, t);
                } else {
                    model.bus.reportCancelled(t, issue, channel, CancelReason.VAGUE);
                }
            });
        } else {
            fileReport(issue, channel, witness, household, now);
        }
    }

    private boolean vague(Issue issue, String channel, int witness) {
        double p = reports().vagueShare() * (ResidentReporting.APP.equals(channel) ? reports().appVagueFactor() : 1);
        return model.draws.triage.uniform(issue.key, 3 * witness) < p;
    }

    /** A report with its details: new issues are filed, known ones merged into their case. */
    private void fileReport(Issue issue, String channel, int witness, int household, double now) {
        double at = now + filingDelay(issue, 1 + witness);
        if (issue.state() == CaseState.LATENT) {
            issue.discoverByReport(household, channel, now);
            model.at(at, filing, issue, 0);
        } else {
            model.at(at, t -> model.bus.reportCancelled(t, issue, channel, CancelReason.DUPLICATE));
        }
    }

    /** A report that turns out not to be a valid issue is cancelled once checked. */
    void invalidReport(String channel, double delay, double now) {
        double at = now + delay;
        model.at(at, t -> model.bus.reportCancelled(t, null, channel, CancelReason.INVALID));
    }

    private void file(Issue issue, double now) {
        filedOrder.add(issue);
        issue.file(now);
        model.command.dispatch(issue, now);
    }

    /** A unit reports a case handled: ask the cell's grid worker to verify it on site. */
    void feedback(Issue issue, boolean defective, double now) {
        issue.awaitVerification(defective, now);
        double at = now + Draws.exponential(model.draws.feedbackDelay.uniform(issue.key, issue.reworks()),
                params().feedbackDelayHours());
        model.at(at, verifying, issue, 0);
    }

    /** The cell's grid worker is asked to verify the handled case on site. */
    private void verify(Issue issue, double now) {
        model.workerFor(issue.cell).verify(issue, now);
    }

    /** A unit found the case cannot be handled: the platform accepts its explanation and closes it. */
    void cannotBeHandled(Issue issue, double now) {
        issue.closeAsCannotBeHandled(now);
        scheduleClose(issue, now);
    }

    /** The verification result: close, or send back for rework. */
    void verified(Issue issue, boolean passed, double now) {
        if (passed) {
            issue.awaitClosing(now);
            scheduleClose(issue, now);
        } else {
            issue.reopenForRework(now);
            model.command.rework(issue, now);
        }
    }

    /** A case the grid handled itself is closed after the platform records it. */
    void closeAfterFeedback(Issue issue, double now) {
        issue.awaitClosing(now);
        scheduleClose(issue, now);
    }

    private void scheduleClose(Issue issue, double now) {
        double at = now + Draws.exponential(model.draws.closingDelay.uniform(issue.key, issue.reworks()),
                params().closingDelayHours());
        model.at(at, closing, issue, 0);
    }

    /** Closes a case now (an on-the-spot fix is closed when done). */
    void close(Issue issue, double now) {
        issue.close(now);
        model.residentExperience(issue);
    }

    void park(Issue issue, ParkReason reason, double now) {
        issue.park(reason, now);
        model.residentExperience(issue);
    }

    /**
     * The daily problem-bank review: cases filed longer ago than the age limit that are still waiting
     * (for dispatch, in transit back from a unit, or in a department's queue) are parked. Cases being
     * worked on are left to finish.
     */
    void review(double now) {
        if (filedOrder.size() >= sweepAt) {
            filedOrder.removeIf(issue -> !issue.state().isOpenCase());
            sweepAt = Math.max(MIN_SWEEP, 2 * filedOrder.size());
        }
        double cutoff = now - params().parkAfterDays() * 24;
        List<Issue> stillOpen = new ArrayList<>();
        while (!filedOrder.isEmpty() && filedOrder.peekFirst().filedAt() <= cutoff) {
            Issue issue = filedOrder.pollFirst();
            if (!issue.state().isOpenCase()) {
                continue;
            }
            if (waiting(issue)) {
                park(issue, ParkReason.AGE, now);
            } else {
                stillOpen.add(issue);
            }
        }
        for (int i = stillOpen.size() - 1; i >= 0; i--) {
            filedOrder.addFirst(stillOpen.get(i));
        }
    }

    /** The filed cases the review follows now: the open ones, and finished ones not yet swept out. */
    int casesUnderReview() {
        return filedOrder.size();
    }

    private static boolean waiting(Issue issue) {
        switch (issue.state()) {
            case FILED:
            case RETURNING:
            case PASSED_ON:
                return true;
            case QUEUED:
                // Only a unit's queue can give a case up; a grid worker's queued task goes ahead.
                return issue.handlingUnit() != null && issue.handlingUnit().withdraw(issue);
            default:
                return false;
        }
    }
}
