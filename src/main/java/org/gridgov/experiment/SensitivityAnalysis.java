package org.gridgov.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.gridgov.observe.Metric;
import org.gridgov.report.MetricText;
import org.gridgov.stats.sensitivity.Index;
import org.gridgov.stats.sensitivity.MorrisDesign;
import org.gridgov.stats.sensitivity.MorrisIndices;
import org.gridgov.stats.sensitivity.SaltelliSample;
import org.gridgov.stats.sensitivity.SobolIndices;
import org.gridgov.text.Texts;

/**
 * The indices of a morris or sobol experiment, metric by metric (docs/ODD.md 12), from its runs: the design is
 * drawn again from the plan's settings, so a merged or resumed experiment gives the same indices.
 */
final class SensitivityAnalysis {
    /** The input that changes only the random numbers, as outputs name it. */
    static final String DUMMY = "(seed only)";
    /** The row of the seed noise's share of the variance. */
    static final String NOISE = "(seed noise)";

    /** One index of one input for one metric; low and high are NaN where there is no interval. */
    record Row(String metric, String input, String index, double estimate, double low, double high) {
    }

    /**
     * One metric's ranking: the inputs by their main index (ST or mu*), the dummy's, the noise share.
     *
     * @param main each input's main index, in ranked order, and its name
     * @param sigma each input's sigma in the same order (morris), else empty
     */
    record Ranking(String metric, String indexName, List<String> inputs, List<Index> main, List<Double> sigma,
            Index dummy, double noiseShare) {
    }

    private final ExperimentResults results;
    private final ExperimentPlan.Sensitivity design;
    /** The design drawn again (a Morris design's spread is costly to choose), once. */
    private MorrisDesign trajectories;
    private SaltelliSample sample;
    /** Each metric's indices, estimated once (the bootstrap is the costly part) for both indices.csv and the report. */
    private final java.util.Map<String, java.util.Optional<Object>> estimated = new java.util.HashMap<>();

    /** Use {@link ExperimentResults#sensitivity()}, which keeps one per experiment. */
    SensitivityAnalysis(ExperimentResults results) {
        this.results = results;
        this.design = results.plan().sensitivity();
    }

    boolean morris() {
        return design.method().equals(ExperimentReader.MORRIS);
    }

    /** y[replication][point] of a metric; null when it is undefined at some run (indices need every output). */
    private double[][] outputs(String metric) {
        ExperimentPlan plan = results.plan();
        double[][] y = new double[plan.replications()][plan.points().size()];
        for (int r = 0; r < y.length; r++) {
            for (int p = 0; p < y[r].length; p++) {
                y[r][p] = results.record(p, r).metric(metric);
                if (!Double.isFinite(y[r][p])) {
                    return null;
                }
            }
        }
        return y;
    }

    /** Every index of every metric, for indices.csv. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> inputs = design.inputs();
        for (String m : results.plan().metrics()) {
            Object estimate = indices(m);
            if (estimate instanceof MorrisIndices idx) {
                for (int i = 0; i < inputs.size(); i++) {
                    rows.add(row(m, inputs.get(i), "mu_star", idx.muStar()[i]));
                    rows.add(new Row(m, inputs.get(i), "mu", idx.mu()[i], Double.NaN, Double.NaN));
                    rows.add(new Row(m, inputs.get(i), "sigma", idx.sigma()[i], Double.NaN, Double.NaN));
                }
                rows.add(row(m, DUMMY, "mu_star", idx.dummyMuStar()));
                rows.add(new Row(m, NOISE, "noise_share", idx.noiseShare(), Double.NaN, Double.NaN));
            } else if (estimate instanceof SobolIndices idx) {
                for (int i = 0; i < inputs.size(); i++) {
                    rows.add(row(m, inputs.get(i), "S1", idx.s1()[i]));
                    rows.add(row(m, inputs.get(i), "ST", idx.st()[i]));
                }
                for (int i = 0; idx.s2() != null && i < inputs.size(); i++) {
                    for (int j = i + 1; j < inputs.size(); j++) {
                        rows.add(row(m, pair(inputs.get(i), inputs.get(j)), "S2", idx.s2()[i][j]));
                    }
                }
                rows.add(row(m, DUMMY, "S1", idx.dummyS1()));
                rows.add(row(m, DUMMY, "ST", idx.dummyST()));
                rows.add(new Row(m, NOISE, "noise_share", idx.noiseShare(), Double.NaN, Double.NaN));
            }
        }
        return rows;
    }

    /** How outputs name a pair of inputs: {@code a & b}. */
    static String pair(String a, String b) {
        return a + " & " + b;
    }

