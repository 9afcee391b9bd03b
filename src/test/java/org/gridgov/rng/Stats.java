package org.gridgov.rng;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statistical assertions with tolerances from theory, for tests on fixed seeds. With {@link #Z} = 4 standard
 * errors a correct generator fails a normal-approximation check with probability about 6e-5, and the
 * chi-square and Kolmogorov-Smirnov checks use significance {@link #ALPHA}; so a failure means a bug, not bad
 * luck, and tolerances are never widened to make a test pass.
 */
final class Stats {

    static final double Z = 4;
    static final double ALPHA = 1e-4;

    private Stats() {
    }

    static double mean(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.length;
    }

    static double sd(double[] xs) {
        double m = mean(xs);
        double s = 0;
        for (double x : xs) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (xs.length - 1));
    }

    /** Sample mean within Z standard errors sigma / sqrt(n) of mu. */
    static void assertMean(double[] xs, double mu, double sigma, String what) {
        double se = sigma / Math.sqrt(xs.length);
        double m = mean(xs);
        assertTrue(Math.abs(m - mu) <= Z * se, () -> what + ": mean " + m + ", expected " + mu + " +- " + Z * se);
    }

    /**
     * Sample standard deviation within Z standard errors of sigma; by the delta method the standard error of s
     * is sigma * sqrt((kurtosis - 1) / (4n)), kurtosis being the fourth standardised moment (3 for a normal).
     */
    static void assertSd(double[] xs, double sigma, double kurtosis, String what) {
        double se = sigma * Math.sqrt((kurtosis - 1) / (4.0 * xs.length));
        double s = sd(xs);
        assertTrue(Math.abs(s - sigma) <= Z * se, () -> what + ": sd " + s + ", expected " + sigma + " +- " + Z * se);
    }

    /** Pearson correlation within Z / sqrt(n) of 0, its standard error under independence. */
    static void assertUncorrelated(double[] xs, double[] ys, String what) {
        double mx = mean(xs);
        double my = mean(ys);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < xs.length; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }
        double r = sxy / Math.sqrt(sxx * syy);
        double bound = Z / Math.sqrt(xs.length);
        assertTrue(Math.abs(r) <= bound, () -> what + ": correlation " + r + ", bound " + bound);
    }

    /** Pearson's chi-square of counts against probabilities below its 1 - ALPHA quantile. */
    static void assertChiSquare(long[] counts, double[] probabilities, String what) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        double chi2 = 0;
        int cells = 0;
        for (int i = 0; i < counts.length; i++) {
            if (probabilities[i] > 0) {
                double e = n * probabilities[i];
                chi2 += (counts[i] - e) * (counts[i] - e) / e;
                cells++;
            }
        }
        double critical = new ChiSquaredDistribution(cells - 1).inverseCumulativeProbability(1 - ALPHA);
        double statistic = chi2;
        assertTrue(statistic <= critical, () -> what + ": chi-square " + statistic + " > " + critical);
    }

    /** Uniform (0, 1) values binned into equal cells, by chi-square. */
    static void assertUniformBins(double[] us, int bins, String what) {
        long[] counts = new long[bins];
        for (double u : us) {
            counts[(int) (u * bins)]++;
        }
        double[] p = new double[bins];
        Arrays.fill(p, 1.0 / bins);
        assertChiSquare(counts, p, what);
    }

    /**
     * Kolmogorov-Smirnov distance within the Dvoretzky-Kiefer-Wolfowitz-Massart bound
     * P(D > eps) <= 2 exp(-2 n eps^2), valid for every n, at significance ALPHA.
     */
    static void assertDistribution(double[] xs, RealDistribution distribution, String what) {
        double d = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(distribution, xs);
        double eps = Math.sqrt(Math.log(2 / ALPHA) / (2.0 * xs.length));
        assertTrue(d <= eps, () -> what + ": KS distance " + d + " > " + eps);
    }
}
