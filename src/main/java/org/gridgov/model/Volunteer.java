package org.gridgov.model;

/** A resident volunteer who patrols the home cell in sessions while a member of a volunteer team. */
public final class Volunteer implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int number;
    private final GridCell home;
    private final double joinedAt;
    boolean active = true;
    int sessions;
    /** When the volunteer is due to leave, and which scheduling of that is current (docs/ODD.md 6). */
    double leaveAt;
    int leaveGeneration;

    Volunteer(int number, GridCell home, double joinedAt) {
        this.number = number;
        this.home = home;
        this.joinedAt = joinedAt;
    }

    public int number() { return number; }
    public GridCell home() { return home; }
    public double joinedAt() { return joinedAt; }
    public boolean active() { return active; }

    @Override
    public String toString() {
        return "volunteer " + number + " in " + home;
    }
}
