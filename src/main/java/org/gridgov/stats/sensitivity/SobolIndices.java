package org.gridgov.stats.sensitivity;

/**
 * First-order (S1, Saltelli et al. 2010, eq. (b) of their table 2) and total (ST, Jansen 1999) Sobol' indices from
 * the model's outputs at the points of a {@link SaltelliSample}, with 95% bootstrap intervals over the base rows.
 *
 * <p>A stochastic model gives y[r][point] for replications r = 0..R-1 under common random numbers: for each r the
 * model is a deterministic function of the inputs, so the indices are estimated per replication and averaged.
 * The dummy input changes only the random numbers: its "AB" output at base row j is A_j's output under the next
 * replication's streams. Its indices measure how much of what the estimators see is seed noise; an input whose
 * interval does not lie above the dummy's cannot be told from noise (needs R >= 2).
 *
 * <p>With a second-order sample, S2 of each pair of inputs by Saltelli 2002's estimator, V_ij = mean(f(BA_i) f(AB_j)
 * - f(A) f(B)) / V, less both first-order indices: the share of variance due to the pair's interaction alone.
 *
 * @param s1 first-order index of each input
 * @param st total index of each input
 * @param s2 s2[i][j] for i &lt; j, the second-order index of inputs i and j; null without a second-order sample
 * @param dummyS1 the dummy's first-order index (NaN with one replication)
 * @param dummyST the dummy's total index (NaN with one replication)
 * @param noiseShare the share of the outputs' variance that is seed noise ({@link Noise#share})
 */
public record SobolIndices(Index[] s1, Index[] st, Index[][] s2, Index dummyS1, Index dummyST, double noiseShare) {

    private static final Index NONE = new Index(Double.NaN, Double.NaN, Double.NaN);

    /**
     * @param sample the design
     * @param y the outputs, y[replication][point] in the order of {@link SaltelliSample#points()}
     * @param seed for the bootstrap
     */
    public static SobolIndices estimate(SaltelliSample sample, double[][] y, long seed) {
        int k = sample.k();
        int reps = y.length;
        boolean dummy = reps >= 2;
        Index[] all = Bootstrap.intervals(sample.n(), rows -> indices(sample, y, rows, dummy), seed);
        Index[] s1 = new Index[k];
        Index[] st = new Index[k];
        for (int i = 0; i < k; i++) {
            s1[i] = all[i];
            st[i] = all[k + i];
        }
        int next = 2 * k + (dummy ? 2 : 0);
        Index[][] s2 = null;
        if (sample.secondOrder()) {
            s2 = new Index[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    s2[i][j] = all[next++];
                }
            }
        }
        return new SobolIndices(s1, st, s2, dummy ? all[2 * k] : NONE, dummy ? all[2 * k + 1] : NONE, Noise.share(y));
    }

    /**
     * S1 of each input, ST of each input, the dummy's S1 and ST, then S2 of each pair (i &lt; j, row by row), averaged
     * over replications.
     */
    private static double[] indices(SaltelliSample s, double[][] y, int[] rows, boolean dummy) {
        int k = s.k();
        int reps = y.length;
        int pairs = s.secondOrder() ? k * (k - 1) / 2 : 0;
        double[] out = new double[2 * k + (dummy ? 2 : 0) + pairs];
        for (int r = 0; r < reps; r++) {
            double[] f = y[r];
            double v = variance(s, f, rows);
            double[] s1 = new double[k];
            for (int i = 0; i < k; i++) {
                double first = 0;
                double total = 0;
                for (int j : rows) {
                    double fa = f[s.rowOfA(j)];
                    double fab = f[s.rowOfAB(i, j)];
                    first += f[s.rowOfB(j)] * (fab - fa);
                    total += (fa - fab) * (fa - fab);
                }
                s1[i] = first / rows.length / v;
                out[i] += s1[i] / reps;
                out[k + i] += total / rows.length / (2 * v) / reps;
            }
            int at = 2 * k + (dummy ? 2 : 0);
            for (int i = 0; i < k && pairs > 0; i++) {
                for (int i2 = i + 1; i2 < k; i2++) {
                    double closed = 0;
                    for (int j : rows) {
                        closed += f[s.rowOfBA(i, j)] * f[s.rowOfAB(i2, j)] - f[s.rowOfA(j)] * f[s.rowOfB(j)];
                    }
                    out[at++] += (closed / rows.length / v - s1[i] - s1[i2]) / reps;
                }
            }
            if (dummy) {
                double[] next = y[(r + 1) % reps];
                double first = 0;
                double total = 0;
                for (int j : rows) {
                    double fa = f[s.rowOfA(j)];
                    double fab = next[s.rowOfA(j)];
                    first += f[s.rowOfB(j)] * (fab - fa);
                    total += (fa - fab) * (fa - fab);
                }
                out[2 * k] += first / rows.length / v / reps;
                out[2 * k + 1] += total / rows.length / (2 * v) / reps;
            }
        }
        return out;
    }

    /** Variance of the outputs at the chosen rows of A and B together. */
    private static double variance(SaltelliSample s, double[] f, int[] rows) {
        double sum = 0;
        double squares = 0;
        for (int j : rows) {
            double a = f[s.rowOfA(j)];
            double b = f[s.rowOfB(j)];
            sum += a + b;
            squares += a * a + b * b;
        }
        int m = 2 * rows.length;
        double mean = sum / m;
        return Math.max(0, squares / m - mean * mean) * m / (m - 1);
    }
}
