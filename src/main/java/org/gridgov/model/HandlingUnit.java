package org.gridgov.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.gridgov.model.time.WorkCalendar;

/**
 * A unit that handles dispatched cases with its own staff: a functional department or an NGO whose
 * services are bought. It screens what arrives (returning cases it considers not its own), queues the
 * rest by escalation, urgency and deadline, and has its staff handle them during their shifts. A
 * handling may fail to fix the issue; only the grid worker's verification can find that out.
 */
public abstract class HandlingUnit implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** A member finishes the case in hand: a member handles one case at a time, from start to finish. */
    private static final GridModel.Handler<UnitStaff> FINISH =
            (member, unused, t) -> member.handlingUnit().finish(member, member.current, t);

    /**
     * Escalated first, then urgent, then earliest deadline, then first filed (deadlines in working hours
     * often tie, e.g. for cases dispatched overnight), then first occurred. One comparison of fields, not a
     * chain of key extractors: it runs on every queue operation (issue 13).
     */
    static final Comparator<Issue> PRIORITY = (a, b) -> {
        int c = Boolean.compare(b.escalated(), a.escalated());
        if (c == 0) {
            c = Integer.compare(a.type.spec().urgency().ordinal(), b.type.spec().urgency().ordinal());
        }
        if (c == 0) {
            c = Double.compare(a.deadline(), b.deadline());
        }
        if (c == 0) {
            c = Double.compare(a.filedAt(), b.filedAt());
        }
        return c != 0 ? c : Integer.compare(a.id, b.id);
    };

    final GridModel model;
    private final String name;
    private final WorkCalendar calendar;
    private final List<UnitStaff> staff = new ArrayList<>();
    private final ArrayDeque<UnitStaff> free = new ArrayDeque<>();
    /** Posts not abolished (docs/ODD.md 6). */
    private int openPosts;
    private final UnitQueue queue = new UnitQueue();
    private boolean wakeScheduled;

    HandlingUnit(GridModel model, String name, WorkCalendar calendar, int staffCount) {
        this.model = model;
        this.name = name;
        this.calendar = calendar;
        for (int i = 1; i <= staffCount; i++) {
            UnitStaff s = new UnitStaff(this, i);
            staff.add(s);
            free.add(s);
        }
        openPosts = staffCount;
    }

    /** Which kind of actor this unit (and each of its staff) is. */
    public abstract ActorKind kind();

    public String name() { return name; }
    public WorkCalendar calendar() { return calendar; }
    /** Every post the unit has had, abolished ones included (see {@link UnitStaff#closed()}). */
    public List<UnitStaff> staff() { return Collections.unmodifiableList(staff); }
    /** Posts not abolished. */
    public int openPosts() { return openPosts; }
    /** Cases waiting for a free member of staff. */
    public int queueLength() { return queue.size(); }

    /** Probability of returning a correctly dispatched case as "not ours". */
    abstract double returnRate();

    /** Mean clock hours before a returned case is back at the command centre. */
    abstract double returnDelayHours();

    /** Probability that a handling does not fix the issue. */
    abstract double defectRate();

    /** Handling effort relative to the case type's. */
    abstract double effortFactor();

    /** A dispatched case arrives: return it if it is not ours (or we say so), else queue it. */
    void receive(Issue issue, boolean responsible, double now) {
        boolean returnIt = !issue.escalated() && (!responsible
                || model.draws.returns.uniform(issue.key, issue.dispatches()) < returnRate());
        if (returnIt) {
            model.command.returned(issue, this, now);
            return;
        }
        accept(issue, now);
    }

    /** Queues a case this unit takes as its own (a new one, or one sent back for rework). */
    void accept(Issue issue, double now) {
        issue.queueAt(this, now);
        queue.add(issue);
        assign(now);
    }

    /** Removes a waiting case, e.g. when it is parked; false if it was not waiting here. */
    boolean withdraw(Issue issue) {
        return queue.remove(issue);
    }

    /** Escalates a case assigned here, moving it to the head of the queue if it waits in it. */
    void escalate(Issue issue, double now) {
        boolean waiting = queue.remove(issue);
        issue.escalate(now);
        if (waiting) {
            queue.add(issue);
        }
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
                model.at(wake, t -> {
                    wakeScheduled = false;
                    assign(t);
                });
            }
            return;
        }
        while (!queue.isEmpty() && !free.isEmpty()) {
            start(free.poll(), queue.poll(), now);
        }
    }

    private void start(UnitStaff member, Issue issue, double now) {
        member.current = issue;
        member.startedAt = now;
        issue.startHandling(member, now);
        double effort = model.coordination().isPartnerHandling(issue, this) ? model.samplePartnerEffort(issue)
                : model.sampleEffort(issue) * effortFactor() * model.coordination().jointFactor(issue, this);
        double end = calendar.addWorkingHours(now, effort);
        model.at(end, FINISH, member, 0);
    }

    private void finish(UnitStaff member, Issue issue, double now) {
        model.bus.workDone(member, Activity.HANDLING, member.startedAt, now,
                calendar.workingHoursBetween(member.startedAt, now));
        member.current = null;
        if (member.closing) {
            member.closed = true;
            model.bus.postClosed(now, member, true);
        } else {
            free.add(member);
        }
        issue.handled(name, member, now);
        if (!model.coordination().passOnIfNeeded(issue, this, now)) {
            if (issue.reworks() == 0
                    && model.draws.cannotHandle.uniform(issue.key, 0) < issue.type.spec().cannotHandleShare()) {
                // Having looked at it, the unit finds it beyond its powers or means (docs/ODD.md 7.27).
                model.supervision.cannotBeHandled(issue, now);
            } else {
                boolean defective = model.draws.defects.uniform(issue.key, issue.reworks()) < defectRate();
                model.supervision.feedback(issue, defective, now);
            }
        }
        assign(now);
    }

    /**
     * A scheduled reform changes the number of posts (docs/ODD.md 6): new posts start at once; abolished ones
     * are the highest-numbered, free ones at once and busy ones when they finish the case in hand.
     */
    void staffTo(int posts, double now) {
        for (int i = staff.size() - 1; i >= 0 && openPosts > posts; i--) {
            UnitStaff s = staff.get(i);
            if (!s.closed && !s.closing) {
                openPosts--;
                if (free.remove(s)) {
                    s.closed = true;
                    model.bus.postClosed(now, s, true);
                } else {
                    s.closing = true;
                }
            }
        }
        while (openPosts < posts) {
            UnitStaff s = new UnitStaff(this, staff.size() + 1);
            staff.add(s);
            free.add(s);
            openPosts++;
            model.bus.postOpened(now, s);
        }
        assign(now);
    }

    /** Reports the work in progress when the run ends. */
    void flushWork(double end) {
        for (UnitStaff member : staff) {
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
        return name;
    }
}
