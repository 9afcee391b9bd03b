package org.gridgov.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridgov.observe.Metric;
import org.gridgov.report.MetricText;
import org.gridgov.stats.Proportion;
import org.gridgov.stats.robustness.Prim;
import org.gridgov.stats.robustness.Robustness;
import org.gridgov.stats.sensitivity.Noise;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Texts;

/**
 * The robustness of a comparison over a sample of its uncertainties (docs/ODD.md 12.2), metric by metric: how each
 * scenario fares against the baseline sample by sample ({@link Robustness}), and for the leading reform, the box of
 * the inputs in which it fails to beat the baseline ({@link Prim}). The sample is drawn again from the plan.
 */
final class RobustnessAnalysis {

    /** One statistic of one scenario on one metric, for robustness.csv; low and high NaN where there is no interval. */
    record Row(String metric, String scenario, String statistic, double estimate, double low, double high) {
    }

    /**
     * Where a reform fails on a metric.
     *
     * @param reform the scenario's index
     * @param leading whether it is the leading reform on the metric
     * @param failures samples in which it does not beat the baseline by the practical margin
     * @param trajectory PRIM's peeling trajectory over the samples used
     * @param chosen the box of the trajectory with the best balance of coverage and density
     * @param shown the chosen box without the limits the sample does not support (quasi-p 0.05 or more)
     */
    record Discovery(String metric, int reform, boolean leading, int failures, int samples, List<Prim.Box> trajectory,
            Prim.Box chosen, Prim.Box shown) {
    }

    /** One metric's analysis: the samples used, in sample order, and the scenarios' standing over them. */
    record Standing(String metric, int direction, double margin, int[] samples, Robustness robustness,
            double[] noiseShare) {
    }

    /** The quasi-p-value below which a box's limit is taken as supported by the sample. */
    static final double SUPPORTED = 0.05;

    private final ExperimentResults results;
    private final ExperimentPlan.Robustness design;
    private final double[][] unit;
    private final Map<String, Standing> standings = new HashMap<>();
    private final Map<String, List<Discovery>> discoveries = new HashMap<>();

    /** Use {@link ExperimentResults#robustness()}, which keeps one per experiment. */
    RobustnessAnalysis(ExperimentResults results) {
        this.results = results;
        this.design = results.plan().robustness();
        this.unit = Designs.unitLatinHypercube(design.inputs().size(), design.samples(), design.seed());
    }

    /** +1 where higher is better, -1 where lower is, 0 for a metric that describes rather than judges. */
    static int direction(String metric) {
        return Metric.of(metric).map(m -> switch (m.better()) {
            case HIGHER -> 1;
            case LOWER -> -1;
            case NONE -> 0;
        }).orElse(0);
    }

    /** The scenarios' standing on a metric; samples where a scenario's metric is undefined are left out. */
    Standing standing(String metric) {
        return standings.computeIfAbsent(metric, m -> {
            int scenarios = design.scenarios().size();
            int reps = results.plan().replications();
            List<Integer> used = new ArrayList<>();
            List<double[]> means = new ArrayList<>();
            // A partly run design (gridgov analyse) has the first samples only.
            int samples = results.plan().points().size() / scenarios;
            for (int s = 0; s < samples; s++) {
                double[] mean = new double[scenarios];
                boolean defined = true;
                for (int k = 0; k < scenarios; k++) {
                    for (int r = 0; r < reps; r++) {
                        mean[k] += results.record(design.point(s, k), r).metric(m) / reps;
                    }
                    defined &= Double.isFinite(mean[k]);
                }
                if (defined) {
                    used.add(s);
                    means.add(mean);
                }
            }
            int direction = direction(m);
            double margin = Metric.of(m).map(Metric::noticeable).orElse(Double.NaN);
            Robustness robustness = Robustness.of(means.toArray(double[][]::new), design.reference(), direction,
                    Double.isNaN(margin) ? Double.MIN_VALUE : margin, ExperimentResults.LEVEL);
            double[] noise = new double[scenarios];
            for (int k = 0; k < scenarios; k++) {
                // The effect replication by replication: how much of its spread over the samples is seed noise.
                double[][] d = new double[reps][used.size()];
                for (int r = 0; r < reps; r++) {
                    for (int i = 0; i < used.size(); i++) {
                        int s = used.get(i);
                        d[r][i] = results.record(design.point(s, k), r).metric(m)
                                - results.record(design.point(s, design.reference()), r).metric(m);
                    }
                }
                noise[k] = k == design.reference() ? Double.NaN : Noise.share(d);
            }
            return new Standing(m, direction, margin, used.stream().mapToInt(Integer::intValue).toArray(), robustness,
                    noise);
        });
    }

