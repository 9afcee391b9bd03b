package org.gridgov.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * One management grid: its households, the grid workers who patrol it, and the issues in it that nobody
 * has found yet.
 *
 * <p>Patrol discovery is pre-sampled. Patrol effort accumulates in the cell: a grid worker's sweep adds
 * 1, a volunteer's session its detection factor. When an issue becomes latent, the effort it takes to
 * notice it is drawn from the case type's detection probability p (exponential with rate -ln(1 - p)
 * per sweep, so one worker sweep finds it with probability p); each sweep then pops exactly the issues
 * due, instead of rescanning every latent issue.
 */
public final class GridCell implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

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
    private final double centreX;
    private final double centreY;
    private final List<double[]> outline;
    private final List<GridWorker> workers = new ArrayList<>(1);
    private final DueQueue<Issue> awaitingPatrol = new DueQueue<>();
    private double patrolEffort;
    private int latent;

    GridCell(int id, int x, int y, int community, int street, int firstHousehold, int households,
            double areaM2, boolean oldNeighbourhood, double intensity, double centreX, double centreY,
            List<double[]> outline) {
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
        this.centreX = centreX;
        this.centreY = centreY;
        this.outline = List.copyOf(outline);
    }

    public int id() { return id; }
    /** Column on the rectangle's lattice; on a map, the cell's index. */
    public int x() { return x; }
    /** Row on the rectangle's lattice; 0 on a map. */
    public int y() { return y; }
    /** The cell's centroid, metres east of the city's centre. */
    public double centreX() { return centreX; }
    /** The cell's centroid, metres north of the city's centre. */
    public double centreY() { return centreY; }
    /** The cell's polygon in metres: rings of x0, y0, x1, y1, ..., filled by the even-odd rule (do not change them). */
    public List<double[]> outline() { return outline; }
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
    /** Patrol effort spent in this cell so far, in grid-worker sweeps. */
    public double patrolEffort() { return patrolEffort; }

    void addWorker(GridWorker worker) {
        workers.add(worker);
    }

    /** Beats are redrawn (a scheduled change in the number of posts, docs/ODD.md 6). */
    void clearWorkers() {
        workers.clear();
    }

    /**
     * An issue became latent here (it occurred, or a local settlement failed). Patrol finds it once the
     * cell's patrol effort has grown by {@code effortToDetect} (infinite: never).
     */
    void becameLatent(Issue issue, double effortToDetect) {
        latent++;
        if (effortToDetect < Double.POSITIVE_INFINITY) {
            awaitingPatrol.add(issue, patrolEffort + effortToDetect, issue.id);
        }
    }

    /** A latent issue was discovered. */
    void leftLatent() {
        latent--;
    }

    /**
     * A sweep of the given effectiveness finished: returns the latent issues it discovered, in a
     * deterministic order.
     */
    List<Issue> sweepCompleted(double effectiveness) {
        if (effectiveness <= 0) {
            return List.of();
        }
        patrolEffort += effectiveness;
        List<Issue> found = null;
        while (!awaitingPatrol.isEmpty() && awaitingPatrol.firstDue() <= patrolEffort) {
            Issue issue = awaitingPatrol.poll();
            if (issue.state() == CaseState.LATENT) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(issue);
            }
        }
        if (found == null) {
            return List.of();
        }
        // In order of occurrence, whatever the fraction of effort at which each became due.
        found.sort(Comparator.comparingInt(i -> i.id));
        return found;
    }

    /** The worker who should take a task for this cell: the least loaded of its workers on the job, or null. */
    GridWorker workerForTask() {
        GridWorker best = null;
        for (GridWorker w : workers) {
            if (!w.vacant() && (best == null || w.queuedTasks() < best.queuedTasks())) {
                best = w;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "cell " + id + " (" + x + "," + y + ")";
    }
}
