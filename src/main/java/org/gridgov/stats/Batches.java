package org.gridgov.stats;

/** Means of consecutive batches of a series. */
final class Batches {
    private Batches() {
    }

    /** Means of the whole batches of {@code length} values from {@code from} on (a partial last batch is left out). */
    static double[] means(double[] series, int from, int length) {
        int n = Math.max(0, (series.length - from) / length);
        double[] means = new double[n];
        for (int b = 0; b < n; b++) {
            double sum = 0;
            for (int i = from + b * length; i < from + (b + 1) * length; i++) {
                sum += series[i];
            }
            means[b] = sum / length;
        }
        return means;
    }
}
