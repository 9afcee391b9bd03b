package org.gridgov.experiment;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Replication statistics: means with Student-t 95% confidence intervals, paired differences under common
 * random numbers with the paired t test, and Holm's correction for multiple comparisons. NaN values (a
 * metric a run could not compute) are left out, and {@code n} says how many values were used.
 */
public final class Statistics {
    /** Two-sided confidence level of every interval. */
    public static final double LEVEL = 0.95;

    private Statistics() {
    }

    /**
     * A sample's summary; sd and the interval are NaN below 2 values.
     *
     * @param n the number of values that are not NaN
     */
    public record Summary(int n, double mean, double sd, double ciLow, double ciHigh) {
    }

    /**
     * A paired comparison of a scenario with the baseline over replications with common random numbers.
     *
     * @param n      pairs in which both values are not NaN
     * @param pValue two-sided paired t test of "no difference"; NaN when the differences do not vary
     */
    public record Paired(int n, double meanDifference, double ciLow, double ciHigh, double pValue) {
    }

    /** Mean, standard deviation and t interval of the values that are not NaN. */
    public static Summary summarize(double[] values) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        int n = x.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = mean(x);
        if (n == 1) {
            return new Summary(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = sd(x, mean);
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new Summary(n, mean, sd, mean - half, mean + half);
    }

    /** The differences {@code scenario[i] - baseline[i]} of the pairs where both are not NaN. */
    public static Paired paired(double[] scenario, double[] baseline) {
        if (scenario.length != baseline.length) {
            throw new IllegalArgumentException("pairs need equal lengths");
        }
        double[] d = IntStream.range(0, scenario.length)
                .filter(i -> !Double.isNaN(scenario[i]) && !Double.isNaN(baseline[i]))
                .mapToDouble(i -> scenario[i] - baseline[i]).toArray();
        Summary s = summarize(d);
        double p = Double.NaN;
        if (s.n() >= 2 && s.sd() > 0) {
            double t = s.mean() / (s.sd() / Math.sqrt(s.n()));
            // 2 P(T < -|t|) rather than 2 (1 - P(T < |t|)), which would round small p-values to 0.
            p = Math.min(1, 2 * new TDistribution(null, s.n() - 1).cumulativeProbability(-Math.abs(t)));
        }
        return new Paired(s.n(), s.mean(), s.ciLow(), s.ciHigh(), p);
    }

    /**
     * Holm's step-down adjustment of p-values for a family of tests: the k-th smallest of m p-values is
     * multiplied by (m - k + 1), then each adjusted value is raised to the largest before it and capped at 1.
     * NaN p-values are not tests: they stay NaN and do not count in m. Ties keep their input order.
     */
    public static double[] holm(double[] p) {
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

    /** The t quantile for a two-sided {@link #LEVEL} interval with {@code df} degrees of freedom. */
    public static double tQuantile(int df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + LEVEL / 2);
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double sd(double[] x, double mean) {
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (x.length - 1));
    }
}
