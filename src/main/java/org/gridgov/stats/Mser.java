package org.gridgov.stats;

/**
 * The MSER-m warm-up truncation rule (White 1997; White, Cobb and Spratt 2000): group the series into batches
 * of m values, b_0 .. b_{k-1}, and cut the first d batches where d minimises
 *
 * <pre>  MSER(d) = sum over i = d .. k-1 of (b_i - mean(b_d .. b_{k-1}))^2 / (k - d)^2,</pre>
 *
 * the squared standard error of the mean of what is kept, were its batch means independent. A transient
 * pulls the early batches away from the later level, so cutting them lowers the statistic until the
 * transient has passed; cutting more only shrinks the sample. The minimum is searched over d up to k / 2,
 * so at least half the series is always kept; a minimum at that limit means the series had not settled by
 * mid-run (see {@link #atLimit()}).
 *
 * @param batchLength m, values per batch
 * @param truncated values to cut, d x m
 * @param atLimit whether the minimum lay at the end of the search (no evidence the series settled)
 */
public record Mser(int batchLength, int truncated, boolean atLimit) {

    /** MSER-5, the usual rule: batches of five values. */
    public static Mser five(double[] series) {
        return of(series, 5);
    }

    /** MSER with batches of {@code batchLength} values; nothing is cut from a series of fewer than two batches. */
    public static Mser of(double[] series, int batchLength) {
        double[] b = Batches.means(series, 0, batchLength);
        int k = b.length;
        if (k < 2) {
            return new Mser(batchLength, 0, false);
        }
        // Sums from the end give every candidate's statistic in one pass.
        double sum = 0;
        double squares = 0;
        double[] statistic = new double[k];
        for (int d = k - 1; d >= 0; d--) {
            sum += b[d];
            squares += b[d] * b[d];
            int kept = k - d;
            statistic[d] = Math.max(0, squares - sum * sum / kept) / ((double) kept * kept);
        }
        int best = 0;
        for (int d = 1; d <= k / 2; d++) {
            if (statistic[d] < statistic[best]) {
                best = d;
            }
        }
        return new Mser(batchLength, best * batchLength, best == k / 2 && k / 2 > 0);
    }
}
