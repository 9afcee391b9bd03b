package org.gridgov.stats.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Morris trajectories on a grid of p levels of the k-dimensional unit cube (Morris 1991): each trajectory starts
 * at a random grid point and moves one input at a time, in random order, by Delta = p / (2 (p - 1)) up or down,
 * so it has k + 1 points and gives one elementary effect per input. Of m candidate trajectories the r most spread
 * out are kept (Campolongo, Cariboni and Saltelli 2007: the sum of the distances between trajectories, each the
 * sum of the Euclidean distances between their points), chosen greedily by dropping the candidate that adds
 * least to the sum until r are left (Ruano et al. 2012), since trying every subset is out of reach.
 */
public final class MorrisDesign {
    private final int k;
    private final int levels;
    private final double delta;
    private final List<double[][]> trajectories;
    /** For trajectory t and step s (1..k): the input moved and the signed step. */
    private final List<int[]> moved;
    private final List<double[]> steps;

    private MorrisDesign(int k, int levels, List<double[][]> trajectories, List<int[]> moved, List<double[]> steps) {
        this.k = k;
        this.levels = levels;
        this.delta = levels / (2.0 * (levels - 1));
        this.trajectories = trajectories;
        this.moved = moved;
        this.steps = steps;
    }

    /**
     * @param k inputs
     * @param r trajectories kept
     * @param levels p, an even number of grid levels (4 is usual)
     * @param candidates m >= r candidate trajectories to choose the r most spread out from
     */
    public static MorrisDesign of(int k, int r, int levels, int candidates, long seed) {
        if (k < 1 || r < 2 || levels < 2 || levels % 2 != 0 || candidates < r) {
            throw new IllegalArgumentException("need k >= 1, r >= 2, an even number of levels and candidates >= r");
        }
        RandomGenerator random = new Well19937c(seed);
        double step = 1.0 / (levels - 1);
        double delta = levels / (2.0 * (levels - 1));
        List<double[][]> all = new ArrayList<>();
        List<int[]> moved = new ArrayList<>();
        List<double[]> signed = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            double[] x = new double[k];
            double[] direction = new double[k];
            for (int i = 0; i < k; i++) {
                // Base levels 0 .. 1 - Delta, so that the step up stays inside; a step down starts Delta higher.
                double base = random.nextInt(levels / 2) * step;
                direction[i] = random.nextBoolean() ? 1 : -1;
                x[i] = direction[i] > 0 ? base : base + delta;
            }
            int[] order = permutation(k, random);
            double[][] t = new double[k + 1][];
            t[0] = x.clone();
            double[] s = new double[k + 1];
            for (int m = 1; m <= k; m++) {
                int i = order[m - 1];
                x[i] += direction[i] * delta;
                t[m] = x.clone();
                s[m] = direction[i] * delta;
            }
            int[] o = new int[k + 1];
            System.arraycopy(order, 0, o, 1, k);
            all.add(t);
            moved.add(o);
            signed.add(s);
        }
        boolean[] kept = spreadOut(all, r);
        List<double[][]> tr = new ArrayList<>();
        List<int[]> mv = new ArrayList<>();
        List<double[]> st = new ArrayList<>();
        for (int c = 0; c < candidates; c++) {
            if (kept[c]) {
                tr.add(all.get(c));
                mv.add(moved.get(c));
                st.add(signed.get(c));
            }
        }
        return new MorrisDesign(k, levels, tr, mv, st);
    }

    private static int[] permutation(int k, RandomGenerator random) {
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Which candidates to keep: drop, one at a time, the one with the least total distance to those left. */
    private static boolean[] spreadOut(List<double[][]> candidates, int r) {
        int m = candidates.size();
        double[][] d = new double[m][m];
        double[] contribution = new double[m];
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                d[a][b] = d[b][a] = distance(candidates.get(a), candidates.get(b));
                contribution[a] += d[a][b];
                contribution[b] += d[a][b];
            }
        }
        boolean[] kept = new boolean[m];
        java.util.Arrays.fill(kept, true);
        for (int left = m; left > r; left--) {
            int worst = -1;
            for (int a = 0; a < m; a++) {
                if (kept[a] && (worst < 0 || contribution[a] < contribution[worst])) {
                    worst = a;
                }
            }
            kept[worst] = false;
            for (int a = 0; a < m; a++) {
                contribution[a] -= d[a][worst];
            }
        }
        return kept;
    }

    private static double distance(double[][] a, double[][] b) {
        double sum = 0;
        for (double[] p : a) {
            for (double[] q : b) {
                double s = 0;
                for (int i = 0; i < p.length; i++) {
                    s += (p[i] - q[i]) * (p[i] - q[i]);
                }
                sum += Math.sqrt(s);
            }
        }
        return sum;
    }

    /** The design of its first {@code t} trajectories: what a partly run screen can be analysed with. */
    public MorrisDesign first(int t) {
        if (t < 1 || t > trajectories.size()) {
            throw new IllegalArgumentException(t + " of " + trajectories.size() + " trajectories");
        }
        return new MorrisDesign(k, levels, trajectories.subList(0, t), moved.subList(0, t), steps.subList(0, t));
    }

    public int k() { return k; }
    public int levels() { return levels; }
    public double delta() { return delta; }
    public int trajectories() { return trajectories.size(); }

    /** The points to run, trajectory by trajectory: r (k + 1) in all. */
    public double[][] points() {
        double[][] p = new double[trajectories.size() * (k + 1)][];
        for (int t = 0; t < trajectories.size(); t++) {
            for (int s = 0; s <= k; s++) {
                p[t * (k + 1) + s] = trajectories.get(t)[s].clone();
            }
        }
        return p;
    }

    /** The input moved at step s (1..k) of trajectory t. */
    int moved(int t, int s) { return moved.get(t)[s]; }

    /** The signed step at step s of trajectory t: +Delta or -Delta. */
    double step(int t, int s) { return steps.get(t)[s]; }

    /** Where point s of trajectory t lies in {@link #points()}. */
    int row(int t, int s) { return t * (k + 1) + s; }
}
