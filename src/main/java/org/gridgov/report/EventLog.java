package org.gridgov.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.gridgov.model.Activity;
import org.gridgov.model.ActorKind;
import org.gridgov.model.CaseState;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.model.Volunteer;
import org.gridgov.model.events.CancelReason;
import org.gridgov.model.events.CallbackListener;
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
import org.gridgov.model.events.LeversChangedListener;
import org.gridgov.model.events.MediationFailedListener;
import org.gridgov.model.events.ParkReason;
import org.gridgov.model.events.PostListener;
import org.gridgov.model.events.ReportCancelledListener;
import org.gridgov.model.events.ResidentReportListener;
import org.gridgov.model.events.VolunteerJoinedListener;
import org.gridgov.model.events.VolunteerLeftListener;
import org.gridgov.model.events.VolunteerSessionListener;
import org.gridgov.model.events.WorkListener;
import org.gridgov.model.events.WorkerHiredListener;
import org.gridgov.model.events.WorkerQuitListener;
import org.gridgov.scenario.Scenario;

/**
 * {@code events.csv}: every event the model publishes, one line each in the order published, for
 * regression tests that compare a run with a stored reference (MATSim's practice) and for following a
 * case step by step. Columns: the time in hours, the event, the case's id, type and state when the event
 * was published (empty for events that are not about a case) and the event's details as
 * {@code key=value} pairs separated by spaces. Lines are written as the run goes, not kept.
 */
public final class EventLog implements IssueOccurredListener, IssueDiscoveredListener, ReportCancelledListener,
        CaseFiledListener, CaseDispatchedListener, CaseReturnedListener, HandlingStartedListener,
        CaseHandledListener, CaseVerifiedListener, CaseClosedListener, CaseParkedListener, WorkListener,
        DayEndedListener, IssueTakenUpListener, MediationFailedListener, IssueResolvedLocallyListener,
        CaseEscalatedListener, ResidentReportListener, CallbackListener, WorkerQuitListener, WorkerHiredListener, PostListener, LeversChangedListener,
        VolunteerJoinedListener, VolunteerLeftListener, VolunteerSessionListener, CaseStateListener {

    /** The header line. */
    public static final String HEADER = "time,event,case_id,type,state,details";

    private final Appendable out;

    /** Writes the header at once, then a line per event. */
    public EventLog(Appendable out) {
        this.out = out;
        write(HEADER + "\n");
    }

    private void line(double time, String event, Issue issue, String details) {
        StringBuilder b = new StringBuilder(64);
        b.append(String.format(Locale.ROOT, "%.6f", time)).append(',').append(event).append(',');
        if (issue != null) {
            b.append(issue.id()).append(',').append(issue.type().name()).append(',').append(lower(issue.state()));
        } else {
            b.append(",,");
        }
        write(b.append(',').append(details).append('\n'));
    }

    private void write(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the event log", e);
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String staff(Staff s) {
        return "staff=" + s.unit() + "/" + s.number();
    }

    private static String hours(double h) {
        return String.format(Locale.ROOT, "%.6f", h);
    }

    @Override public void issueOccurred(double time, Issue issue) {
        line(time, "issue_occurred", issue, "cell=" + issue.cell().id());
    }

    @Override public void issueDiscovered(double time, Issue issue, String channel) {
        line(time, "issue_discovered", issue, "channel=" + channel);
    }

    @Override public void reportCancelled(double time, Issue issue, String channel, CancelReason reason) {
        line(time, "report_cancelled", issue, "channel=" + channel + " reason=" + lower(reason));
    }

    @Override public void caseFiled(double time, Issue issue) {
        line(time, "case_filed", issue, "");
    }

    @Override public void caseDispatched(double time, Issue issue, String unit, boolean responsible) {
        line(time, "case_dispatched", issue, "unit=" + unit + " responsible=" + responsible);
    }

    @Override public void caseReturned(double time, Issue issue, String unit) {
        line(time, "case_returned", issue, "unit=" + unit);
    }

    @Override public void handlingStarted(double time, Issue issue, Staff staff) {
        line(time, "handling_started", issue, staff(staff));
    }

    @Override public void caseHandled(double time, Issue issue, Staff staff) {
        line(time, "case_handled", issue, staff(staff));
    }

    @Override public void caseVerified(double time, Issue issue, Staff worker, boolean passed) {
        line(time, "case_verified", issue, staff(worker) + " passed=" + passed);
    }

    @Override public void caseClosed(double time, Issue issue) {
        line(time, "case_closed", issue, "");
    }

    @Override public void caseParked(double time, Issue issue, ParkReason reason) {
        line(time, "case_parked", issue, "reason=" + lower(reason));
    }

    @Override public void caseStateChanged(double time, Issue issue, CaseState from, CaseState to) {
        line(time, "state_changed", issue, "from=" + lower(from) + " to=" + lower(to));
    }

    @Override public void workDone(Staff staff, Activity activity, double start, double end, double hours) {
        line(end, "work_done", null, staff(staff) + " activity=" + lower(activity) + " start=" + hours(start)
                + " hours=" + hours(hours));
    }

    @Override public void dayEnded(int day, double time) {
        line(time, "day_ended", null, "day=" + day);
    }

    @Override public void issueTakenUp(double time, Issue issue) {
        line(time, "issue_taken_up", issue, "");
    }

    @Override public void mediationFailed(double time, Issue issue) {
        line(time, "mediation_failed", issue, "");
    }

    @Override public void issueResolvedLocally(double time, Issue issue, ActorKind by) {
        line(time, "issue_resolved_locally", issue, "by=" + by.label());
    }

    @Override public void caseEscalated(double time, Issue issue) {
        line(time, "case_escalated", issue, "");
    }

    @Override public void residentReported(double time, Issue issue, int household, String channel) {
        line(time, "resident_reported", issue, "household=" + household + " channel=" + channel);
    }

    @Override public void calledBack(double time, Issue issue, int household, boolean resolved, boolean satisfied) {
        line(time, "called_back", issue, "household=" + household + " resolved=" + resolved + " satisfied=" + satisfied);
    }

    @Override public void workerQuit(double time, GridWorker worker) {
        line(time, "worker_quit", null, staff(worker));
    }

    @Override public void workerHired(double time, GridWorker worker) {
        line(time, "worker_hired", null, staff(worker));
    }

    @Override public void postOpened(double time, Staff staff) {
        line(time, "post_opened", null, staff(staff));
    }

    @Override public void postClosed(double time, Staff staff, boolean filled) {
        line(time, "post_closed", null, staff(staff) + (filled ? "" : " vacant"));
    }

    @Override public void leversChanged(double time, Scenario inForce) {
        line(time, "levers_changed", null, "day=" + (int) Math.round(time / 24));
    }

    @Override public void volunteerJoined(double time, Volunteer volunteer) {
        line(time, "volunteer_joined", null, "volunteer=" + volunteer.number() + " cell=" + volunteer.home().id());
    }

    @Override public void volunteerLeft(double time, Volunteer volunteer) {
        line(time, "volunteer_left", null, "volunteer=" + volunteer.number());
    }

    @Override public void volunteerSession(double start, double end, Volunteer volunteer) {
        line(end, "volunteer_session", null, "volunteer=" + volunteer.number() + " start=" + hours(start));
    }
}
