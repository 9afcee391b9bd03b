package org.gridgov.stats;

/**
 * A share of a sample, {@code successes} of {@code n}, with Wilson's score interval: unlike the normal
 * approximation it stays inside [0, 1] and keeps near its level at 0 or n successes, which is where a robust
 * reform's share of "beats the baseline" lies (Wilson 1927; Brown, Cai and DasGupta 2001).
 */
public record Proportion(int successes, int n, double share, double low, double high) {

    /** The share with its two-sided interval at {@code level}, e.g. 0.95; NaN throughout for an empty sample. */
    public static Proportion wilson(int successes, int n, double level) {
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException(successes + " successes of " + n);
        }
        if (n == 0) {
            return new Proportion(0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double z = new org.apache.commons.math3.distribution.NormalDistribution().inverseCumulativeProbability(
                0.5 + level / 2);
        double p = (double) successes / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4 * n));
        // The ends are exact at 0 and n successes; clamping only removes rounding.
        return new Proportion(successes, n, p, successes == 0 ? 0 : Math.max(0, centre - half),
                successes == n ? 1 : Math.min(1, centre + half));
    }
}
