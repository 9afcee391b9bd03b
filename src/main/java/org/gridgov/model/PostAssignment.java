package org.gridgov.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the grid workers' beats: which cells each post covers, so that every post expects about the same
 * number of issues. Cells are laid along their order (neighbours stay together) on a line whose length is
 * their expected issues (households x intensity); the line is cut into as many equal stretches as there
 * are posts. A cell belongs to the post whose stretch holds its midpoint; a post whose stretch holds no
 * midpoint (it lies inside one busy cell) shares the cell that holds its own midpoint. Every cell thus has
 * at least one post and every post at least one cell, and no post's expected load exceeds its fair share
 * by more than one cell's.
 *
 * <p>Assigning cells by count instead left some posts with two busy cells and four times the load of
 * others: those workers never got back to patrol, the issues in their cells piled up unseen and they
 * quit, so the city never settled (docs/ODD.md 7.8).
 */
final class PostAssignment {
    private PostAssignment() {
    }

    /**
     * @param load each cell's expected load, in cell order (non-negative; a zero-load city is split by count)
     * @param posts number of posts (at least 1)
     * @return for each post (index = post number - 1), the indices of its cells in cell order
     */
    static List<int[]> beats(double[] load, int posts) {
        int cells = load.length;
        double total = 0;
        for (double l : load) {
            total += l;
        }
        double[] weight = new double[cells];
        for (int c = 0; c < cells; c++) {
            weight[c] = total > 0 ? load[c] : 1;
        }
        double length = total > 0 ? total : cells;
        List<List<Integer>> owned = new ArrayList<>(posts);
        for (int p = 0; p < posts; p++) {
            owned.add(new ArrayList<>(2));
        }
        double[] start = new double[cells + 1];
        for (int c = 0; c < cells; c++) {
            start[c + 1] = start[c] + weight[c];
            double mid = start[c] + weight[c] / 2;
            owned.get(postAt(mid, length, posts)).add(c);
        }
        List<int[]> beats = new ArrayList<>(posts);
        int cell = 0;
        for (int p = 0; p < posts; p++) {
            List<Integer> own = owned.get(p);
            if (own.isEmpty()) {
                // The post's stretch lies inside one cell: it shares that cell.
                double mid = (p + 0.5) * length / posts;
                while (cell < cells - 1 && start[cell + 1] <= mid) {
                    cell++;
                }
                beats.add(new int[] {cell});
            } else {
                beats.add(own.stream().mapToInt(Integer::intValue).toArray());
                cell = own.get(own.size() - 1);
            }
        }
        return beats;
    }

    private static int postAt(double position, double length, int posts) {
        return Math.min(posts - 1, (int) (position / length * posts));
    }
}
