package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.model.events.CancelReason;
import org.gridgov.model.events.CaseClosedListener;
import org.gridgov.model.events.CaseDispatchedListener;
import org.gridgov.model.events.CaseEscalatedListener;
import org.gridgov.model.events.CaseFiledListener;
import org.gridgov.model.events.CaseHandledListener;
import org.gridgov.model.events.CaseParkedListener;
import org.gridgov.model.events.CaseReturnedListener;
import org.gridgov.model.events.CaseStateListener;
import org.gridgov.model.events.CaseVerifiedListener;
import org.gridgov.model.events.DayEndedListener;
import org.gridgov.model.events.HandlingStartedListener;
import org.gridgov.model.events.IssueDiscoveredListener;
import org.gridgov.model.events.IssueOccurredListener;
import org.gridgov.model.events.IssueResolvedLocallyListener;
import org.gridgov.model.events.IssueTakenUpListener;
import org.gridgov.model.events.MediationFailedListener;
import org.gridgov.model.events.ParkReason;
import org.gridgov.model.events.ReportCancelledListener;
import org.gridgov.model.events.ResidentReportListener;
import org.gridgov.model.events.VolunteerJoinedListener;
import org.gridgov.model.events.VolunteerLeftListener;
import org.gridgov.model.events.VolunteerSessionListener;
import org.gridgov.model.events.WorkListener;
import org.gridgov.model.events.WorkerHiredListener;
import org.gridgov.model.events.WorkerQuitListener;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Observers see the model's events as they happen: each event carries the simulated time at which it is
 * published, never a time still to come, so an observer that counts "what happened by time t" (a daily
 * row, a measurement window, a run that ends at t) is never told about the future.
 */
class EventTimeTest {

    /** Checks every published event against the schedule's clock. */
    private static final class ClockCheck implements IssueOccurredListener, IssueDiscoveredListener,
            ReportCancelledListener, CaseFiledListener, CaseDispatchedListener, CaseReturnedListener,
            HandlingStartedListener, CaseHandledListener, CaseVerifiedListener, CaseClosedListener,
            CaseParkedListener, WorkListener, DayEndedListener, IssueTakenUpListener, MediationFailedListener,
            IssueResolvedLocallyListener, CaseEscalatedListener, ResidentReportListener, WorkerQuitListener,
            WorkerHiredListener, VolunteerJoinedListener, VolunteerLeftListener, VolunteerSessionListener,
            CaseStateListener {

        private final GridModel model;
        final List<String> wrong = new ArrayList<>();
        long events;

        ClockCheck(GridModel model) {
            this.model = model;
        }

        private void check(String event, double time, Issue issue) {
            events++;
            double now = model.schedule.getTime();
            if (time != now && wrong.size() < 10) {
                wrong.add(event + " at " + time + " published at " + now + (issue == null ? "" : " for " + issue));
            }
        }

        @Override public void issueOccurred(double time, Issue issue) { check("occurred", time, issue); }
        @Override public void issueDiscovered(double time, Issue issue, String channel) { check("discovered", time, issue); }
        @Override public void reportCancelled(double time, Issue issue, String channel, CancelReason reason) {
            check("report cancelled", time, issue);
        }
        @Override public void caseFiled(double time, Issue issue) { check("filed", time, issue); }
        @Override public void caseDispatched(double time, Issue issue, String unit, boolean responsible) {
            check("dispatched", time, issue);
        }
        @Override public void caseReturned(double time, Issue issue, String unit) { check("returned", time, issue); }
        @Override public void handlingStarted(double time, Issue issue, Staff staff) { check("handling started", time, issue); }
        @Override public void caseHandled(double time, Issue issue, Staff staff) { check("handled", time, issue); }
        @Override public void caseVerified(double time, Issue issue, Staff worker, boolean passed) {
            check("verified", time, issue);
        }
        @Override public void caseClosed(double time, Issue issue) { check("closed", time, issue); }
        @Override public void caseParked(double time, Issue issue, ParkReason reason) { check("parked", time, issue); }
        @Override public void caseStateChanged(double time, Issue issue, CaseState from, CaseState to) {
            check(from + " -> " + to, time, issue);
        }
        @Override public void dayEnded(int day, double time) { check("day " + day + " ended", time, null); }
        @Override public void issueTakenUp(double time, Issue issue) { check("taken up", time, issue); }
        @Override public void mediationFailed(double time, Issue issue) { check("mediation failed", time, issue); }
        @Override public void issueResolvedLocally(double time, Issue issue, ActorKind by) {
            check("resolved locally by " + by, time, issue);
        }
        @Override public void caseEscalated(double time, Issue issue) { check("escalated", time, issue); }
        @Override public void residentReported(double time, Issue issue, int household, String channel) {
            check("reported by household " + household, time, issue);
        }
        @Override public void workerQuit(double time, GridWorker worker) { check(worker + " quit", time, null); }
        @Override public void workerHired(double time, GridWorker worker) { check(worker + " hired", time, null); }
        @Override public void volunteerJoined(double time, Volunteer v) { check(v + " joined", time, null); }
        @Override public void volunteerLeft(double time, Volunteer v) { check(v + " left", time, null); }
        @Override public void volunteerSession(double start, double end, Volunteer v) {
            check("session of " + v + " from " + start, end, null);
        }

        @Override
        public void workDone(Staff staff, Activity activity, double start, double end, double hours) {
            check(activity + " by " + staff + " from " + start, end, null);
        }
    }

    @Test
    void everyEventCarriesTheTimeAtWhichItIsPublished() {
        // The conservation scenario has a case type the grid workers handle themselves, so the grid's
        // handling path (which may begin outside working hours) is exercised as well as the departments',
        // and every social actor of issue 3 is active.
        Scenario scenario = ModelRuns.load("conservation.yaml").scenario();
        List<ClockCheck> checks = new ArrayList<>();
        Simulation.run(new RunSpec(scenario, 11, 0, 60, 0, false), List.of(model -> {
            ClockCheck check = new ClockCheck(model);
            checks.add(check);
            return check;
        }));
        ClockCheck check = checks.get(0);
        assertTrue(check.events > 10_000, "too few events to mean anything: " + check.events);
        assertEquals(List.of(), check.wrong);
    }
}
