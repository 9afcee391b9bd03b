package org.gridgov.observe;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.model.Activity;
import org.gridgov.model.HandlingUnit;
import org.gridgov.model.GridModel;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.model.events.CaseHandledListener;
import org.gridgov.model.events.CaseVerifiedListener;
import org.gridgov.model.events.WorkListener;
import org.gridgov.model.events.WorkerHiredListener;
import org.gridgov.model.events.WorkerQuitListener;
import org.gridgov.stats.Stats;

/**
 * Working hours of every member of staff by activity, and the cases each handled, over the window. A grid
 * worker's post is not on duty while it is vacant.
 */
public final class Workload implements WorkListener, CaseHandledListener, CaseVerifiedListener, WorkerQuitListener,
        WorkerHiredListener {

    /** One member of staff's account. */
    public static final class Account {
        private final Staff staff;
        private final double scheduledHours;
        private final double from;
        private final double end;
        private double vacantHours;
        private double vacantSince = Double.NaN;
        private int quits;
        private final EnumMap<Activity, Double> hours = new EnumMap<>(Activity.class);
        private int casesHandled;
        private int verifications;

        Account(Staff staff, double from, double end) {
            this.staff = staff;
            this.from = from;
            this.end = end;
            this.scheduledHours = staff.calendar().workingHoursBetween(from, end);
            for (Activity a : Activity.values()) {
                hours.put(a, 0.0);
            }
        }

        public Staff staff() { return staff; }
        /** Shift hours in the window while the post was filled. */
        public double hoursOnDuty() { return scheduledHours - hoursVacant(); }
        /** Shift hours in the window while the post was vacant. */
        public double hoursVacant() {
            return vacantHours + (Double.isNaN(vacantSince) ? 0
                    : staff.calendar().workingHoursBetween(Math.max(vacantSince, from), end));
        }
        /** Times the holder of this post quit in the window. */
        public int quits() { return quits; }
        public double hours(Activity activity) { return hours.get(activity); }
        public int casesHandled() { return casesHandled; }
        public int verifications() { return verifications; }

        /** Hours of work other than patrol. */
        public double loadHours() {
            double sum = 0;
            for (Map.Entry<Activity, Double> e : hours.entrySet()) {
                if (e.getKey().isLoad()) {
                    sum += e.getValue();
                }
            }
            return sum;
        }

        /** Share of on-duty hours taken by work other than patrol. */
        public double utilization() {
            return Stats.ratio(loadHours(), hoursOnDuty());
        }
    }

    private final double from;
    private final Map<Staff, Account> accounts = new IdentityHashMap<>();
    private final List<Account> ordered = new ArrayList<>();

    /** Opens an account for every member of staff of a started model, in a stable order. */
    public Workload(GridModel model, double from) {
        this.from = from;
        double end = model.endTime();
        for (GridWorker w : model.workers()) {
            open(w, end);
        }
        for (HandlingUnit u : model.handlingUnits()) {
            u.staff().forEach(s -> open(s, end));
        }
    }

    private void open(Staff staff, double end) {
        Account a = new Account(staff, from, end);
        accounts.put(staff, a);
        ordered.add(a);
    }

    public List<Account> accounts() {
        return ordered;
    }

    @Override
    public void workDone(Staff staff, Activity activity, double start, double end, double hours) {
        if (end <= from) {
            return;
        }
        double counted = start >= from ? hours : staff.calendar().workingHoursBetween(from, end);
        accounts.get(staff).hours.merge(activity, counted, Double::sum);
    }

    @Override
    public void caseHandled(double time, Issue issue, Staff staff) {
        if (time >= from) {
            accounts.get(staff).casesHandled++;
        }
    }

    @Override
    public void caseVerified(double time, Issue issue, Staff worker, boolean passed) {
        if (time >= from) {
            accounts.get(worker).verifications++;
        }
    }

    @Override
    public void workerQuit(double time, GridWorker worker) {
        Account a = accounts.get(worker);
        a.vacantSince = time;
        if (time >= from) {
            a.quits++;
        }
    }

    @Override
    public void workerHired(double time, GridWorker worker) {
        Account a = accounts.get(worker);
        if (time > from) {
            a.vacantHours += worker.calendar().workingHoursBetween(Math.max(a.vacantSince, from), time);
        }
        a.vacantSince = Double.NaN;
    }
}
