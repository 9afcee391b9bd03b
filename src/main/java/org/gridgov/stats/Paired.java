package org.gridgov.stats;

import java.util.stream.IntStream;

/**
 * A paired comparison of a scenario with a baseline over replications with common random numbers: the mean of
 * the differences {@code scenario[i] - baseline[i]} with a two-sided t interval, and the paired t test.
 *
 * @param n      pairs in which both values are not NaN
 * @param pValue two-sided paired t test of "no difference"; NaN when the differences do not vary
 */
public record Paired(int n, double meanDifference, double low, double high, double pValue) {

    /** The pairs where both values are not NaN, with an interval at {@code level}. */
    public static Paired of(double[] scenario, double[] baseline, double level) {
        if (scenario.length != baseline.length) {
            throw new IllegalArgumentException("pairs need equal lengths");
        }
        double[] d = IntStream.range(0, scenario.length)
                .filter(i -> !Double.isNaN(scenario[i]) && !Double.isNaN(baseline[i]))
                .mapToDouble(i -> scenario[i] - baseline[i]).toArray();
        Estimate s = Estimate.twoSided(d, level);
        double p = Double.NaN;
        if (s.n() >= 2 && s.sd() > 0) {
            p = StudentT.twoSidedP(s.mean() / (s.sd() / Math.sqrt(s.n())), s.n() - 1);
        }
        return new Paired(s.n(), s.mean(), s.low(), s.high(), p);
    }
}
