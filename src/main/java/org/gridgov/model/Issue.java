package org.gridgov.model;

/**
 * One issue in a grid cell and, once discovered and filed, its case: the case file the platform keeps,
 * with the time of every step (hours; NaN where it has not happened).
 */
public final class Issue implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    final int id;
    final long key;
    final IssueType type;
    final GridCell cell;
    final double occurredAt;

    CaseState state = CaseState.LATENT;
    String channel;
    double discoveredAt = Double.NaN;
    double filedAt = Double.NaN;
    double firstDispatchedAt = Double.NaN;
    double dispatchedAt = Double.NaN;
    double handlingStartedAt = Double.NaN;
    double handledAt = Double.NaN;
    double verifiedAt = Double.NaN;
    double closedAt = Double.NaN;
    double parkedAt = Double.NaN;
    double deadline = Double.NaN;
    String handler;
    /** The unit the case is assigned to, or last handled by. */
    HandlingUnit unit;
    /** The first resident household whose report discovered it, or -1. */
    int reporter = -1;
    /** Every household that reported it (the first and duplicates), for their experience; null if none. */
    int[] reporters;
    int reporterCount;
    /** Needs a second department as well as its own. */
    boolean needsPartner;
    boolean partnerDone;
    boolean escalated;
    /** Times the community organisation has tried to settle it. */
    int mediations;
    int dispatches;
    int bounces;
    int reworks;
    boolean defective;
    /** Cumulative patrol effort in the cell at which patrol discovers it (see {@link GridCell}). */
    double dueEffort;

    Issue(int id, long key, IssueType type, GridCell cell, double occurredAt) {
        this.id = id;
        this.key = key;
        this.type = type;
        this.cell = cell;
        this.occurredAt = occurredAt;
    }

    public int id() { return id; }
    /** Stable key for this issue's random draws (common random numbers across scenarios). */
    public long key() { return key; }
    public IssueType type() { return type; }
    public GridCell cell() { return cell; }
    public CaseState state() { return state; }
    /** How it was discovered: "patrol" or a resident channel name; null while latent. */
    public String channel() { return channel; }
    public double occurredAt() { return occurredAt; }
    public double discoveredAt() { return discoveredAt; }
    public double filedAt() { return filedAt; }
    public double firstDispatchedAt() { return firstDispatchedAt; }
    public double dispatchedAt() { return dispatchedAt; }
    public double handlingStartedAt() { return handlingStartedAt; }
    public double handledAt() { return handledAt; }
    public double verifiedAt() { return verifiedAt; }
    public double closedAt() { return closedAt; }
    public double parkedAt() { return parkedAt; }
    /** Handling deadline set at first dispatch from the type's time limit; NaN before. */
    public double deadline() { return deadline; }
    /** Who handled it last: a department name or "grid_worker"; null before handling. */
    public String handler() { return handler; }
    public int dispatches() { return dispatches; }
    public int bounces() { return bounces; }
    public int reworks() { return reworks; }
    /** The unit the case is assigned to or was last handled by; null if none. */
    public HandlingUnit handlingUnit() { return unit; }
    /** Whether it needs a second department as well as its own. */
    public boolean crossDepartment() { return needsPartner; }
    /** Whether the grid party branch escalated it. */
    public boolean escalated() { return escalated; }
    /** The household whose report discovered it, or -1. */
    public int reporter() { return reporter; }

    void addReporter(int household) {
        if (reporters == null) {
            reporters = new int[2];
        } else if (reporterCount == reporters.length) {
            reporters = java.util.Arrays.copyOf(reporters, reporterCount * 2);
        }
        reporters[reporterCount++] = household;
    }
    /** True when the last handling did not fix the issue (whether or not verification noticed). */
    public boolean defective() { return defective; }

    public boolean discoveredByPatrol() {
        return GridWorker.PATROL_CHANNEL.equals(channel);
    }

    /** Closed within its time limit: the last handling finished by the deadline. */
    public boolean onTime() {
        return state == CaseState.CLOSED && (Double.isNaN(deadline) || handledAt <= deadline + 1e-9);
    }

    @Override
    public String toString() {
        return "case " + id + " (" + type.name() + ", " + state.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
