package org.gridgov.model;

import org.gridgov.model.time.WorkCalendar;

/** One member of a handling unit's staff (a department's or an NGO's). */
public final class UnitStaff implements Staff, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final HandlingUnit unit;
    private final int number;
    private final int serial;
    Issue current;
    double startedAt;
    /** The post is abolished (docs/ODD.md 6); closing: it will be once the case in hand is done. */
    boolean closed;
    boolean closing;

    UnitStaff(HandlingUnit unit, int number) {
        this.unit = unit;
        this.number = number;
        this.serial = unit.model.newStaffSerial();
    }

    @Override public ActorKind kind() { return unit.kind(); }
    @Override public String unit() { return unit.name(); }
    @Override public int number() { return number; }
    @Override public int serial() { return serial; }
    @Override public WorkCalendar calendar() { return unit.calendar(); }
    /** The unit this member of staff works for. */
    public HandlingUnit handlingUnit() { return unit; }
    /** The case being handled, or null when free. */
    public Issue current() { return current; }
    /** True once a scheduled reform has abolished the post. */
    public boolean closed() { return closed; }

    @Override
    public String toString() {
        return unit.name() + " staff " + number;
    }
}