    /**
     * Where reforms fail to beat the baseline on a metric: the leading reform (the most samples beating the
     * baseline, then the larger median gain) first, whatever its record, then every other reform whose record is
     * mixed (at least {@link Prim#MIN_MASS} of the samples each way, room for a box). Empty for a metric with no
     * better direction.
     */
    List<Discovery> discoveries(String metric) {
        return discoveries.computeIfAbsent(metric, m -> {
            Standing st = standing(m);
            List<Discovery> found = new ArrayList<>();
            int lead = leader(st);
            if (lead < 0) {
                return found;
            }
            found.add(discovery(st, lead, true));
            for (int k = 0; k < design.scenarios().size(); k++) {
                if (k != lead && k != design.reference()) {
                    Discovery d = discovery(st, k, false);
                    int least = (int) Math.ceil(Prim.MIN_MASS * d.samples());
                    if (d.failures() >= least && d.samples() - d.failures() >= least) {
                        found.add(d);
                    }
                }
            }
            return found;
        });
    }

    private Discovery discovery(Standing st, int reform, boolean leading) {
        Robustness.Option o = st.robustness().options().get(reform);
        int n = st.samples().length;
        double[][] x = new double[n][];
        boolean[] fails = new boolean[n];
        int failures = 0;
        for (int i = 0; i < n; i++) {
            x[i] = unit[st.samples()[i]];
            fails[i] = st.direction() * o.effects()[i] < st.margin();
            failures += fails[i] ? 1 : 0;
        }
        if (n == 0) {
            return new Discovery(st.metric(), reform, leading, 0, 0, List.of(), null, null);
        }
        List<Prim.Box> trajectory = Prim.peel(x, fails, Prim.ALPHA, Prim.MIN_MASS);
        Prim.Box chosen = Prim.chosen(trajectory);
        return new Discovery(st.metric(), reform, leading, failures, n, trajectory, chosen,
                Prim.simplified(x, fails, chosen, SUPPORTED));
    }

    /** The reform with the most samples beating the baseline, then the larger median gain; -1 if there is none. */
    private int leader(Standing st) {
        if (st.direction() == 0) {
            return -1;
        }
        int lead = -1;
        List<Robustness.Option> options = st.robustness().options();
        for (int k = 0; k < options.size(); k++) {
            if (k == design.reference()) {
                continue;
            }
            if (lead < 0 || options.get(k).better().successes() > options.get(lead).better().successes()
                    || options.get(k).better().successes() == options.get(lead).better().successes()
                    && st.direction() * options.get(k).quantiles()[2] > st.direction() * options.get(lead).quantiles()[2]) {
                lead = k;
            }
        }
        return lead;
    }

