package org.gridgov.model;

import org.gridgov.model.time.WorkCalendar;
import org.gridgov.scenario.DepartmentParams;

/** A functional department of the government. */
public final class Department extends HandlingUnit {
    private static final long serialVersionUID = 1L;

    private final DepartmentParams params;

    Department(GridModel model, DepartmentParams params, WorkCalendar calendar, int staffCount) {
        super(model, params.name(), calendar, staffCount);
        this.params = params;
    }

    public DepartmentParams params() { return params; }

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