    /**
     * A metric's interactions, the largest second-order indices first (those whose interval lies above 0 only), at
     * most {@code limit}; empty without a second-order sample.
     */
    List<Row> interactions(String metric, int limit) {
        List<Row> out = new ArrayList<>();
        if (indices(metric) instanceof SobolIndices idx && idx.s2() != null) {
            List<String> inputs = design.inputs();
            for (int i = 0; i < inputs.size(); i++) {
                for (int j = i + 1; j < inputs.size(); j++) {
                    if (idx.s2()[i][j].low() > 0) {
                        out.add(row(metric, pair(inputs.get(i), inputs.get(j)), "S2", idx.s2()[i][j]));
                    }
                }
            }
            out.sort(Comparator.comparingDouble((Row r) -> -r.estimate()));
        }
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static Row row(String metric, String input, String index, Index i) {
        return new Row(metric, input, index, i.estimate(), i.low(), i.high());
    }

    private MorrisDesign trajectories() {
        if (trajectories == null) {
            // A partly run screen (gridgov analyse) has the first trajectories only.
            int run = design.unitsRun(results.plan().points().size());
            trajectories = MorrisDesign.of(design.inputs().size(), design.size(), design.levels(), design.candidates(),
                    design.seed());
            if (run < design.size()) {
                trajectories = trajectories.first(run);
            }
        }
        return trajectories;
    }

    private SaltelliSample sample() {
        if (sample == null) {
            sample = SaltelliSample.of(design.size(), design.inputs().size(), 0, design.secondOrder());
            int run = design.unitsRun(results.plan().points().size());
            if (run < design.size()) {
                sample = sample.rows(java.util.stream.IntStream.range(0, run).toArray()); // a partly run design
            }
        }
        return sample;
    }

    /** A metric's {@link MorrisIndices} or {@link SobolIndices}, or null when it is undefined at some run. */
    private Object indices(String metric) {
        return estimated.computeIfAbsent(metric, m -> {
            double[][] y = outputs(m);
            return y == null ? java.util.Optional.empty() : java.util.Optional.of(morris()
                    ? MorrisIndices.estimate(trajectories(), y, design.seed())
                    : SobolIndices.estimate(sample(), y, design.seed()));
        }).orElse(null);
    }

    /** Each design point's coordinates on the unit cube, u[point][input], as the design drew them. */
    double[][] unitPoints() {
        return morris() ? trajectories().points() : sample().points();
    }

    /** A metric's mean over the replications at each design point (NaN where undefined). */
    double[] pointMeans(String metric) {
        ExperimentPlan plan = results.plan();
        double[] mean = new double[plan.points().size()];
        for (int p = 0; p < mean.length; p++) {
            mean[p] = results.summary(p, metric).mean();
        }
        return mean;
    }

    /** The ranking of one metric by ST (sobol) or mu* (morris), or null when the metric is undefined somewhere. */
    Ranking ranking(String metric) {
        Object estimate = indices(metric);
        Index[] main;
        double[] sigma = null;
        Index dummy;
        double noise;
        if (estimate instanceof MorrisIndices idx) {
            main = idx.muStar();
            sigma = idx.sigma();
            dummy = idx.dummyMuStar();
            noise = idx.noiseShare();
        } else if (estimate instanceof SobolIndices idx) {
            main = idx.st();
            dummy = idx.dummyST();
            noise = idx.noiseShare();
        } else {
            return null;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < main.length; i++) {
            order.add(i);
        }
        Index[] m = main;
        order.sort(Comparator.comparingDouble((Integer i) -> -m[i].estimate()).thenComparing(i -> i));
        double[] s = sigma;
        return new Ranking(metric, morris() ? "mu*" : "ST", order.stream().map(design.inputs()::get).toList(),
                order.stream().map(i -> m[i]).toList(), s == null ? List.of() : order.stream().map(i -> s[i]).toList(),
                dummy, noise);
    }

    /**
     * The ranking in words: "Mean hours to close depends mostly on X (ST 0.41, 95% interval 0.36 to 0.46), then
     * Y (...) and Z (...). 12 of 30 inputs cannot be told from seed noise ...".
     */
    static String words(Ranking r, MetricText mt) {
        Texts t = mt.texts();
        List<Integer> clear = new ArrayList<>();
        for (int i = 0; i < r.inputs().size(); i++) {
            if (Double.isNaN(r.dummy().high()) || r.main().get(i).above(r.dummy())) {
                clear.add(i);
            }
        }
        StringBuilder b = new StringBuilder();
        if (clear.isEmpty()) {
            b.append(t.f("%s depends on none of the inputs more than on the random numbers alone.",
                    mt.label(r.metric())));
        } else {
            List<String> inputs = new ArrayList<>();
            for (int j = 0; j < Math.min(3, clear.size()); j++) {
                int i = clear.get(j);
                inputs.add(t.f("%s (%s %s, 95%% interval %s to %s)", r.inputs().get(i), r.indexName(),
                        shown(r.main().get(i).estimate()), shown(r.main().get(i).low()), shown(r.main().get(i).high())));
            }
            String list = inputs.size() == 1 ? inputs.get(0) : String.join(t.t(", "), inputs.subList(0,
                    inputs.size() - 1)) + t.t(", then ") + inputs.get(inputs.size() - 1);
            b.append(t.f("%s depends mostly on %s.", mt.label(r.metric()), list));
        }
        int noisy = r.inputs().size() - clear.size();
        if (!Double.isNaN(r.dummy().high())) {
            b.append(' ').append(t.f("%d of %d inputs cannot be told from seed noise: their interval does not lie above"
                    + " that of an input that changes only the random numbers (%s %s).", noisy, r.inputs().size(),
                    r.indexName(), shown(r.dummy().high())));
        }
        if (!Double.isNaN(r.noiseShare())) {
            b.append(' ').append(t.f("Seed noise is %.0f%% of its variance over the design.", 100 * r.noiseShare()));
        }
        return b.toString();
    }

    private static String shown(double x) {
        return Math.abs(x) >= 100 ? String.format(Locale.ROOT, "%,.0f", x)
                : Math.abs(x) >= 1 ? String.format(Locale.ROOT, "%.2f", x) : String.format(Locale.ROOT, "%.3f", x);
    }
}