    /** Every statistic of every scenario on every metric, for robustness.csv. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String m : results.plan().metrics()) {
            Standing st = standing(m);
            for (int k = 0; k < design.scenarios().size(); k++) {
                String scenario = design.scenarios().get(k);
                Robustness.Option o = st.robustness().options().get(k);
                rows.add(new Row(m, scenario, "samples", st.samples().length, Double.NaN, Double.NaN));
                if (k != design.reference()) {
                    share(rows, m, scenario, "share_better", o.better());
                    share(rows, m, scenario, "share_worse", o.worse());
                    rows.add(new Row(m, scenario, "effect_mean", o.meanEffect(), Double.NaN, Double.NaN));
                    for (int q = 0; q < Robustness.QUANTILES.length; q++) {
                        rows.add(new Row(m, scenario, String.format(Locale.ROOT, "effect_q%02d",
                                Math.round(100 * Robustness.QUANTILES[q])), o.quantiles()[q], Double.NaN, Double.NaN));
                    }
                    rows.add(new Row(m, scenario, "effect_noise_share", st.noiseShare()[k], Double.NaN, Double.NaN));
                }
                if (st.direction() != 0) {
                    rows.add(new Row(m, scenario, "regret_mean", o.meanRegret(), Double.NaN, Double.NaN));
                    rows.add(new Row(m, scenario, "regret_max", o.maxRegret(), Double.NaN, Double.NaN));
                    share(rows, m, scenario, "share_first", o.first());
                }
            }
        }
        return rows;
    }

    private static void share(List<Row> rows, String metric, String scenario, String statistic, Proportion p) {
        if (p != null) {
            rows.add(new Row(metric, scenario, statistic, p.share(), p.low(), p.high()));
        }
    }

    /** The unit cube point of a sample, as drawn. */
    double[] unitPoint(int sample) {
        return unit[sample];
    }

    // ---- in words

