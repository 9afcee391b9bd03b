package org.gridgov.stats;

import java.util.Arrays;

/** Descriptive statistics of a sample held in the first n places of an array (observers' growable buffers). */
public final class Stats {
    private Stats() {
    }

    /** The mean of the first n values; NaN when n is 0. */
    public static double mean(double[] xs, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += xs[i];
        }
        return sum / n;
    }

    /** The sample standard deviation (divisor n - 1) of the first n values around their mean. */
    public static double sd(double[] xs, int n, double mean) {
        double ss = 0;
        for (int i = 0; i < n; i++) {
            ss += (xs[i] - mean) * (xs[i] - mean);
        }
        return Math.sqrt(ss / (n - 1));
    }

    /**
     * The p-quantile (0..1) by linear interpolation between order statistics (Hyndman and Fan's type 7,
     * R's default); NaN for an empty sample. Sorts the first n values in place.
     */
    public static double quantile(double[] xs, int n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        Arrays.sort(xs, 0, n);
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return xs[lo] + (h - lo) * (xs[hi] - xs[lo]);
    }

    /** a / b, or NaN when b is 0. */
    public static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
