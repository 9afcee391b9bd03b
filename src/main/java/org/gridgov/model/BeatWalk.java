package org.gridgov.model;

import java.util.List;

/**
 * The order in which beats are cut from the city (see {@link PostAssignment}): a walk that goes street by
 * street and, within a street, community by community, stepping each time to a neighbouring cell of the same
 * community where there is one. Cells next to each other in the walk mostly share an edge, so a beat cut from it
 * is a patch of neighbouring cells, and a community is split between as few workers as possible.
 *
 * <p>Among the neighbours, the walk takes the one with the fewest neighbours not yet walked (Warnsdorff's rule,
 * which keeps it from cutting a community in two and stranding cells), then the nearer, then the lower index.
 * When the community has no neighbour left, it jumps to the nearest cell of it not yet walked; when the
 * community is done, to the nearest cell of the street not yet walked (a new community). Distances are the
 * straight line between centroids in whole metres.
 */
final class BeatWalk {
    private BeatWalk() {
    }

    /** The cells' indices in walking order. */
    static int[] order(List<GridCell> cells, Distances distances, int streets) {
        int n = cells.size();
        int[] order = new int[n];
        boolean[] walked = new boolean[n];
        int count = 0;
        int at = -1;
        int[][] byStreet = byStreet(cells, streets);
        for (int street = 0; street < streets; street++) {
            int[] inStreet = byStreet[street];
            while (true) {
                int start = nearest(cells, distances, walked, at, inStreet, -1);
                if (start < 0) {
                    break;
                }
                int community = cells.get(start).community();
                int c = start;
                while (c >= 0) {
                    walked[c] = true;
                    order[count++] = c;
                    at = c;
                    c = nextNeighbour(cells, distances, walked, c, community);
                    if (c < 0) {
                        c = nearest(cells, distances, walked, at, inStreet, community);
                    }
                }
            }
        }
        if (count != n) {
            throw new IllegalStateException("the walk missed " + (n - count) + " cells");
        }
        return order;
    }

    private static int nextNeighbour(List<GridCell> cells, Distances d, boolean[] walked, int c, int community) {
        int best = -1;
        int bestFree = Integer.MAX_VALUE;
        int bestMetres = Integer.MAX_VALUE;
        for (int o : d.neighbours(c)) {
            if (walked[o] || cells.get(o).community() != community) {
                continue;
            }
            int free = 0;
            for (int p : d.neighbours(o)) {
                if (!walked[p] && p != o && cells.get(p).community() == community) {
                    free++;
                }
            }
            int metres = d.straight(c, o);
            if (free < bestFree || free == bestFree && metres < bestMetres) {
                best = o;
                bestFree = free;
                bestMetres = metres;
            }
        }
        return best;
    }

    /**
     * The cell not yet walked of the street (its cells ascending) (and of the community, when it is not -1) nearest to {@code at},
     * ties to the lower index; the first such cell when {@code at} is -1; -1 when there is none.
     */
    private static int nearest(List<GridCell> cells, Distances d, boolean[] walked, int at, int[] street,
            int community) {
        int best = -1;
        int bestMetres = Integer.MAX_VALUE;
        for (int i : street) {
            GridCell c = cells.get(i);
            if (walked[i] || community >= 0 && c.community() != community) {
                continue;
            }
            if (at < 0) {
                return i;
            }
            int metres = d.straight(at, i);
            if (metres < bestMetres) {
                best = i;
                bestMetres = metres;
            }
        }
        return best;
    }

    /** Each street's cells, ascending. */
    private static int[][] byStreet(List<GridCell> cells, int streets) {
        int[] size = new int[streets];
        for (GridCell c : cells) {
            size[c.street()]++;
        }
        int[][] out = new int[streets][];
        for (int s = 0; s < streets; s++) {
            out[s] = new int[size[s]];
            size[s] = 0;
        }
        for (int i = 0; i < cells.size(); i++) {
            int s = cells.get(i).street();
            out[s][size[s]++] = i;
        }
        return out;
    }
}
