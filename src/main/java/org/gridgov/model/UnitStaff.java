package org.gridgov.model;

import org.gridgov.model.time.WorkCalendar;

/** One member of a handling unit's staff (a department's or an NGO's). */
public final class UnitStaff implements Staff, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final HandlingUnit unit;
    private final int number;
    Issue current;
    double startedAt;

    UnitStaff(HandlingUnit unit, int number) {
        this.unit = unit;
        this.number = number;
    }

    @Override public ActorKind kind() { return unit.kind(); }
    @Override public String unit() { return unit.name(); }
    @Override public int number() { return number; }
    @Override public WorkCalendar calendar() { return unit.calendar(); }
    /** The unit this member of staff works for. */
    public HandlingUnit handlingUnit() { return unit; }
    /** The case being handled, or null when free. */
    public Issue current() { return current; }

    @Override
    public String toString() {
        return unit.name() + " staff " + number;
    }
}
