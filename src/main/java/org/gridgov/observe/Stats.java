package org.gridgov.observe;

import java.util.Arrays;

/** Small descriptive statistics over a sample. */
public final class Stats {
    private Stats() {
    }

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
