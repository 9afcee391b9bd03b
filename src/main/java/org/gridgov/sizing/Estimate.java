package org.gridgov.sizing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A metric's mean over replications with one-sided Student-t confidence bounds at a given level: {@code low}
 * is the lower bound of the one-sided interval [low, inf), {@code high} the upper bound of (-inf, high]. Each
 * holds with the stated confidence; together they make a two-sided interval at level 2 x confidence - 1.
 * Replications in which the metric could not be computed (NaN) are left out; below 2 values the bounds are NaN.
 */
public record Estimate(int n, double mean, double sd, double low, double high) {
    private static final MathContext FOUR = new MathContext(4);

    public static Estimate of(double[] values, double confidence) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        int n = x.length;
        if (n == 0) {
            return new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(x).sum() / n;
        if (n == 1) {
            return new Estimate(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(confidence) * sd / Math.sqrt(n);
        return new Estimate(n, mean, sd, mean - half, mean + half);
    }

    /** A number for people: four significant digits, "n/a" for NaN. */
    public static String show(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return new BigDecimal(x).round(FOUR).stripTrailingZeros().toPlainString();
    }
}
