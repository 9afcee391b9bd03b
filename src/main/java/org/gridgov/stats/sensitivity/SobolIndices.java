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
 * @param s1 first-order index of each input
 * @param st total index of each input
 * @param dummyS1 the dummy's first-order index (NaN with one replication)
 * @param dummyST the dummy's total index (NaN with one replication)
 * @param noiseShare the share of the outputs' variance that is seed noise ({@link Noise#share})
 */
public record SobolIndices(Index[] s1, Index[] st, Index dummyS1, Index dummyST, double noiseShare) {

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
        return new SobolIndices(s1, st, dummy ? all[2 * k] : NONE, dummy ? all[2 * k + 1] : NONE, Noise.share(y));
    }

    /** S1 of each input, ST of each input, then the dummy's S1 and ST, averaged over replications. */
    private static double[] indices(SaltelliSample s, double[][] y, int[] rows, boolean dummy) {
        int k = s.k();
        int reps = y.length;
        double[] out = new double[2 * k + (dummy ? 2 : 0)];
        for (int r = 0; r < reps; r++) {
            double[] f = y[r];
            double v = variance(s, f, rows);
            for (int i = 0; i < k; i++) {
                double first = 0;
                double total = 0;
                for (int j : rows) {
                    double fa = f[s.rowOfA(j)];
                    double fab = f[s.rowOfAB(i, j)];
                    first += f[s.rowOfB(j)] * (fab - fa);
                    total += (fa - fab) * (fa - fab);
                }
                out[i] += first / rows.length / v / reps;
                out[k + i] += total / rows.length / (2 * v) / reps;
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
