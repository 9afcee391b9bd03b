package org.gridgov.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One management grid: its households, the grid workers who patrol it, and the issues in it that nobody
 * has found yet.
 *
 * <p>Patrol discovery is pre-sampled: when an issue occurs, the number of sweeps of this cell it takes a
 * worker to notice it is drawn from the case type's detection probability. Each completed sweep then
 * pops exactly the issues due, instead of rescanning every latent issue.
 */
public final class GridCell implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final Comparator<Issue> BY_DUE_SWEEP =
            Comparator.<Issue>comparingLong(i -> i.dueSweep).thenComparingInt(i -> i.id);

    private final int id;
    private final int x;
    private final int y;
    private final int community;
    private final int street;
    private final int firstHousehold;
    private final int households;
    private final double areaM2;
    private final boolean oldNeighbourhood;
    private final double intensity;
    private final List<GridWorker> workers = new ArrayList<>(1);
    private final PriorityQueue<Issue> awaitingPatrol = new PriorityQueue<>(BY_DUE_SWEEP);
    private long sweeps;
    private int latent;

    GridCell(int id, int x, int y, int community, int street, int firstHousehold, int households,
            double areaM2, boolean oldNeighbourhood, double intensity) {
        this.id = id;
        this.x = x;
        this.y = y;
        this.community = community;
        this.street = street;
        this.firstHousehold = firstHousehold;
        this.households = households;
        this.areaM2 = areaM2;
        this.oldNeighbourhood = oldNeighbourhood;
        this.intensity = intensity;
    }

    public int id() { return id; }
    public int x() { return x; }
    public int y() { return y; }
    public int community() { return community; }
    public int street() { return street; }
    public int firstHousehold() { return firstHousehold; }
    public int households() { return households; }
    public double areaM2() { return areaM2; }
    public boolean oldNeighbourhood() { return oldNeighbourhood; }
    /** Issue intensity relative to the city's household-weighted mean of 1. */
    public double intensity() { return intensity; }
    public List<GridWorker> workers() { return Collections.unmodifiableList(workers); }
    /** Issues in this cell that are still latent. */
    public int latentIssues() { return latent; }

    void addWorker(GridWorker worker) {
        workers.add(worker);
    }

    /** Registers a new latent issue; {@code sweepsToDetect} is how many sweeps it takes patrol to see it. */
    void issueOccurred(Issue issue, long sweepsToDetect) {
        latent++;
        if (sweepsToDetect != Long.MAX_VALUE) {
            issue.dueSweep = sweeps + sweepsToDetect;
            awaitingPatrol.add(issue);
        }
    }

    /** A latent issue was discovered (by any channel). */
    void issueDiscovered() {
        latent--;
    }

    /** A sweep finished: returns the latent issues it discovered, in a deterministic order. */
    List<Issue> sweepCompleted() {
        sweeps++;
        List<Issue> found = null;
        while (!awaitingPatrol.isEmpty() && awaitingPatrol.peek().dueSweep <= sweeps) {
            Issue issue = awaitingPatrol.poll();
            if (issue.state == CaseState.LATENT) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(issue);
            }
        }
        return found == null ? List.of() : found;
    }

    /** The worker who should take a task for this cell: the least loaded of its workers. */
    GridWorker workerForTask() {
        GridWorker best = workers.get(0);
        for (int i = 1; i < workers.size(); i++) {
            if (workers.get(i).queuedTasks() < best.queuedTasks()) {
                best = workers.get(i);
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "cell " + id + " (" + x + "," + y + ")";
    }
}
