package org.gridgov.observe;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.model.Activity;
import org.gridgov.model.Department;
import org.gridgov.model.GridModel;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.model.events.CaseHandledListener;
import org.gridgov.model.events.CaseVerifiedListener;
import org.gridgov.model.events.WorkListener;

/** Working hours of every member of staff by activity, and the cases each handled, over the window. */
public final class Workload implements WorkListener, CaseHandledListener, CaseVerifiedListener {

    /** One member of staff's account. */
    public static final class Account {
        private final Staff staff;
        private final double hoursOnDuty;
        private final EnumMap<Activity, Double> hours = new EnumMap<>(Activity.class);
        private int casesHandled;
        private int verifications;

        Account(Staff staff, double hoursOnDuty) {
            this.staff = staff;
            this.hoursOnDuty = hoursOnDuty;
            for (Activity a : Activity.values()) {
                hours.put(a, 0.0);
            }
        }

        public Staff staff() { return staff; }
        public double hoursOnDuty() { return hoursOnDuty; }
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
            return Stats.ratio(loadHours(), hoursOnDuty);
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
        for (Department d : model.departments().values()) {
            d.staff().forEach(s -> open(s, end));
        }
    }

    private void open(Staff staff, double end) {
        Account a = new Account(staff, staff.calendar().workingHoursBetween(from, end));
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
}
