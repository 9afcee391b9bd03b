package org.gridgov.stats.sensitivity;

import java.util.Arrays;
import java.util.function.Function;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Percentile bootstrap over the rows of a sample (base rows of a Saltelli sample, trajectories of a Morris
 * design): the statistic is recomputed on rows drawn with replacement. Seeded, so the same data give the same
 * intervals.
 */
final class Bootstrap {
    static final int RESAMPLES = 1000;

    private Bootstrap() {
    }

    /**
     * @param rows how many rows the sample has
     * @param statistic each parameter's statistic for a choice of rows (indices into the sample, repeats allowed)
     * @return each parameter's estimate from all rows with its 95% interval
     */
    static Index[] intervals(int rows, Function<int[], double[]> statistic, long seed) {
        int[] all = new int[rows];
        Arrays.setAll(all, i -> i);
        double[] estimate = statistic.apply(all);
        double[][] resampled = new double[estimate.length][RESAMPLES];
        RandomGenerator random = new Well19937c(seed);
        int[] pick = new int[rows];
        for (int b = 0; b < RESAMPLES; b++) {
            for (int j = 0; j < rows; j++) {
                pick[j] = random.nextInt(rows);
            }
            double[] s = statistic.apply(pick);
            for (int i = 0; i < s.length; i++) {
                resampled[i][b] = s[i];
            }
        }
        Index[] out = new Index[estimate.length];
        for (int i = 0; i < out.length; i++) {
            double[] sorted = resampled[i];
            Arrays.sort(sorted);
            out[i] = new Index(estimate[i], percentile(sorted, 0.025), percentile(sorted, 0.975));
        }
        return out;
    }

    /** Linear interpolation between order statistics (NaN estimates, from a degenerate resample, sort last). */
    private static double percentile(double[] sorted, double p) {
        double h = p * (sorted.length - 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