    /**
     * A metric's standing in words: "Mean time to close (lower is better; a difference of 1 h counts): network-governance
     * beats q-city-baseline in 40 of 40 samples (100%, 95% interval 91% to 100%), grid-personnel in ...".
     */
    String words(String metric, MetricText mt) {
        Texts t = mt.texts();
        Standing st = standing(metric);
        int n = st.samples().length;
        String baseline = design.scenarios().get(design.reference());
        if (st.direction() == 0) {
            return t.f("%s has no better direction: its effects are shown, not ranked.", mt.label(metric));
        }
        String margin = amount(metric, st.margin(), t);
        String head = st.direction() > 0 ? t.f("%s (higher is better; a difference of %s counts)", mt.label(metric),
                margin) : t.f("%s (lower is better; a difference of %s counts)", mt.label(metric), margin);
        if (n == 0) {
            return t.f("%s: undefined in every sample.", head);
        }
        List<Robustness.Option> options = st.robustness().options();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) {
            if (k != design.reference()) {
                order.add(k);
            }
        }
        order.sort((a, c) -> options.get(c).better().successes() - options.get(a).better().successes());
        List<String> standings = new ArrayList<>();
        for (int j = 0; j < Math.min(3, order.size()); j++) {
            int k = order.get(j);
            Proportion p = options.get(k).better();
            standings.add(j == 0 ? t.f("%s beats %s in %d of %d samples (%s)", design.scenarios().get(k), baseline,
                    p.successes(), n, interval(p, t)) : t.f("%s in %d of %d samples (%s)", design.scenarios().get(k),
                    p.successes(), n, interval(p, t)));
        }
        String list = standings.size() == 1 ? standings.get(0) : String.join(t.t(", "), standings.subList(0,
                standings.size() - 1)) + t.t(" and ") + standings.get(standings.size() - 1);
        int first = 0;
        int leastRegret = 0;
        for (int k = 1; k < options.size(); k++) {
            if (options.get(k).first().successes() > options.get(first).first().successes()) {
                first = k;
            }
            if (options.get(k).maxRegret() < options.get(leastRegret).maxRegret()) {
                leastRegret = k;
            }
        }
        return t.f("%s: %s.", head, list) + " " + t.f("Best in the most samples: %s (%d of %d).",
                design.scenarios().get(first), options.get(first).first().successes(), n) + " "
                + t.f("Smallest worst-case regret: %s (%s short of the best at worst).",
                design.scenarios().get(leastRegret), amount(metric, options.get(leastRegret).maxRegret(), t));
    }

    /** Where a reform fails, in words. */
    String discoveryWords(Discovery d, MetricText mt) {
        Texts t = mt.texts();
        String reform = d.leading() ? t.f("%s, the leading reform on %s,", design.scenarios().get(d.reform()),
                mt.label(d.metric())) : design.scenarios().get(d.reform());
        String baseline = design.scenarios().get(design.reference());
        if (d.failures() == 0) {
            return t.f("%s beats %s in all %d samples: no box of the uncertainties makes it fail.", reform, baseline,
                    d.samples());
        }
        if (d.failures() == d.samples()) {
            return t.f("%s beats %s by a practical margin in none of the %d samples.", reform, baseline, d.samples());
        }
        StringBuilder b = new StringBuilder(t.f("%s fails to beat %s by a practical margin in %d of %d samples.",
                reform, baseline, d.failures(), d.samples()));
        Prim.Box box = d.shown();
        if (box.limits().isEmpty()) {
            return b.append(' ').append(d.chosen().limits().isEmpty()
                    ? t.t("No box of the uncertain inputs holds these samples better than the whole space: they are"
                            + " spread over it, or are the runs' noise.")
                    : t.t("PRIM's box (discovery.csv) rests on no limit the sample supports (each has a quasi-p of 0.05"
                            + " or more): these samples have no clear place in the uncertainties.")).toString();
        }
        List<String> limits = new ArrayList<>();
        for (Prim.Limit l : box.limits()) {
            limits.add(t.f("%s (quasi-p %s)", limitWords(l, t), HumanNum.pValue(l.quasiP())));
        }
        b.append(' ').append(t.f("%d of them (coverage %.0f%%) lie where %s, a box of %.0f%% of the samples in which it"
                + " fails in %d of %d (density %.0f%%).", box.ofInterest(), 100 * box.coverage(),
                String.join(t.t(" and "), limits), 100 * box.mass(), box.ofInterest(), box.inside(),
                100 * box.density()));
        int dropped = d.chosen().limits().size() - box.limits().size();
        if (dropped > 0) {
            b.append(' ').append(dropped == 1 ? t.t("PRIM's box had 1 more limit that the sample does not support"
                    + " (quasi-p 0.05 or more; discovery.csv).") : t.f("PRIM's box had %d more limits that the sample"
                    + " does not support (quasi-p 0.05 or more; discovery.csv).", dropped));
        }
        return b.toString();
    }

    /** {@code platform.dispatch_accuracy <= 0.88}, {@code funding.* from x 0.9 to x 1.1}. */
    private String limitWords(Prim.Limit l, Texts t) {
        ExperimentPlan.Axis axis = design.inputs().get(l.input());
        boolean low = l.low() > Double.NEGATIVE_INFINITY;
        boolean high = l.high() < Double.POSITIVE_INFINITY;
        if (low && high) {
            return t.f("%s from %s to %s", axis.name(), axis.text(l.low()), axis.text(l.high()));
        }
        return axis.name() + (low ? " >= " + axis.text(l.low()) : " <= " + axis.text(l.high()));
    }

    private static String interval(Proportion p, Texts t) {
        return t.f("%.0f%%, 95%% interval %.0f%% to %.0f%%", 100 * p.share(), 100 * p.low(), 100 * p.high());
    }

    /** A difference in the metric's terms: "1.5 points" for a share, "12 h", "1,200 CNY a year". */
    static String amount(String metric, double x, Texts t) {
        Metric.Unit unit = Metric.of(metric).map(Metric::unit).orElse(null);
        if (unit == Metric.Unit.SHARE) {
            return HumanNum.fourDigits(100 * x) + " " + (Math.abs(100 * x) == 1 ? t.t("point") : t.t("points"));
        }
        String number = Math.abs(x) >= 1000 ? String.format(Locale.ROOT, "%,.0f", x) : HumanNum.fourDigits(x);
        return unit == null || unit == Metric.Unit.COUNT || unit == Metric.Unit.INDEX || unit == Metric.Unit.RATIO
                ? number : number + " " + t.t(unit.symbol());
    }
}
