package org.gridgov.experiment;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * What a Latin hypercube says about its inputs: the Spearman rank correlation between each input's values and each
 * metric's mean over replications at the samples, with a 95% interval from Fisher's z with the variance 1.06 /
 * (n - 3) of Fieller, Hartley and Pearson (1957). A monotone effect shows as a correlation near +-1, an inert input
 * near 0 (docs/ODD.md 12.1). The base point is not a sample and is left out.
 */
final class RankCorrelations {

    /** One input's correlation with one metric. */
    record Row(String metric, String input, double rho, double low, double high) {
    }

    private RankCorrelations() {
    }

    /**
     * Every input's correlation with every metric, or none when the design is not a Latin hypercube; use {@link
     * ExperimentResults#rankCorrelations()}, which keeps them.
     */
    static List<Row> of(ExperimentResults results) {
        ExperimentPlan plan = results.plan();
        List<Row> rows = new ArrayList<>();
        if (!plan.design().equals(ExperimentReader.LATIN_HYPERCUBE) || plan.points().size() < 5) {
            return rows;
        }
        List<Integer> samples = new ArrayList<>();
        for (int p = 0; p < plan.points().size(); p++) {
            if (p != plan.baseline()) {
                samples.add(p);
            }
        }
        List<String> inputs = List.copyOf(plan.points().get(samples.get(0)).parameters().keySet());
        int n = samples.size();
        for (String m : plan.metrics()) {
            double[] y = new double[n];
            boolean defined = true;
            for (int i = 0; i < n; i++) {
                y[i] = results.summary(samples.get(i), m).mean();
                defined &= Double.isFinite(y[i]);
            }
            if (!defined) {
                continue;
            }
            for (String input : inputs) {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = Double.parseDouble(plan.points().get(samples.get(i)).parameters().get(input));
                }
                double rho = new SpearmansCorrelation().correlation(x, y);
                double half = 1.959964 * Math.sqrt(1.06 / (n - 3));
                double z = atanh(Math.max(-0.999999, Math.min(0.999999, rho)));
                rows.add(new Row(m, input, rho, Math.tanh(z - half), Math.tanh(z + half)));
            }
        }
        return rows;
    }

    private static double atanh(double r) {
        return 0.5 * Math.log((1 + r) / (1 - r));
    }
}
