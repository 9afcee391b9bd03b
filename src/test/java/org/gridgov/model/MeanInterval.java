package org.gridgov.model;

import org.gridgov.stats.Estimate;

/**
 * A two-sided Student-t confidence interval for the mean of independent replications' values (each
 * replication's own mean or ratio is one observation; its within-run correlation is thereby absorbed).
 *
 * @param mean sample mean of the replications
 * @param halfWidth t(1 - (1-level)/2, n-1) x s / sqrt(n)
 * @param n number of replications
 */
public record MeanInterval(double mean, double halfWidth, int n, double level) {

    public static MeanInterval of(double[] xs, double level) {
        int n = xs.length;
        if (n < 2) {
            throw new IllegalArgumentException("need at least two replications");
        }
        Estimate e = Estimate.twoSided(xs, level);
        if (e.n() != n) {
            throw new IllegalArgumentException("a replication's value is NaN");
        }
        return new MeanInterval(e.mean(), e.high() - e.mean(), n, level);
    }

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    public boolean contains(double x) {
        return x >= lower() && x <= upper();
    }

    /** Half-width relative to the given reference value (e.g. the theoretical value). */
    public double relativeHalfWidth(double reference) {
        return halfWidth / Math.abs(reference);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6g +- %.3g (%.0f%% CI over %d replications)", mean,
                halfWidth, 100 * level, n);
    }
}
