package org.gridgov.stats;

/**
 * A linear trend in a series, tested on the means of consecutive batches: the least-squares slope of the
 * batch means against their index, its standard error, and the two-sided Student-t p-value of "no trend"
 * with (batches - 2) degrees of freedom.
 *
 * <p>The test assumes the batch means are independent and normal, which holds when a batch is much longer
 * than the series' correlation time (batch-means method). Batch a daily simulation output in whole weeks
 * (7, 28, 364 days): with other lengths each batch holds a different mix of weekdays and working-hour
 * series show a calendar trend that is not there.
 *
 * <p>Example: {@code Trend.ofBatchMeans(dailyOpenCases, 28)} tests four-weekly means;
 * {@code t.slopePerValue() * 365} is then the growth a year and {@code t.significant(0.99)} the verdict.
 *
 * @param batches number of batch means (a partial last batch is left out)
 * @param batchLength values per batch
 * @param slope change of the batch mean from one batch to the next
 * @param standardError standard error of the slope; 0 when the means lie exactly on a line
 * @param pValue two-sided p-value of slope 0; 1 with fewer than three batches
 */
public record Trend(int batches, int batchLength, double slope, double standardError, double pValue) {

    /** The trend of the means of consecutive batches of {@code batchLength} values of {@code series}. */
    public static Trend ofBatchMeans(double[] series, int batchLength) {
        if (batchLength < 1) {
            throw new IllegalArgumentException("batch length must be 1 or more, got " + batchLength);
        }
        return fit(Batches.means(series, 0, batchLength), batchLength);
    }

    /** The trend of the given means, one per batch of {@code batchLength} values, in order. */
    static Trend fit(double[] means, int batchLength) {
        int n = means.length;
        if (n < 3) {
            return new Trend(n, batchLength, 0, 0, 1);
        }
        double meanX = (n - 1) / 2.0;
        double meanY = Stats.mean(means, n);
        double sxx = 0;
        double sxy = 0;
        for (int x = 0; x < n; x++) {
            sxx += (x - meanX) * (x - meanX);
            sxy += (x - meanX) * (means[x] - meanY);
        }
        double slope = sxy / sxx;
        double squares = 0;
        for (int x = 0; x < n; x++) {
            double residual = means[x] - meanY - slope * (x - meanX);
            squares += residual * residual;
        }
        double se = Math.sqrt(squares / (n - 2) / sxx);
        double p = se > 0 ? StudentT.twoSidedP(slope / se, n - 2) : (slope == 0 ? 1 : 0);
        return new Trend(n, batchLength, slope, se, p);
    }

    /** The slope per value of the series (per day for a daily series). */
    public double slopePerValue() {
        return slope / batchLength;
    }

    /** True if the slope differs from 0 at {@code confidence}, e.g. 0.99. */
    public boolean significant(double confidence) {
        return pValue < 1 - confidence;
    }
}
