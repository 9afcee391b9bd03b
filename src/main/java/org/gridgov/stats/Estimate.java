package org.gridgov.stats;

import java.util.Arrays;

/**
 * A sample's mean with a Student-t confidence interval [low, high]. Values that are NaN (a metric a run could
 * not compute) are left out and {@code n} counts the rest; below 2 values sd, low and high are NaN.
 *
 * <p>Two kinds of interval: {@link #twoSided} at a level L (P(low &lt;= mean &lt;= high) = L), and
 * {@link #oneSided} at a confidence c, where {@code low} bounds [low, inf) and {@code high} bounds (-inf, high]
 * each with confidence c (together a two-sided interval at level 2c - 1).
 *
 * @param n the number of values that are not NaN
 */
public record Estimate(int n, double mean, double sd, double low, double high) {

    /** The mean with a two-sided interval at {@code level}, e.g. 0.95. */
    public static Estimate twoSided(double[] values, double level) {
        return withQuantile(values, 0.5 + level / 2);
    }

    /** The mean with one-sided bounds, each holding with {@code confidence}. */
    public static Estimate oneSided(double[] values, double confidence) {
        return withQuantile(values, confidence);
    }

    /** Half-width t(p, n-1) sd / sqrt(n) around the mean. */
    private static Estimate withQuantile(double[] values, double p) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        int n = x.length;
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Stats.mean(x, n);
        if (n == 1) {
            return new Estimate(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = Stats.sd(x, n, mean);
        double half = StudentT.quantile(n - 1, p) * sd / Math.sqrt(n);
        return new Estimate(n, mean, sd, mean - half, mean + half);
    }
}
