package org.gridgov.stats.sensitivity;

/**
 * A sensitivity index with its 95% bootstrap interval (percentile method).
 *
 * @param estimate the estimate from all the data
 * @param low the 2.5th percentile of the bootstrap estimates
 * @param high the 97.5th percentile
 */
public record Index(double estimate, double low, double high) {

    /** True when the interval lies wholly above {@code other}'s: the two can be told apart. */
    public boolean above(Index other) {
        return low > other.high;
    }
}
