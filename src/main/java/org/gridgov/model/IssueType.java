package org.gridgov.model;

import org.gridgov.scenario.CaseType;

/** A case type as the running model uses it: the scenario's definition plus its resolved handler. */
public final class IssueType implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final CaseType spec;
    private final Department department;
    private final Department partner;
    private final long keyBase;
    /** ln(1 - p) of the detection probability p, once rather than for every issue (see GridModel.effortToDetect). */
    private final double logMissPerSweep;

    IssueType(int index, CaseType spec, Department department, Department partner) {
        this.index = index;
        this.spec = spec;
        this.department = department;
        this.partner = partner;
        // Issue keys depend on the type's name, not its position, so adding a type to a scenario leaves
        // the random draws of the other types' issues unchanged (common random numbers).
        this.keyBase = nameHash(spec.name()) << 32;
        this.logMissPerSweep = Math.log1p(-spec.detectionProbability());
    }

    public int index() {
        return index;
    }

    public CaseType spec() {
        return spec;
    }

    double logMissPerSweep() {
        return logMissPerSweep;
    }

    public String name() {
        return spec.name();
    }

    /** The resolving department, or null when the cell's grid worker resolves it. */
    public Department department() {
        return department;
    }

    /** Who is responsible for resolving it: the cell's grid worker or a department. */
    public ActorKind resolver() {
        return department == null ? ActorKind.GRID_WORKER : ActorKind.DEPARTMENT;
    }

    /** The second department of the type's cross-department cases, or null if none. */
    public Department partner() {
        return partner;
    }

    long keyFor(long sequence) {
        return keyBase ^ sequence;
    }

    /** 64-bit FNV-1a of the name's UTF-16 units: unlike String.hashCode, short names do not collide in practice. */
    private static long nameHash(String name) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
