package org.gridgov.observe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

import org.gridgov.model.Activity;
import org.gridgov.model.HandlingUnit;
import org.gridgov.model.GridModel;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.model.events.CaseHandledListener;
import org.gridgov.model.events.CaseVerifiedListener;
import org.gridgov.model.events.PostListener;
import org.gridgov.model.events.WorkListener;
import org.gridgov.model.events.WorkerHiredListener;
import org.gridgov.model.events.WorkerQuitListener;
import org.gridgov.stats.Stats;

/**
 * Working hours of every member of staff by activity, and the cases each handled, over the window. A grid
 * worker's post is not on duty while it is vacant, nor before a scheduled reform creates it or after one
 * abolishes it (docs/ODD.md 6).
 */
public final class Workload implements WorkListener, CaseHandledListener, CaseVerifiedListener, WorkerQuitListener,
        WorkerHiredListener, PostListener {

    private static final Activity[] ACTIVITIES = Activity.values();
    /** What is tallied for every member of staff in {@link #tallies}: hours of each activity, then these counts. */
    private static final int CASES_HANDLED = ACTIVITIES.length;
    private static final int VERIFICATIONS = ACTIVITIES.length + 1;
    private static final int MEASURES = ACTIVITIES.length + 2;

    /** One member of staff's account. */
    public static final class Account {
        private final Workload workload;
        private final Staff staff;
        private final MeasuredWindow window;
        private final double end;
        private final Tally vacantHours;
        private double vacantSince = Double.NaN;
        /** When the post was created and abolished, if during the run. */
        private double openedAt = Double.NEGATIVE_INFINITY;
        private double closedAt = Double.POSITIVE_INFINITY;
        private final Tally quits;
        private final DoubleBinaryOperator shiftHours;
        /** Shift hours from the window's start, computed once per start. */
        private double scheduledHours;
        private int scheduledFrom = -1;

        Account(Workload workload, Staff staff, MeasuredWindow window, double end) {
            this.workload = workload;
            this.staff = staff;
            this.window = window;
            this.end = end;
            this.vacantHours = new Tally(window);
            this.quits = new Tally(window);
            this.shiftHours = (s, e) -> staff.calendar().workingHoursBetween(s, e);
        }

        public Staff staff() { return staff; }
        /** Shift hours in the window while the post was filled. */
        public double hoursOnDuty() {
            if (scheduledFrom != window.startDay()) {
                scheduledFrom = window.startDay();
                scheduledHours = workingHours(window.startHours(), end);
            }
            return scheduledHours - hoursVacant();
        }
        /** Shift hours in the window while the post was vacant. */
        public double hoursVacant() {
            return vacantHours.inWindow() + (Double.isNaN(vacantSince) ? 0
                    : workingHours(Math.max(vacantSince, window.startHours()), end));
        }
        /** Years in the window during which the post existed. */
        public double yearsOpen() {
            double from = Math.max(window.startHours(), openedAt);
            double to = Math.min(end, closedAt);
            return to > from ? (to - from) / (24 * 365.0) : 0;
        }
        /** True when the post existed throughout the window. */
        public boolean openThroughout() {
            return openedAt <= window.startHours() && closedAt >= end;
        }
        /** True unless a scheduled reform abolished the post. */
        public boolean open() {
            return closedAt == Double.POSITIVE_INFINITY;
        }

        /** Shift hours in [from, to] while the post existed. */
        private double workingHours(double from, double to) {
            double a = Math.max(from, openedAt);
            double b = Math.min(to, closedAt);
            return b > a ? staff.calendar().workingHoursBetween(a, b) : 0;
        }
        /** Times the holder of this post quit in the window. */
        public int quits() { return (int) quits.inWindow(); }
        public double hours(Activity activity) { return workload.inWindow(staff, activity.ordinal()); }
        public int casesHandled() { return (int) workload.inWindow(staff, CASES_HANDLED); }
        public int verifications() { return (int) workload.inWindow(staff, VERIFICATIONS); }

        /** Hours of work other than patrol. */
        public double loadHours() {
            double sum = 0;
            for (Activity a : ACTIVITIES) {
                if (a.isLoad()) {
                    sum += hours(a);
                }
            }
            return sum;
        }

        /** Share of on-duty hours taken by work other than patrol. */
        public double utilization() {
            return Stats.ratio(loadHours(), hoursOnDuty());
        }

        /** The post is filled again, or abolished: the shift hours it stood vacant are counted. */
        private void vacancyEnds(double time) {
            addWorkingHours(vacantHours, vacantSince, time, staff.calendar().workingHoursBetween(vacantSince, time));
            vacantSince = Double.NaN;
        }

        /** Adds working hours over [start, end], split where candidate windows start. */
        private void addWorkingHours(Tally tally, double start, double end, double amount) {
            tally.addOver(start, end, amount, shiftHours);
        }
    }

    private final MeasuredWindow window;
    private final double end;
    /** By {@link Staff#serial()}, null for staff without an account. */
    private final List<Account> bySerial = new ArrayList<>();
    /** Each account's shift-hours operator, by serial: needed only when a piece of work spans a stretch's start. */
    private DoubleBinaryOperator[] shiftHoursBySerial = new DoubleBinaryOperator[0];
    /**
     * Working hours by activity, cases handled and verifications, by member of staff and stretch of the window, all
     * in one array: they are added at nearly every event, and here that reads one place, not an account, its
     * tallies and their arrays, each a cache miss in a large city (issue 13). See {@link #slice}.
     */
    private double[] tallies = new double[0];
    private final List<Account> ordered = new ArrayList<>();

    /** Opens an account for every member of staff of a started model, in a stable order. */
    public Workload(GridModel model, MeasuredWindow window) {
        this.window = window;
        this.end = model.endTime();
        for (GridWorker w : model.workers()) {
            open(w);
        }
        for (HandlingUnit u : model.handlingUnits()) {
            u.staff().forEach(this::open);
        }
    }

    private Account open(Staff staff) {
        Account a = new Account(this, staff, window, end);
        while (bySerial.size() <= staff.serial()) {
            bySerial.add(null);
        }
        bySerial.set(staff.serial(), a);
        int accounts = bySerial.size();
        int perStaff = MEASURES * window.stretches();
        if (shiftHoursBySerial.length < accounts) {
            int capacity = Math.max(accounts, 2 * shiftHoursBySerial.length);
            shiftHoursBySerial = Arrays.copyOf(shiftHoursBySerial, capacity);
            tallies = Arrays.copyOf(tallies, capacity * perStaff);
        }
        shiftHoursBySerial[staff.serial()] = a.shiftHours;
        // A new account starts from nothing, like the tallies it holds.
        Arrays.fill(tallies, staff.serial() * perStaff, (staff.serial() + 1) * perStaff, 0);
        ordered.add(a);
        return a;
    }

    /** Where the tally of {@code measure} (an activity's ordinal or a count) for {@code staff} starts. */
    private int slice(Staff staff, int measure) {
        return (staff.serial() * MEASURES + measure) * window.stretches();
    }

    private double inWindow(Staff staff, int measure) {
        return Tally.inWindow(window, tallies, slice(staff, measure));
    }

    private Account account(Staff staff) {
        return bySerial.get(staff.serial());
    }

    public List<Account> accounts() {
        return ordered;
    }

    @Override
    public void workDone(Staff staff, Activity activity, double start, double end, double hours) {
        Tally.addOver(window, tallies, slice(staff, activity.ordinal()), start, end, hours,
                shiftHoursBySerial[staff.serial()]);
    }

    @Override
    public void caseHandled(double time, Issue issue, Staff staff) {
        // Owners outside the platform have no account: the city sees neither their staff nor their hours.
        if (staff.kind().accountsWorkingHours()) {
            Tally.add(window, tallies, slice(staff, CASES_HANDLED), time);
        }
    }

    @Override
    public void caseVerified(double time, Issue issue, Staff worker, boolean passed) {
        Tally.add(window, tallies, slice(worker, VERIFICATIONS), time);
    }

    @Override
    public void workerQuit(double time, GridWorker worker) {
        Account a = account(worker);
        a.vacantSince = time;
        a.quits.add(time);
    }

    @Override
    public void postOpened(double time, Staff staff) {
        open(staff).openedAt = time;
    }

    @Override
    public void postClosed(double time, Staff staff, boolean filled) {
        Account a = account(staff);
        if (!Double.isNaN(a.vacantSince)) {
            a.vacancyEnds(time); // a vacancy ends when the post does
        }
        a.closedAt = time;
        a.scheduledFrom = -1;
    }

    @Override
    public void workerHired(double time, GridWorker worker) {
        account(worker).vacancyEnds(time);
    }
}
