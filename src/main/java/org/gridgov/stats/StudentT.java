package org.gridgov.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** Quantiles and tail probabilities of Student's t distribution (Commons Math's, without a random generator). */
public final class StudentT {
    private StudentT() {
    }

    /** The p-quantile with {@code df} degrees of freedom, e.g. {@code quantile(4, 0.975)} = 2.776445. */
    public static double quantile(int df, double p) {
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }

    /** The two-sided p-value of a t statistic: 2 P(T &lt; -|t|), at most 1. */
    public static double twoSidedP(double t, int df) {
        // 2 P(T < -|t|) rather than 2 (1 - P(T < |t|)), which would round small p-values to 0.
        return Math.min(1, 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t)));
    }
}
