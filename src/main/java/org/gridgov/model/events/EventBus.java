package org.gridgov.model.events;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.model.Activity;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;

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
        if (!any) {
            throw new IllegalArgumentException(observer.getClass().getName() + " implements no listener interface");
        }
        return observer;
    }

    /** Forgets every registered observer. */
    public void clear() {
        for (List<?> list : List.of(occurred, discovered, cancelled, filed, dispatched, returned, started, handled,
                verified, closed, parked, work, days)) {
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
}
