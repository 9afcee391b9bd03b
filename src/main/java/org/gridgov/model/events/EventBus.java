package org.gridgov.model.events;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.model.Activity;
import org.gridgov.model.ActorKind;
import org.gridgov.model.CaseState;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.model.Volunteer;

/**
 * Publishes what happens in the model to the observers that measure it. An observer implements the
 * listener interfaces for the events it needs and is registered once; the model itself keeps no
 * statistics.
 */
public final class EventBus implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<IssueOccurredListener> occurred = new ArrayList<>();
    private final List<IssueDiscoveredListener> discovered = new ArrayList<>();
    private final List<ReportCancelledListener> cancelled = new ArrayList<>();
    private final List<CaseFiledListener> filed = new ArrayList<>();
    private final List<CaseDispatchedListener> dispatched = new ArrayList<>();
    private final List<CaseReturnedListener> returned = new ArrayList<>();
    private final List<HandlingStartedListener> started = new ArrayList<>();
    private final List<CaseHandledListener> handled = new ArrayList<>();
    private final List<CaseVerifiedListener> verified = new ArrayList<>();
    private final List<CaseClosedListener> closed = new ArrayList<>();
    private final List<CaseParkedListener> parked = new ArrayList<>();
    private final List<WorkListener> work = new ArrayList<>();
    private final List<DayEndedListener> days = new ArrayList<>();
    private final List<IssueTakenUpListener> takenUp = new ArrayList<>();
    private final List<MediationFailedListener> mediationFailed = new ArrayList<>();
    private final List<IssueResolvedLocallyListener> resolvedLocally = new ArrayList<>();
    private final List<CaseEscalatedListener> escalated = new ArrayList<>();
    private final List<ResidentReportListener> residentReports = new ArrayList<>();
    private final List<CallbackListener> callbacks = new ArrayList<>();
    private final List<WorkerQuitListener> quits = new ArrayList<>();
    private final List<WorkerHiredListener> hires = new ArrayList<>();
    private final List<VolunteerJoinedListener> joined = new ArrayList<>();
    private final List<VolunteerLeftListener> left = new ArrayList<>();
    private final List<VolunteerSessionListener> sessions = new ArrayList<>();
    private final List<CaseStateListener> states = new ArrayList<>();
    private final List<PostListener> posts = new ArrayList<>();
    private final List<LeversChangedListener> levers = new ArrayList<>();

    /** Registers an observer for every listener interface it implements; returns it for chaining. */
    public <T> T register(T observer) {
        boolean any = false;
        any |= add(occurred, IssueOccurredListener.class, observer);
        any |= add(discovered, IssueDiscoveredListener.class, observer);
        any |= add(cancelled, ReportCancelledListener.class, observer);
        any |= add(filed, CaseFiledListener.class, observer);
        any |= add(dispatched, CaseDispatchedListener.class, observer);
        any |= add(returned, CaseReturnedListener.class, observer);
        any |= add(started, HandlingStartedListener.class, observer);
        any |= add(handled, CaseHandledListener.class, observer);
        any |= add(verified, CaseVerifiedListener.class, observer);
        any |= add(closed, CaseClosedListener.class, observer);
        any |= add(parked, CaseParkedListener.class, observer);
        any |= add(work, WorkListener.class, observer);
        any |= add(days, DayEndedListener.class, observer);
        any |= add(takenUp, IssueTakenUpListener.class, observer);
        any |= add(mediationFailed, MediationFailedListener.class, observer);
        any |= add(resolvedLocally, IssueResolvedLocallyListener.class, observer);
        any |= add(escalated, CaseEscalatedListener.class, observer);
        any |= add(residentReports, ResidentReportListener.class, observer);
        any |= add(callbacks, CallbackListener.class, observer);
        any |= add(quits, WorkerQuitListener.class, observer);
        any |= add(hires, WorkerHiredListener.class, observer);
        any |= add(joined, VolunteerJoinedListener.class, observer);
        any |= add(left, VolunteerLeftListener.class, observer);
        any |= add(sessions, VolunteerSessionListener.class, observer);
        any |= add(states, CaseStateListener.class, observer);
        any |= add(posts, PostListener.class, observer);
        any |= add(levers, LeversChangedListener.class, observer);
        if (!any) {
            throw new IllegalArgumentException(observer.getClass().getName() + " implements no listener interface");
        }
        return observer;
    }

    /** Forgets every registered observer. */
    public void clear() {
        for (List<?> list : List.of(occurred, discovered, cancelled, filed, dispatched, returned, started, handled,
                verified, closed, parked, work, days, takenUp, mediationFailed, resolvedLocally, escalated,
                residentReports, callbacks, quits, hires, joined, left, sessions, states, posts, levers)) {
            list.clear();
        }
    }

    private static <L> boolean add(List<L> list, Class<L> type, Object observer) {
        if (type.isInstance(observer)) {
            list.add(type.cast(observer));
            return true;
        }
        return false;
    }

    public void issueOccurred(double time, Issue issue) {
        for (int i = 0; i < occurred.size(); i++) {
            occurred.get(i).issueOccurred(time, issue);
        }
    }

    public void issueDiscovered(double time, Issue issue, String channel) {
        for (int i = 0; i < discovered.size(); i++) {
            discovered.get(i).issueDiscovered(time, issue, channel);
        }
    }

    public void reportCancelled(double time, Issue issue, String channel, CancelReason reason) {
        for (int i = 0; i < cancelled.size(); i++) {
            cancelled.get(i).reportCancelled(time, issue, channel, reason);
        }
    }

    public void caseFiled(double time, Issue issue) {
        for (int i = 0; i < filed.size(); i++) {
            filed.get(i).caseFiled(time, issue);
        }
    }

    public void caseDispatched(double time, Issue issue, String unit, boolean responsible) {
        for (int i = 0; i < dispatched.size(); i++) {
            dispatched.get(i).caseDispatched(time, issue, unit, responsible);
        }
    }

    public void caseReturned(double time, Issue issue, String unit) {
        for (int i = 0; i < returned.size(); i++) {
            returned.get(i).caseReturned(time, issue, unit);
        }
    }

    public void handlingStarted(double time, Issue issue, Staff staff) {
        for (int i = 0; i < started.size(); i++) {
            started.get(i).handlingStarted(time, issue, staff);
        }
    }

    public void caseHandled(double time, Issue issue, Staff staff) {
        for (int i = 0; i < handled.size(); i++) {
            handled.get(i).caseHandled(time, issue, staff);
        }
    }

    public void caseVerified(double time, Issue issue, Staff worker, boolean passed) {
        for (int i = 0; i < verified.size(); i++) {
            verified.get(i).caseVerified(time, issue, worker, passed);
        }
    }

    public void caseClosed(double time, Issue issue) {
        for (int i = 0; i < closed.size(); i++) {
            closed.get(i).caseClosed(time, issue);
        }
    }

    public void caseParked(double time, Issue issue, ParkReason reason) {
        for (int i = 0; i < parked.size(); i++) {
            parked.get(i).caseParked(time, issue, reason);
        }
    }

    public void workDone(Staff staff, Activity activity, double start, double end, double hours) {
        for (int i = 0; i < work.size(); i++) {
            work.get(i).workDone(staff, activity, start, end, hours);
        }
    }

    public void dayEnded(int day, double time) {
        for (int i = 0; i < days.size(); i++) {
            days.get(i).dayEnded(day, time);
        }
    }

    public void issueTakenUp(double time, Issue issue) {
        for (int i = 0; i < takenUp.size(); i++) {
            takenUp.get(i).issueTakenUp(time, issue);
        }
    }

    public void mediationFailed(double time, Issue issue) {
        for (int i = 0; i < mediationFailed.size(); i++) {
            mediationFailed.get(i).mediationFailed(time, issue);
        }
    }

    public void issueResolvedLocally(double time, Issue issue, ActorKind by) {
        for (int i = 0; i < resolvedLocally.size(); i++) {
            resolvedLocally.get(i).issueResolvedLocally(time, issue, by);
        }
    }

    public void caseEscalated(double time, Issue issue) {
        for (int i = 0; i < escalated.size(); i++) {
            escalated.get(i).caseEscalated(time, issue);
        }
    }

    public void calledBack(double time, Issue issue, int household, boolean resolved, boolean satisfied) {
        for (int i = 0; i < callbacks.size(); i++) {
            callbacks.get(i).calledBack(time, issue, household, resolved, satisfied);
        }
    }

    public void residentReported(double time, Issue issue, int household, String channel) {
        for (int i = 0; i < residentReports.size(); i++) {
            residentReports.get(i).residentReported(time, issue, household, channel);
        }
    }

    public void workerQuit(double time, GridWorker worker) {
        for (int i = 0; i < quits.size(); i++) {
            quits.get(i).workerQuit(time, worker);
        }
    }

    public void workerHired(double time, GridWorker worker) {
        for (int i = 0; i < hires.size(); i++) {
            hires.get(i).workerHired(time, worker);
        }
    }

    public void leversChanged(double time, org.gridgov.scenario.Scenario inForce) {
        for (int i = 0; i < levers.size(); i++) {
            levers.get(i).leversChanged(time, inForce);
        }
    }

    public void postOpened(double time, Staff staff) {
        for (int i = 0; i < posts.size(); i++) {
            posts.get(i).postOpened(time, staff);
        }
    }

    public void postClosed(double time, Staff staff, boolean filled) {
        for (int i = 0; i < posts.size(); i++) {
            posts.get(i).postClosed(time, staff, filled);
        }
    }

    public void volunteerJoined(double time, Volunteer volunteer) {
        for (int i = 0; i < joined.size(); i++) {
            joined.get(i).volunteerJoined(time, volunteer);
        }
    }

    public void volunteerLeft(double time, Volunteer volunteer) {
        for (int i = 0; i < left.size(); i++) {
            left.get(i).volunteerLeft(time, volunteer);
        }
    }

    public void volunteerSession(double start, double end, Volunteer volunteer) {
        for (int i = 0; i < sessions.size(); i++) {
            sessions.get(i).volunteerSession(start, end, volunteer);
        }
    }

    public void caseStateChanged(double time, Issue issue, CaseState from, CaseState to) {
        for (int i = 0; i < states.size(); i++) {
            states.get(i).caseStateChanged(time, issue, from, to);
        }
    }
}
