package org.gridgov.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.gridgov.model.time.WorkCalendar;
import org.gridgov.scenario.DepartmentParams;

/**
 * A functional department: screens dispatched cases (returning those it considers not its own), queues
 * the rest by urgency and deadline, and has its staff handle them during their shifts. A handling may
 * fail to fix the issue; only the grid worker's verification can find that out.
 */
public final class Department implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Urgent first, then earliest deadline, then first filed (deadlines in working hours often tie, e.g.
     * for cases dispatched overnight), then first occurred.
     */
    static final Comparator<Issue> PRIORITY = Comparator
            .<Issue>comparingInt(i -> i.type.spec().urgency().ordinal())
            .thenComparingDouble(i -> i.deadline)
            .thenComparingDouble(i -> i.filedAt)
            .thenComparingInt(i -> i.id);

    private final GridModel model;
    private final DepartmentParams params;
    private final WorkCalendar calendar;
    private final List<DepartmentStaff> staff = new ArrayList<>();
    private final ArrayDeque<DepartmentStaff> free = new ArrayDeque<>();
    private final PriorityQueue<Issue> queue = new PriorityQueue<>(PRIORITY);
    private boolean wakeScheduled;

    Department(GridModel model, DepartmentParams params, WorkCalendar calendar, int staffCount) {
        this.model = model;
        this.params = params;
        this.calendar = calendar;
        for (int i = 1; i <= staffCount; i++) {
            DepartmentStaff s = new DepartmentStaff(this, i);
            staff.add(s);
            free.add(s);
        }
    }

    public String name() { return params.name(); }
    public DepartmentParams params() { return params; }
    public WorkCalendar calendar() { return calendar; }
    public List<DepartmentStaff> staff() { return Collections.unmodifiableList(staff); }
    /** Cases waiting for a free member of staff. */
    public int queueLength() { return queue.size(); }

    /** A dispatched case arrives: return it if it is not ours (or we say so), else queue it. */
    void receive(Issue issue, boolean responsible, double now) {
        boolean returnIt = !responsible
                || model.draws.returns.uniform(issue.key, issue.dispatches) < params.returnRate();
        if (returnIt) {
            model.command.returned(issue, this, now);
            return;
        }
        requeue(issue, now);
    }

    /** Queues a case this department accepts as its own (a new one, or one sent back for rework). */
    void requeue(Issue issue, double now) {
        issue.state = CaseState.QUEUED;
        queue.add(issue);
        assign(now);
    }

    /** Removes a waiting case, e.g. when it is parked; false if it was not waiting here. */
    boolean withdraw(Issue issue) {
        return queue.remove(issue);
    }

    private void assign(double now) {
        if (queue.isEmpty() || free.isEmpty()) {
            return;
        }
        if (!calendar.isOnDuty(now)) {
            // Nobody starts before the shift does, so urgent cases that arrive overnight still go first.
            if (!wakeScheduled) {
                wakeScheduled = true;
                double wake = calendar.nextOnDuty(now);
                model.at(wake, state -> {
                    wakeScheduled = false;
                    assign(wake);
                });
            }
            return;
        }
        while (!queue.isEmpty() && !free.isEmpty()) {
            start(free.poll(), queue.poll(), now);
        }
    }

    private void start(DepartmentStaff member, Issue issue, double now) {
        issue.state = CaseState.IN_HANDLING;
        issue.handlingStartedAt = now;
        member.current = issue;
        member.startedAt = now;
        model.bus.handlingStarted(now, issue, member);
        double effort = model.sampleEffort(issue);
        double end = calendar.addWorkingHours(now, effort);
        model.at(end, state -> finish(member, issue, end));
    }

    private void finish(DepartmentStaff member, Issue issue, double now) {
        model.bus.workDone(member, Activity.HANDLING, member.startedAt, now,
                calendar.workingHoursBetween(member.startedAt, now));
        member.current = null;
        free.add(member);
        issue.handler = name();
        issue.handledAt = now;
        issue.defective = model.draws.defects.uniform(issue.key, issue.reworks) < params.defectRate();
        model.bus.caseHandled(now, issue, member);
        model.supervision.feedback(issue, now);
        assign(now);
    }

    /** Reports the work in progress when the run ends. */
    void flushWork(double end) {
        for (DepartmentStaff member : staff) {
            if (member.current != null) {
                double hours = calendar.workingHoursBetween(member.startedAt, end);
                if (hours > 0) {
                    model.bus.workDone(member, Activity.HANDLING, member.startedAt, end, hours);
                }
                member.startedAt = end;
            }
        }
    }

    @Override
    public String toString() {
        return "department " + name();
    }
}
