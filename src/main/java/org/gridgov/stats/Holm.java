package org.gridgov.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Holm's step-down correction of p-values for a family of tests. */
public final class Holm {
    private Holm() {
    }

    /**
     * The adjusted p-values: the k-th smallest of m p-values is multiplied by (m - k + 1), then each adjusted
     * value is raised to the largest before it and capped at 1. NaN p-values are not tests: they stay NaN and do
     * not count in m. Ties keep their input order.
     */
    public static double[] adjust(double[] p) {
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        int m = order.length;
        double running = 0;
        for (int k = 0; k < m; k++) {
            running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
            adjusted[order[k]] = running;
        }
        return adjusted;
    }
}
