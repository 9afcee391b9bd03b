package org.gridgov.model;

import org.gridgov.model.time.WorkCalendar;
import org.gridgov.scenario.DepartmentParams;
import org.gridgov.scenario.Scenario;

/** A functional department of the government. */
public final class Department extends HandlingUnit {
    private static final long serialVersionUID = 1L;

    /** The parameters in force (a scheduled reform may change them, docs/ODD.md 6); kept here, read per case. */
    private DepartmentParams params;

    Department(GridModel model, DepartmentParams params, WorkCalendar calendar, int staffCount) {
        super(model, params.name(), calendar, staffCount);
        this.params = params;
    }

    /** The department's parameters in force now. */
    public DepartmentParams params() { return params; }

    /** A scheduled change took effect. */
    void inForce(Scenario s) {
        params = s.departments().get(name());
    }

    @Override public ActorKind kind() { return ActorKind.DEPARTMENT; }
    @Override double returnRate() { return params.returnRate(); }
    @Override double returnDelayHours() { return params.returnDelayHours(); }
    @Override double defectRate() { return params.defectRate(); }
    @Override double effortFactor() { return 1; }

    @Override
    public String toString() {
        return "department " + name();
    }
}
