package org.gridgov.model;

import org.gridgov.model.time.WorkCalendar;

/** One member of a department's handling staff. */
public final class DepartmentStaff implements Staff, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Department department;
    private final int number;
    Issue current;
    double startedAt;

    DepartmentStaff(Department department, int number) {
        this.department = department;
        this.number = number;
    }

    @Override public String unit() { return department.name(); }
    @Override public int number() { return number; }
    @Override public WorkCalendar calendar() { return department.calendar(); }
    /** The case being handled, or null when free. */
    public Issue current() { return current; }

    @Override
    public String toString() {
        return department.name() + " staff " + number;
    }
}
