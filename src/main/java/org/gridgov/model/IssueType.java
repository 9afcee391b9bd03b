package org.gridgov.model;

import org.gridgov.scenario.CaseType;

/** A case type as the running model uses it: the scenario's definition plus its resolved handler. */
public final class IssueType implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final CaseType spec;
    private final Department department;
    private final long keyBase;

    IssueType(int index, CaseType spec, Department department) {
        this.index = index;
        this.spec = spec;
        this.department = department;
        // Issue keys depend on the type's name, not its position, so adding a type to a scenario leaves
        // the random draws of the other types' issues unchanged (common random numbers).
        this.keyBase = ((long) spec.name().hashCode()) << 32;
    }

    public int index() {
        return index;
    }

    public CaseType spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    /** The resolving department, or null when the cell's grid worker resolves it. */
    public Department department() {
        return department;
    }

    long keyFor(long sequence) {
        return keyBase ^ sequence;
    }
}
