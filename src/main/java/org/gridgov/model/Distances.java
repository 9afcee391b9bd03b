package org.gridgov.model;

import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * How far it is between cells, for trips (docs/ODD.md 7.3): the shortest way from centroid to centroid through
 * cells that share an edge, each step the straight line between two neighbours' centroids. So a river without a
 * bridge, or a railway, makes a detour, as it does on the ground. Cells with no way between them (an island)
 * are a straight line apart.
 *
 * <p>Steps are whole metres, so that sums are exact and a rectangle read back from its own GeoJSON, whose
 * centroids JTS computes to within a nanometre of the lattice's, gives the same trips and the same run.
 * Distances are computed when first asked for and kept: trips are within a beat or to the nearest colleague.
 */
final class Distances implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] x;
    private final double[] y;
    private final int[][] neighbours;
    private final int[][] steps;
    private final LongIntTable known = new LongIntTable();
    /** Metres to each cell in the latest search that reached it: valid where stamp[c] is that search's number. */
    private final int[] dist;
    private final int[] stamp;
    private int searches;

    Distances(List<GridCell> cells, int[][] neighbours) {
        int n = cells.size();
        this.x = new double[n];
        this.y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = cells.get(i).centreX();
            y[i] = cells.get(i).centreY();
        }
        this.neighbours = neighbours;
        this.dist = new int[n];
        this.stamp = new int[n];
        this.steps = new int[n][];
        for (int i = 0; i < n; i++) {
            steps[i] = new int[neighbours[i].length];
            for (int k = 0; k < neighbours[i].length; k++) {
                steps[i][k] = straight(i, neighbours[i][k]);
            }
        }
    }

    /** The straight line between two centroids, whole metres. */
    int straight(int a, int b) {
        return (int) Math.round(Math.hypot(x[a] - x[b], y[a] - y[b]));
    }

    /** The cells sharing an edge with cell {@code c}, ascending. */
    int[] neighbours(int c) {
        return neighbours[c];
    }

    /** Metres from cell {@code a} to cell {@code b} along the way through neighbouring cells. */
    int metres(int a, int b) {
        if (a == b) {
            return 0;
        }
        long key = a < b ? (long) a << 32 | b : (long) b << 32 | a;
        int d = known.get(key, -1);
        if (d < 0) {
            d = search(a, c -> c == b, b);
            known.put(key, d);
        }
        return d;
    }

    /**
     * The nearest cell to {@code from} (itself included) that {@code wanted} accepts, nearest by the way through
     * neighbouring cells, ties to the lower index; -1 if none is reachable.
     */
    int nearest(int from, IntPredicate wanted) {
        return search(from, wanted, -1);
    }

    /**
     * Dijkstra from {@code from} until a cell {@code stop} accepts is settled: with {@code target} >= 0, returns
     * the metres to it (the straight line if unreachable); otherwise returns the cell found, or -1. {@code stop}
     * must not itself ask for distances: the searches share one array.
     */
    private int search(int from, IntPredicate stop, int target) {
        // One array of distances serves every search: a cell's entry counts only if stamped with this search's
        // number, so a search that stops a few cells away neither allocates nor clears an entry per cell.
        int search = nextSearch();
        reach(from, 0, search);
        // Entries are (metres << 32 | cell): settled in order of metres, then of cell index.
        PriorityQueue<Long> queue = new PriorityQueue<>();
        queue.add((long) from);
        while (!queue.isEmpty()) {
            long e = queue.poll();
            int c = (int) (e & 0xffffffffL);
            int d = (int) (e >>> 32);
            if (d > dist[c]) {
                continue;
            }
            if (stop.test(c)) {
                return target >= 0 ? d : c;
            }
            for (int k = 0; k < neighbours[c].length; k++) {
                int o = neighbours[c][k];
                int nd = d + steps[c][k];
                if (stamp[o] != search || nd < dist[o]) {
                    reach(o, nd, search);
                    queue.add((long) nd << 32 | o);
                }
            }
        }
        return target >= 0 ? straight(from, target) : -1;
    }

    private int nextSearch() {
        if (++searches == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0); // after two billion searches, start the numbers again
            searches = 1;
        }
        return searches;
    }

    private void reach(int cell, int metres, int search) {
        dist[cell] = metres;
        stamp[cell] = search;
    }
}
