package org.gridgov.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridgov.observe.Metric;
import org.gridgov.observe.Warmup;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.ChartFile;
import org.gridgov.report.Charts;
import org.gridgov.report.Html;
import org.gridgov.report.MetricText;
import org.gridgov.report.TranslatedPage;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.Paired;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Texts;
import org.jfree.chart.JFreeChart;

/**
 * The report of an experiment: {@code report.html}, one self-contained page that opens, for a comparison, with the
 * answer (every scenario's headline metrics and their differences from the baseline, in % / h / CNY, coloured by
 * whether they are better, worse, not significant or practically nil) and a table of contents; then the design, a
 * table and charts per metric, open cases over time and grid worker utilisation, the charts embedded as SVG and
 * also written to {@code charts/} as PNG and SVG.
 */
final class ExperimentPage extends TranslatedPage {
    /** The daily columns drawn over time: open cases always; with reforms phased in, their trajectory as well. */
    private static final String OPEN = "open_end";
    private static final List<String[]> TRAJECTORY = List.of(
            new String[] {"latent_end", "Latent issues (weekly mean of the daily values)", "latent issues"},
            new String[] {"mean_trust_end", "Residents' mean trust (weekly mean of the daily values)", "mean trust"},
            new String[] {"volunteers_end", "Active volunteers (weekly mean of the daily values)", "volunteers"});

    /** The most metrics the answer shows side by side: a first screen, not the whole report. */
    private static final int ANSWER_COLUMNS = 6;

    private final ExperimentResults results;
    private final ExperimentPlan plan;
    private final List<String> labels;
    /** A sensitivity design's points on the unit cube, drawn again once for the scatter plots. */
    private double[][] unitPoints;

    private ExperimentPage(ExperimentResults results, Texts texts) {
        super(texts);
        this.results = results;
        this.plan = results.plan();
        this.labels = plan.points().stream().map(DesignPoint::label).toList();
    }

    /** Draws every chart into {@code dir/charts} and writes {@code dir/report.html} with them embedded. */
    static void write(Path dir, ExperimentResults results, Texts texts) throws IOException {
        ExperimentPage page = new ExperimentPage(results, texts);
        String body = page.body(dir.resolve("charts"));
        // With an answer, it fills the first screen and the contents follow it; otherwise they come first.
        AtomicFile.write(dir.resolve("report.html"), out -> out.write(Html.page(results.plan().name(),
                Html.withContents(body, texts.t("Contents"), !results.comparisons().isEmpty()), texts.lang())));
    }

    private String body(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(plan.name())).append("</h1>\n");
        if (results.partial() != null) {
            b.append("<p><strong>").append(Html.escape(results.partial().text(t))).append("</strong></p>\n");
        }
        if (!plan.description().isBlank()) {
            b.append("<p>").append(Html.escape(plan.description())).append("</p>\n");
        }
        if (plan.sensitivity() != null) {
            return b.append(design()).append(sensitivity(dir)).append(files()).toString();
        }
        if (plan.robustness() != null) {
            return b.append(design()).append(robustness(dir)).append(files()).toString();
        }
        String answer = answer(dir);
        b.append(answer.isEmpty() ? design() : answer);
        b.append(stages(dir));
        b.append(mainEffects(dir));
        b.append("<h2>").append(t.t("Design points")).append("</h2>\n");
        if (!answer.isEmpty()) {
            b.append(design()); // after the answer, which needs the first screen
        }
        return b.append(rest(dir)).toString();
    }

    /** How the experiment was run: its design, runs, seed and warm-up, common random numbers, the reforms' phase-in. */
    private String design() {
        StringBuilder b = new StringBuilder();
        String warmup = plan.warmupDays() >= 0 ? t.f("the first %d left out of the metrics", plan.warmupDays())
                : t.f("each run's warm-up chosen by %s and left out of the metrics", t.t(Warmup.MSER5));
        b.append("<p>").append(Html.escape(t.f(
                "Design %s: %d design points x %d replications = %d runs of %d days (%s), seed %d, gridgov %s.",
                plan.design(), labels.size(), plan.replications(), plan.runs().size(), plan.days(), warmup,
                plan.seed(), plan.modelVersion())))
                .append("</p>\n<p class=\"note\">").append(Html.escape(results.comparisons().isEmpty()
                        ? t.t("Replication i of every design point uses the same random streams (common random"
                        + " numbers).")
                        : t.t("Replication i of every design point uses the same random streams (common random"
                        + " numbers), so differences from the baseline are paired replication by replication. Intervals"
                        + " are Student-t 95% confidence intervals, a mean's clipped to the metric's natural bounds (a"
                        + " share's to 0 and 1); p-values are from paired t tests, with Holm's correction"
                        + " over all comparisons and metrics of the experiment. n counts the replications in which a"
                        + " metric could be computed."))).append("</p>\n");
        if (plan.phaseIn() != null) {
            b.append("<p>").append(Html.escape(t.f("Reforms phased in %1$s: every scenario is the baseline until then"
                    + " (the same city, event by event), and each of its settings that differs from the baseline's takes"
                    + " effect %1$s (docs/ODD.md 6).", describe(plan.phaseIn()))
                    + (plan.warmupDays() >= 0 ? " " + t.f("The metrics cover days %d to %d.", plan.warmupDays(),
                    plan.days()) : ""))).append("</p>\n");
        }
        return b.toString();
    }

    /** The design points' table, then a section per metric and the series over time. */
    private String rest(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < labels.size(); p++) {
            DesignPoint d = plan.points().get(p);
            List<String> set = new ArrayList<>();
            d.settings().forEach((k, v) -> set.add(k + " = " + v));
            rows.add(List.of(named(p), d.description(), d.scenarioFile(),
                    set.isEmpty() ? t.t("none beyond the file") : String.join("; ", set)));
        }
        b.append(Html.table(List.of(t.t("scenario"), t.t("what it is"), t.t("file"), t.t("parameters set over the file")),
                rows));
        b.append(stability());
        b.append(rankCorrelations());
        for (String m : plan.metrics()) {
            b.append("<h2>").append(Html.escape(mt.heading(m))).append("</h2>\n").append(metricTable(m));
            double[] mean = new double[labels.size()];
            double[] lo = new double[labels.size()];
            double[] hi = new double[labels.size()];
            for (int p = 0; p < labels.size(); p++) {
                Estimate s = results.summary(p, m);
                mean[p] = s.mean();
                lo[p] = s.low();
                hi[p] = s.high();
            }
            if (plan.design().equals(ExperimentReader.LATIN_HYPERCUBE)) {
                b.append(sampledInputs(dir, m));
                continue;
            }
            b.append(figure(dir, "metric-" + m, Charts.estimates(cmt.label(m), ct.f("mean with 95%% confidence interval,"
                    + " %s", cmt.unit(m)), labels, mean, lo, hi, false), categoryHeight(labels.size()),
                    t.f("Mean of %s over %d replications, with its 95%% confidence interval.", m, plan.replications())));
            List<ExperimentResults.Comparison> cs = results.comparisons().stream().filter(c -> c.metric().equals(m)).toList();
            if (!cs.isEmpty()) {
                List<String> names = cs.stream().map(c -> labels.get(c.point())).toList();
                b.append(figure(dir, "difference-" + m, Charts.estimates(ct.f("%s: difference from %s", cmt.label(m),
                        labels.get(plan.baseline())), ct.f("paired difference with 95%% confidence interval, %s",
                        cmt.unitAndBetter(m)), names,
                        cs.stream().mapToDouble(c -> c.paired().meanDifference()).toArray(),
                        cs.stream().mapToDouble(c -> c.paired().low()).toArray(),
                        cs.stream().mapToDouble(c -> c.paired().high()).toArray(), true),
                        categoryHeight(names.size()), t.t("Each scenario minus the baseline, replication by replication;"
                                + " an interval that misses 0 is a difference the runs can tell apart.")));
            }
        }
        b.append("<h2>").append(t.t("Open cases over time")).append("</h2>\n");
        b.append(overTime(dir, OPEN, "open-cases", "Open cases (weekly mean of the daily values)", "open cases"));
        if (plan.phaseIn() != null) {
            b.append("<h2>").append(t.t("Trajectories of the reforms")).append("</h2>\n");
            for (String[] column : TRAJECTORY) {
                b.append(overTime(dir, column[0], column[0].replace("_end", "").replace('_', '-'), column[1], column[2]));
            }
        }
        b.append(everyDailySeries(dir));
        b.append("<h2>").append(t.t("Grid worker utilisation")).append("</h2>\n");
        List<double[]> use = new ArrayList<>();
        for (int p = 0; p < labels.size(); p++) {
            use.add(results.workerUtilizations(p));
        }
        b.append(figure(dir, "worker-utilization", Charts.boxes(ct.t("Grid worker utilisation"), ct.t("share of"
                + " on-duty hours spent on work other than patrol"), labels, use), categoryHeight(labels.size()) + 20,
                t.t("Every grid worker of every replication: box from the first to the third quartile, line at the"
                        + " median, whiskers to the furthest values within 1.5 interquartile ranges.")));
        return b.append(files()).toString();
    }

    /**
     * The answer on the first screen: each scenario's mean of each metric, and for the others the paired difference
     * from the baseline with its interval and verdict; empty without a baseline to compare with.
     */
    private String answer(Path dir) throws IOException {
        if (results.comparisons().isEmpty()) {
            return "";
        }
        String base = labels.get(plan.baseline());
        List<String> shown = answerMetrics();
        List<String> header = new ArrayList<>(List.of(t.t("scenario")));
        List<AnswerColumn> columns = new ArrayList<>();
        for (String m : shown) {
            AnswerColumn column = AnswerColumn.of(m, results.summary(plan.baseline(), m).mean(), mt);
            columns.add(column);
            String better = mt.better(m);
            header.add(mt.label(m) + "\n" + column.unit() + (better.isEmpty() ? "" : "; " + better));
        }
        Map<String, ExperimentResults.Comparison> byCell = new LinkedHashMap<>();
        results.comparisons().forEach(c -> byCell.put(c.point() + " " + c.metric(), c));
        List<List<Html.Cell>> rows = new ArrayList<>();
        int[] counts = new int[MetricText.Verdict.values().length];
        for (int p = 0; p < labels.size(); p++) {
            DesignPoint d = plan.points().get(p);
            String what = !d.description().isEmpty() ? d.description() : d.settings().isEmpty() ? d.scenarioFile()
                    : String.join("; ", d.settings().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                            .toList());
            // One line of what the scenario is, cut short if need be (all of it on hover and under Design points):
            // every scenario's row must fit the first screen.
            List<Html.Cell> row = new ArrayList<>(List.of(new Html.Cell(named(p) + "\n" + what, "", what)));
            for (AnswerColumn column : columns) {
                String m = column.metric();
                String mean = column.value(results.summary(p, m).mean());
                ExperimentResults.Comparison c = byCell.get(p + " " + m);
                if (c == null) {
                    row.add(new Html.Cell(mean, "num"));
                    continue;
                }
                Paired diff = c.paired();
                MetricText.Verdict v = MetricText.verdict(m, diff.meanDifference(), c.pAdjusted());
                counts[v.ordinal()]++;
                row.add(new Html.Cell(mean + "\n" + column.difference(diff.meanDifference()) + " ["
                        + column.difference(diff.low()) + ", " + column.difference(diff.high()) + "] " + mt.mark(v),
                        v.style() + " num"));
            }
            rows.add(row);
        }
        StringBuilder b = new StringBuilder("<h2>").append(t.t("The answer")).append("</h2>\n");
        b.append("<div id=\"answer\">\n").append(Html.classedTable(header, rows)).append("</div>\n");
        b.append(Html.paragraph(t.f("Each scenario's mean over %1$d replications; below it, for each scenario but %2$s,"
                + " the difference from %2$s (paired replication by replication) with its 95%% interval. Green: better"
                + " and significant (Holm-adjusted p < 0.05) by at least the metric's practical margin; red: worse by as"
                + " much; grey: not significant (n.s.), or significant but smaller than the margin (practically nil,"
                + " ≈0). Each interval is at 95%% on its own, while the verdict is corrected for the experiment's many"
                + " comparisons, so an interval may miss 0 where the verdict says not significant. Rates are in %% and"
                + " their differences in percentage points.", plan.replications(), base)));
        int differs = counts[MetricText.Verdict.DIFFERS.ordinal()];
        b.append(Html.paragraph(t.f("Of the %d differences shown: %d better, %d worse, %d practically nil, %d not"
                + " significant.", shown.size() * (labels.size() - 1), counts[MetricText.Verdict.BETTER.ordinal()],
                counts[MetricText.Verdict.WORSE.ordinal()], counts[MetricText.Verdict.NIL.ordinal()],
                counts[MetricText.Verdict.NS.ordinal()])
                + (differs == 0 ? "" : " " + t.f("%d significant on metrics without a better direction.", differs))
                + (shown.size() == plan.metrics().size() ? "" : " " + t.t("Every metric, with its p-values, is in its"
                        + " own section below."))));
        return b.append(costEffect(dir, shown, byCell)).toString();
    }

    /**
     * What each reform buys: its extra cost a year against its effect on the first three of the answer's other
     * metrics, with both intervals; empty when the experiment does not report the annual cost.
     */
    private String costEffect(Path dir, List<String> shown, Map<String, ExperimentResults.Comparison> byCell)
            throws IOException {
        String cost = Metric.COST_PER_YEAR.id();
        List<String> panels = shown.stream().filter(m -> !m.equals(cost) && !m.equals(Metric.COST_PER_RESOLUTION.id()))
                .limit(3).toList();
        if (!plan.metrics().contains(cost) || panels.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        List<ExperimentResults.Comparison> costs = new ArrayList<>();
        for (int p = 0; p < labels.size(); p++) {
            if (byCell.containsKey(p + " " + cost)) {
                names.add(labels.get(p));
                costs.add(byCell.get(p + " " + cost));
            }
        }
        List<double[]> effects = new ArrayList<>();
        List<double[]> lows = new ArrayList<>();
        List<double[]> highs = new ArrayList<>();
        List<String> axes = new ArrayList<>();
        for (String m : panels) {
            double scale = MetricText.differenceScale(m);
            double[] e = new double[costs.size()];
            double[] lo = new double[costs.size()];
            double[] hi = new double[costs.size()];
            for (int i = 0; i < costs.size(); i++) {
                Paired d = byCell.get(costs.get(i).point() + " " + m).paired();
                e[i] = scale * d.meanDifference();
                lo[i] = scale * d.low();
                hi[i] = scale * d.high();
            }
            effects.add(e);
            lows.add(lo);
            highs.add(hi);
            axes.add(cmt.label(m) + ", " + cmt.differenceUnit(m));
        }
        JFreeChart chart = Charts.costEffect(ct.f("What each scenario buys, against %s", labels.get(plan.baseline())),
                ct.f("extra cost, %s", cmt.unit(cost)), names,
                costs.stream().mapToDouble(c -> c.paired().meanDifference()).toArray(),
                costs.stream().mapToDouble(c -> c.paired().low()).toArray(),
                costs.stream().mapToDouble(c -> c.paired().high()).toArray(), axes, effects, lows, highs);
        return figure(dir, "cost-effect", chart, 140 + 150 * panels.size(), t.t("Each scenario's extra cost a year (x)"
                + " and its effect on each metric (y), both paired differences from the baseline with their 95%"
                + " intervals; the dashed line is no effect.") + " " + String.join("; ", panels.stream().map(m ->
                mt.label(m) + ": " + mt.better(m)).toList()) + ".");
    }

    /** The stages of the loop a dispatched case goes through after filing, in order: they add up to its time to close. */
    private static final List<Metric> STAGES = List.of(Metric.STAGE_HOURS_TO_DISPATCH, Metric.STAGE_HOURS_WAITING,
            Metric.STAGE_HOURS_HANDLING, Metric.STAGE_HOURS_TO_CLOSE);

    /**
     * Where the time goes: each scenario's mean hours in each stage from filing to closing, as stacked bars and a
     * table, with the hours before filing beside them; empty for runs from before the stages were measured.
     */
    private String stages(Path dir) throws IOException {
        if (plan.design().equals(ExperimentReader.LATIN_HYPERCUBE)) {
            return ""; // a sample of settings, not scenarios to set side by side
        }
        List<Metric> all = new ArrayList<>(List.of(Metric.STAGE_HOURS_LATENT, Metric.STAGE_HOURS_TO_FILE));
        all.addAll(STAGES);
        double[][] mean = new double[all.size()][labels.size()];
        boolean any = false;
        for (int k = 0; k < all.size(); k++) {
            for (int p = 0; p < labels.size(); p++) {
                mean[k][p] = results.summary(p, all.get(k).id()).mean();
                any |= !Double.isNaN(mean[k][p]);
            }
        }
        if (!any) {
            return "";
        }
        List<String> header = new ArrayList<>(List.of(t.t("scenario")));
        all.forEach(m -> header.add(stageName(mt, m)));
        header.add(t.t("filing to closing (dispatched cases)"));
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < labels.size(); p++) {
            List<String> row = new ArrayList<>(List.of(labels.get(p)));
            double sum = 0;
            for (int k = 0; k < all.size(); k++) {
                row.add(mt.value(all.get(k).id(), mean[k][p]));
                sum += k >= 2 ? mean[k][p] : 0;
            }
            row.add(mt.value(Metric.MEAN_HOURS_TO_CLOSE.id(), sum));
            rows.add(row);
        }
        double[][] bars = java.util.Arrays.copyOfRange(mean, 2, mean.length);
        JFreeChart chart = Charts.stacked(ct.t("Where the time goes: filing to closing of a dispatched case"),
                ct.t("mean hours in each stage"), labels, STAGES.stream().map(m -> stageName(cmt, m)).toList(),
                bars);
        return "<h2>" + t.t("Where the time goes") + "</h2>\n" + Html.paragraph(t.f("The mean hours the cases closed in"
                + " the window spent in each stage of the loop, over %d replications: before filing, the issue waits"
                + " to be found (latent) and reported; a dispatched case then waits for the command centre, for its"
                + " department (queues, returns, redispatch, rework, a second department), is handled, and waits for"
                + " feedback and the grid worker's verification. The last four add up to a dispatched case's time from"
                + " filing to closing; cases fixed on the spot close at filing. docs/ODD.md 8.2 defines each stage.",
                plan.replications()))
                + Html.table(header, rows) + figure(dir, "stages", chart, categoryHeight(labels.size()) + 40,
                t.t("Each scenario's mean hours from filing to closing of a dispatched case, stage by stage."));
    }

    /**
     * A factorial design's main effects: for each factor and level, each metric's mean over the combinations with
     * that level (a full factorial is balanced, so every other factor's levels weigh alike), with a 95% interval over
     * the replications, which share their random numbers across combinations; then, for the first two factors, each
     * metric's mean at each pair of levels, where an interaction shows as rows that do not move in parallel.
     */
    private String mainEffects(Path dir) throws IOException {
        if (!plan.design().equals(ExperimentReader.FACTORIAL) || plan.points().isEmpty()) {
            return "";
        }
        List<String> factors = new ArrayList<>(plan.points().get(0).parameters().keySet());
        Map<String, List<String>> levels = new LinkedHashMap<>();
        for (String f : factors) {
            levels.put(f, plan.points().stream().map(d -> d.parameters().get(f)).distinct().toList());
        }
        StringBuilder b = new StringBuilder("<h2>").append(t.t("Main effects of the factors")).append("</h2>\n");
        b.append(Html.paragraph(t.f("Each metric's mean over the design points at each level of a factor (every other"
                + " factor's levels weigh alike), with its 95%% interval over the %d replications. A factor whose levels"
                + " give the same mean has no main effect; one that moves the mean a lot matters whatever the other"
                + " factors are set to.", plan.replications())));
        List<String> header = new ArrayList<>(List.of(t.t("factor = level")));
        plan.metrics().forEach(m -> header.add(mt.label(m) + "\n" + mt.unit(m)));
        List<List<Html.Cell>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Map<String, Estimate> effect = new LinkedHashMap<>();
        for (String f : factors) {
            for (String level : levels.get(f)) {
                String name = f.substring(f.lastIndexOf('.') + 1) + " = " + level;
                categories.add(name);
                List<Html.Cell> row = new ArrayList<>(List.of(new Html.Cell(name, "")));
                for (String m : plan.metrics()) {
                    Estimate e = levelMean(Map.of(f, level), m);
                    effect.put(name + " " + m, e);
                    row.add(new Html.Cell(mt.value(m, e.mean()) + "\n[" + show(e.low()) + ", " + show(e.high())
                            + "]", "num"));
                }
                rows.add(row);
            }
        }
        b.append(Html.classedTable(header, rows));
        for (String m : plan.metrics()) {
            double[] mean = categories.stream().mapToDouble(c -> effect.get(c + " " + m).mean()).toArray();
            double[] lo = categories.stream().mapToDouble(c -> effect.get(c + " " + m).low()).toArray();
            double[] hi = categories.stream().mapToDouble(c -> effect.get(c + " " + m).high()).toArray();
            b.append(figure(dir, "main-effects-" + m, Charts.estimates(ct.f("%s: main effects", cmt.label(m)),
                    ct.f("mean with 95%% confidence interval, %s", cmt.unit(m)), categories, mean, lo, hi, false),
                    categoryHeight(categories.size()), t.f("The mean of %s at each level of each factor.", m)));
        }
        if (factors.size() >= 2) {
            String f1 = factors.get(0);
            String f2 = factors.get(1);
            b.append("<h3>").append(Html.escape(t.f("Two factors together: %s by %s", f1, f2))).append("</h3>\n");
            b.append(Html.paragraph(t.t("Each metric's mean at each pair of levels, shaded from its lowest (light) to its"
                    + " highest (dark) value in the table: where the factors interact, the shading does not change the"
                    + " same way along every row.")));
            for (String m : plan.metrics()) {
                List<String> h = new ArrayList<>(List.of(mt.label(m) + "\n" + t.f("%s down, %s across", f1, f2)));
                levels.get(f2).forEach(l -> h.add(l));
                double[][] mean = new double[levels.get(f1).size()][levels.get(f2).size()];
                for (int i = 0; i < mean.length; i++) {
                    for (int j = 0; j < mean[i].length; j++) {
                        mean[i][j] = levelMean(Map.of(f1, levels.get(f1).get(i), f2, levels.get(f2).get(j)), m).mean();
                    }
                }
                double lo = java.util.Arrays.stream(mean).flatMapToDouble(java.util.Arrays::stream)
                        .filter(Double::isFinite).min().orElse(Double.NaN);
                double hi = java.util.Arrays.stream(mean).flatMapToDouble(java.util.Arrays::stream)
                        .filter(Double::isFinite).max().orElse(Double.NaN);
                List<List<Html.Cell>> cells = new ArrayList<>();
                for (int i = 0; i < mean.length; i++) {
                    List<Html.Cell> row = new ArrayList<>(List.of(new Html.Cell(levels.get(f1).get(i), "")));
                    for (double x : mean[i]) {
                        row.add(new Html.Cell(mt.value(m, x), "num " + Html.shade(x, lo, hi)));
                    }
                    cells.add(row);
                }
                b.append(Html.classedTable(h, cells));
            }
        }
        return b.toString();
    }

    /**
     * A metric's mean over the design points that set every factor of {@code levels} as given, with a 95% interval
     * over the replications: in each replication, the mean over those points (they share its random numbers).
     */
    private Estimate levelMean(Map<String, String> levels, String metric) {
        List<Integer> points = new ArrayList<>();
        for (int p = 0; p < plan.points().size(); p++) {
            Map<String, String> set = plan.points().get(p).parameters();
            if (levels.entrySet().stream().allMatch(e -> e.getValue().equals(set.get(e.getKey())))) {
                points.add(p);
            }
        }
        double[] perReplication = new double[plan.replications()];
        for (int p : points) {
            double[] v = results.values(p, metric); // each point's values once, not once a replication
            for (int r = 0; r < perReplication.length; r++) {
                perReplication[r] += v[r];
            }
        }
        for (int r = 0; r < perReplication.length; r++) {
            perReplication[r] /= points.size();
        }
        return Estimate.twoSided(perReplication, 0.95);
    }

    /** A stage's label without its "Stage: " prefix, capitalised: "Filing to dispatch" (环节：立案到派遣: 立案到派遣). */
    private static String stageName(MetricText text, Metric m) {
        String label = text.label(m.id());
        int colon = Math.max(label.indexOf(':'), label.indexOf('：'));
        String name = label.substring(colon + 1).strip();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A design point's label, marked when it is the baseline. */
    private String named(int point) {
        return point == plan.baseline() ? t.f("%s (baseline)", labels.get(point)) : labels.get(point);
    }

    /** When reforms take effect: "on day 365", "from day 365 to day 545". */
    private String describe(ExperimentPlan.Phase phase) {
        return phase.firstDay() == phase.lastDay() ? t.f("on day %d", phase.firstDay())
                : t.f("from day %d to day %d", phase.firstDay(), phase.lastDay());
    }

    /**
     * The answer's columns: the experiment's metrics that have a better direction, at most {@value #ANSWER_COLUMNS},
     * the annual cost among them when the experiment reports it (what a reform costs is half of the answer).
     */
    private List<String> answerMetrics() {
        List<String> judged = plan.metrics().stream().filter(m -> !Metric.betterOf(m).isEmpty()).toList();
        List<String> shown = new ArrayList<>((judged.isEmpty() ? plan.metrics() : judged).stream().limit(ANSWER_COLUMNS)
                .toList());
        String cost = Metric.COST_PER_YEAR.id();
        if (judged.contains(cost) && !shown.contains(cost)) {
            shown.set(shown.size() - 1, cost);
        }
        return shown;
    }

    /**
     * Every input against every metric at a glance: ST, or mu* as a share of the metric's largest, white where the
     * input cannot be told from noise; inputs ordered by their largest value over the metrics.
     */
    private String heatMap(Path dir, java.util.Map<String, SensitivityAnalysis.Ranking> rankings, boolean morris)
            throws IOException {
        List<String> metrics = List.copyOf(rankings.keySet());
        java.util.Map<String, double[]> byInput = new java.util.LinkedHashMap<>();
        for (int c = 0; c < metrics.size(); c++) {
            SensitivityAnalysis.Ranking r = rankings.get(metrics.get(c));
            double top = r.main().isEmpty() ? 0 : r.main().get(0).estimate();
            for (int i = 0; i < r.inputs().size(); i++) {
                double[] row = byInput.computeIfAbsent(r.inputs().get(i), k -> {
                    double[] nan = new double[metrics.size()];
                    java.util.Arrays.fill(nan, Double.NaN);
                    return nan;
                });
                org.gridgov.stats.sensitivity.Index idx = r.main().get(i);
                boolean clear = Double.isNaN(r.dummy().high()) || idx.above(r.dummy());
                double v = morris ? (top > 0 ? idx.estimate() / top : 0) : idx.estimate();
                row[c] = clear ? Math.max(0, Math.min(1, v)) : Double.NaN;
            }
        }
        List<String> inputs = new ArrayList<>(byInput.keySet());
        java.util.function.ToDoubleFunction<String> largest = in -> java.util.Arrays.stream(byInput.get(in))
                .filter(Double::isFinite).max().orElse(-1);
        inputs.sort(java.util.Comparator.comparingDouble(largest).reversed());
        double[][] values = new double[inputs.size()][];
        for (int i = 0; i < inputs.size(); i++) {
            values[i] = byInput.get(inputs.get(i));
        }
        List<String> columns = metrics.stream().map(cmt::label).toList();
        return "<h3>" + t.t("All inputs and metrics") + "</h3>\n" + figure(dir, "sensitivity-heat-map", Charts.heatMap(
                morris ? ct.t("mu* as a share of each metric's largest") : ct.t("Total index ST"), inputs, columns,
                values, morris ? ct.t("share of the largest mu*") : "ST"), 220 + 22 * inputs.size(), t.t("Each input"
                + " (row) for each metric (column): darker matters more; white where the input cannot be told from seed"
                + " noise."));
    }

    /** The metric against each of its three most important inputs, over every design point. */
    private String topInputs(Path dir, SensitivityAnalysis analysis, SensitivityAnalysis.Ranking r, String metric)
            throws IOException {
        if (unitPoints == null) {
            unitPoints = analysis.unitPoints();
        }
        List<String> top = r.inputs().subList(0, Math.min(3, r.inputs().size()));
        List<double[]> x = new ArrayList<>();
        for (String input : top) {
            int column = plan.sensitivity().inputs().indexOf(input);
            double[] u = new double[unitPoints.length];
            for (int p = 0; p < u.length; p++) {
                u[p] = unitPoints[p][column];
            }
            x.add(u);
        }
        return figure(dir, "inputs-" + metric, Charts.panels(ct.f("%s against its top inputs", cmt.label(metric)),
                cmt.label(metric) + " (" + cmt.unit(metric) + ")", top, x, analysis.pointMeans(metric),
                ct.t("each input from the low end (0) to the high end (1) of its range")), 360, t.t("Each design"
                + " point's mean over its replications against the inputs ranked first: the trend is the input's"
                + " effect, the scatter around it the other inputs and noise."));
    }

    /**
     * For a Latin hypercube: the metric against the three inputs with the strongest rank correlation, each from its
     * lowest to its highest sampled value.
     */
    private String sampledInputs(Path dir, String metric) throws IOException {
        List<RankCorrelations.Row> rows = new ArrayList<>(results.rankCorrelations().stream()
                .filter(r -> r.metric().equals(metric)).toList());
        if (rows.isEmpty()) {
            return "";
        }
        rows.sort(java.util.Comparator.comparingDouble((RankCorrelations.Row r) -> -Math.abs(r.rho())));
        List<String> top = rows.subList(0, Math.min(3, rows.size())).stream().map(RankCorrelations.Row::input).toList();
        List<Integer> samples = new ArrayList<>();
        for (int p = 0; p < labels.size(); p++) {
            if (p != plan.baseline()) {
                samples.add(p);
            }
        }
        List<double[]> x = new ArrayList<>();
        for (String input : top) {
            double[] v = samples.stream().mapToDouble(p -> Double.parseDouble(plan.points().get(p).parameters().get(input)))
                    .toArray();
            x.add(v);
        }
        double[] y = samples.stream().mapToDouble(p -> results.summary(p, metric).mean()).toArray();
        return figure(dir, "inputs-" + metric, Charts.panels(ct.f("%s against its most correlated inputs",
                cmt.label(metric)), cmt.label(metric) + " (" + cmt.unit(metric) + ")", top, x, y,
                ct.t("each input's sampled values")), 360, t.t("Each sample's mean over its replications against the"
                + " three inputs with the largest rank correlation: the trend is the input's effect, the scatter around"
                + " it the other inputs and noise."));
    }

    /** For a Latin hypercube: each input's rank correlation with each metric (empty for other designs). */
    private String rankCorrelations() {
        List<RankCorrelations.Row> rows = results.rankCorrelations();
        if (rows.isEmpty()) {
            return "";
        }
        List<String> inputs = rows.stream().map(RankCorrelations.Row::input).distinct().toList();
        List<String> metrics = rows.stream().map(RankCorrelations.Row::metric).distinct().toList();
        List<String> header = new ArrayList<>(List.of(t.t("input")));
        metrics.forEach(m -> header.add(mt.label(m)));
        List<List<String>> table = new ArrayList<>();
        for (String input : inputs) {
            List<String> row = new ArrayList<>(List.of(input));
            for (String m : metrics) {
                row.add(rows.stream().filter(r -> r.input().equals(input) && r.metric().equals(m)).findFirst()
                        .map(r -> String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f]", r.rho(), r.low(), r.high()))
                        .orElse(""));
            }
            table.add(row);
        }
        return "<h2>" + t.t("Which inputs move the metrics") + "</h2>\n<p>" + Html.escape(t.t("Spearman rank"
                + " correlation of each input with each metric's mean over the samples, with a 95% interval (Fisher's"
                + " z): near +1 or -1 a monotone effect, near 0 none that the samples show. In indices.csv as index"
                + " spearman.")) + "</p>\n" + Html.table(header, table);
    }

    private String files() {
        return "<h2>" + t.t("Files") + "</h2>\n<p class=\"note\">" + Html.escape(t.f("Tables in this folder: %s."
                + " Charts are also in charts/ as PNG and SVG. gridgov's README.md (section Experiments) describes each"
                + " file, and its docs/ODD.md (section 8) defines every metric.", String.join(", ",
                ExperimentOutputs.FILES))) + "</p>\n";
    }

    /** The largest second-order indices in words, or that no pair interacts measurably. */
    private String interactionWords(List<SensitivityAnalysis.Row> pairs) {
        if (pairs.isEmpty()) {
            return t.t("No pair of inputs interacts measurably: no second-order index has an interval above 0.");
        }
        List<String> shown = new ArrayList<>();
        for (SensitivityAnalysis.Row r : pairs) {
            shown.add(t.f("%s (S2 %s, 95%% interval %s to %s)", r.input(), show(r.estimate()), show(r.low()),
                    show(r.high())));
        }
        return t.f("Interactions, the second-order indices whose interval lies above 0: %s.", String.join("; ", shown));
    }

    /** How the reforms fare over the sample of uncertainties, and where the leading one fails (docs/ODD.md 12.2). */
    private String robustness(Path dir) throws IOException {
        ExperimentPlan.Robustness design = plan.robustness();
        RobustnessAnalysis analysis = results.robustness();
        List<String> scenarios = design.scenarios();
        String baseline = scenarios.get(design.reference());
        StringBuilder b = new StringBuilder();
        b.append("<h2>").append(t.t("How robust is the ranking of the reforms")).append("</h2>\n<p>").append(
                Html.escape(t.f("%d scenarios, each run in the same %d samples of %d uncertain inputs (a Latin hypercube), %d times per"
                        + " sample with common random numbers: in each sample every scenario meets the same city and"
                        + " the same random events, so its effect (its mean minus %s's) is paired sample by sample. A"
                        + " scenario takes the sampled values except where it sets a parameter itself: a reform's own"
                        + " levers are its policy, not an uncertainty. It beats the baseline in a sample when its effect"
                        + " is at least the metric's practical margin in the better direction; shares have 95%% Wilson"
                        + " intervals. Regret is how far a scenario falls short of the best scenario of the sample."
                        + " Where a reform fails, PRIM looks for the box of the inputs that holds those samples; its"
                        + " quasi-p-values do not allow for the search over every input, so a box is a hypothesis to"
                        + " test with a larger sample.",
                scenarios.size(), labels.size() / scenarios.size(), design.inputs().size(), plan.replications(),
                baseline)))
                .append("</p>\n");
        b.append(unsettled(t.t("a trend in open cases or latent issues, or a saturated unit (summary.csv, column"
                + " unstable). Their metrics are those of a city in transition, so a reform's standing counts how it"
                + " fares on the way to its steady state as well as in it.")));
        List<String> headlines = new ArrayList<>();
        for (String m : plan.metrics()) {
            if (RobustnessAnalysis.direction(m) != 0) {
                headlines.add(analysis.words(m, mt));
            }
        }
        if (!headlines.isEmpty()) {
            b.append("<ul>\n");
            headlines.forEach(h -> b.append("<li>").append(Html.escape(h)).append("</li>\n"));
            b.append("</ul>\n");
        }
        for (String m : plan.metrics()) {
            RobustnessAnalysis.Standing st = analysis.standing(m);
            b.append("<h3>").append(Html.escape(mt.heading(m))).append("</h3>\n");
            if (st.direction() == 0) {
                b.append("<p>").append(Html.escape(analysis.words(m, mt))).append("</p>\n");
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> reforms = new ArrayList<>();
            List<double[]> effects = new ArrayList<>();
            for (int k = 0; k < scenarios.size(); k++) {
                org.gridgov.stats.robustness.Robustness.Option o = st.robustness().options().get(k);
                boolean ranked = st.direction() != 0;
                if (k != design.reference()) {
                    reforms.add(scenarios.get(k));
                    effects.add(o.effects());
                }
                rows.add(List.of(k == design.reference() ? t.f("%s (baseline)", scenarios.get(k)) : scenarios.get(k),
                        k == design.reference() || !ranked ? "" : share(o.better()),
                        k == design.reference() || !ranked ? "" : share(o.worse()),
                        k == design.reference() ? "" : show(o.quantiles()[2]) + " [" + show(o.quantiles()[0]) + ", "
                                + show(o.quantiles()[4]) + "]",
                        ranked ? show(o.meanRegret()) : "", ranked ? show(o.maxRegret()) : "",
                        ranked ? share(o.first()) : ""));
            }
            b.append(Html.table(List.of(t.t("scenario"), t.t("beats the baseline"), t.t("worse than the baseline"),
                    t.t("effect: median [5%, 95%]"), t.t("mean regret"), t.t("worst regret"), t.t("best in")), rows));
            double margin = st.margin();
            double[] lines = st.direction() == 0 || Double.isNaN(margin) ? new double[] {0}
                    : new double[] {0, st.direction() * margin};
            b.append(figure(dir, "effects-" + m, Charts.boxes(ct.f("%s: effect over the samples", cmt.label(m)),
                    ct.f("difference from %s, %s", baseline, cmt.unitAndBetter(m)), reforms, effects, lines),
                    categoryHeight(reforms.size()) + 20, t.f("Each reform's effect in each of the %d samples (its mean"
                    + " minus the baseline's, over the replications): box from the first to the third quartile, line at"
                    + " the median, whiskers to the furthest values within 1.5 interquartile ranges. Dashed lines: no"
                    + " effect, and the practical margin beyond which the reform beats the baseline.",
                    st.samples().length)));
            int charts = 0;
            for (RobustnessAnalysis.Discovery d : analysis.discoveries(m)) {
                b.append("<p>").append(Html.escape(analysis.discoveryWords(d, mt))).append("</p>\n");
                // A chart for each box with limits the sample supports, the first three of them.
                if (charts < 3 && d.shown() != null && !d.shown().limits().isEmpty()) {
                    b.append(boxInputs(dir, analysis, st, d));
                    charts++;
                }
            }
        }
        return b.toString();
    }

    /** The leading reform's effect against the inputs its failure box restricts. */
    private String boxInputs(Path dir, RobustnessAnalysis analysis, RobustnessAnalysis.Standing st,
            RobustnessAnalysis.Discovery d) throws IOException {
        List<org.gridgov.stats.robustness.Prim.Limit> limits = d.shown().limits();
        List<String> names = new ArrayList<>();
        List<double[]> x = new ArrayList<>();
        for (org.gridgov.stats.robustness.Prim.Limit l : limits.subList(0, Math.min(3, limits.size()))) {
            names.add(plan.robustness().inputs().get(l.input()).name());
            double[] u = new double[st.samples().length];
            for (int i = 0; i < u.length; i++) {
                u[i] = analysis.unitPoint(st.samples()[i])[l.input()];
            }
            x.add(u);
        }
        String reform = plan.robustness().scenarios().get(d.reform());
        return figure(dir, "discovery-" + d.metric() + "-" + reform, Charts.panels(ct.f("%s: effect on %s against the"
                + " inputs of its failure box", reform, cmt.label(d.metric())), ct.f("effect (%s)", cmt.unit(d.metric())),
                names, x, st.robustness().options().get(d.reform()).effects(), ct.t("each input from the low end (0) to"
                + " the high end (1) of its range")), 360, t.t("The reform's effect in each sample against the inputs"
                + " whose limits make the box in which it fails to beat the baseline (0 on the effect axis: no effect);"
                + " discovery.csv has the whole peeling trajectory, coverage against density, for another choice of"
                + " box."));
    }

    /** A warning that some design points did not settle, with what that means for the analysis; "" if all did. */
    private String unsettled(String consequence) {
        int unstable = 0;
        for (int p = 0; p < labels.size(); p++) {
            unstable += results.instability(p).isEmpty() ? 0 : 1;
        }
        if (unstable == 0) {
            return "";
        }
        return "<p><strong>" + Html.escape(t.f("%d of %d design points (%.0f%%) did not settle", unstable,
                labels.size(), 100.0 * unstable / labels.size())) + "</strong>" + Html.escape(t.t(": ") + consequence)
                + "</p>\n";
    }

    private String share(org.gridgov.stats.Proportion p) {
        return p == null || p.n() == 0 ? "" : t.f("%d of %d (%.0f%% to %.0f%%)", p.successes(), p.n(), 100 * p.low(),
                100 * p.high());
    }

    /** Which inputs drive each metric, ranked, for a morris or sobol design (docs/ODD.md 12). */
    private String sensitivity(Path dir) throws IOException {
        ExperimentPlan.Sensitivity gsa = plan.sensitivity();
        SensitivityAnalysis analysis = results.sensitivity();
        boolean morris = analysis.morris();
        StringBuilder b = new StringBuilder();
        int k = gsa.inputs().size();
        int units = gsa.unitsRun(labels.size());
        b.append("<h2>").append(t.t("Which inputs drive the results")).append("</h2>\n<p>").append(Html.escape(morris
                ? t.f("Morris screening of %d uncertain inputs: %d trajectories of %d points on a"
                        + " %d-level grid (the most spread out of %d), each run %d times with common random numbers."
                        + " mu* is the mean absolute elementary effect: about how much the metric changes when the"
                        + " input moves across its whole range, in the metric's units; sigma, the spread of the"
                        + " effects, shows interactions or curvature. Intervals are 95%% bootstrap intervals over the"
                        + " trajectories.", k, units, k + 1, gsa.levels(), gsa.candidates(), plan.replications())
                : t.f("Sobol' indices of %d uncertain inputs from Saltelli's sample of %d base"
                        + " rows (%d points), each run %d times with common random numbers. ST is the share of the"
                        + " metric's variance over the inputs' ranges that involves the input (alone or with others),"
                        + " S1 its share alone (indices.csv has both%s). Intervals are 95%% bootstrap intervals over the"
                        + " base rows.", k, units, labels.size(), plan.replications(), gsa.secondOrder()
                        ? t.t(", and S2, the share of each pair's interaction alone") : "")))
                .append("</p>\n<p class=\"note\">").append(Html.escape(t.t("The dashed line is an input that changes"
                        + " only the random numbers (the seed-only dummy): an input whose interval does not lie above it"
                        + " cannot be told from the model's own noise with these runs. The inputs and their ranges are"
                        + " in design.csv and in the uncertainties file named by the experiment.")))
                .append("</p>\n");
        b.append(unsettled(t.t("a trend in open cases or latent issues, or a saturated unit (summary.csv, column"
                + " unstable). Their metrics are those of a system in transition, so the indices rank the inputs by how"
                + " far they push the city towards that regime as much as by how they move its steady state.")));
        java.util.Map<String, SensitivityAnalysis.Ranking> rankings = new java.util.LinkedHashMap<>();
        for (String m : plan.metrics()) {
            SensitivityAnalysis.Ranking r = analysis.ranking(m);
            if (r != null) {
                rankings.put(m, r);
            }
        }
        if (rankings.size() > 1) {
            b.append(heatMap(dir, rankings, morris));
        }
        for (String m : plan.metrics()) {
            SensitivityAnalysis.Ranking r = rankings.get(m);
            b.append("<h3>").append(Html.escape(mt.label(m))).append("</h3>\n");
            if (r == null) {
                b.append("<p>").append(Html.escape(t.t("Not analysed: the metric is undefined in some runs.")))
                        .append("</p>\n");
                continue;
            }
            b.append("<p>").append(Html.escape(SensitivityAnalysis.words(r, mt))).append("</p>\n");
            if (gsa.secondOrder()) {
                b.append("<p>").append(Html.escape(interactionWords(analysis.interactions(m, 5)))).append("</p>\n");
            }
            int n = r.inputs().size();
            double[] est = new double[n];
            double[] lo = new double[n];
            double[] hi = new double[n];
            for (int i = 0; i < n; i++) {
                est[i] = r.main().get(i).estimate();
                lo[i] = r.main().get(i).low();
                hi[i] = r.main().get(i).high();
            }
            String index = morris ? "mu* (" + cmt.unit(m) + ")" : ct.t("total index ST");
            b.append(figure(dir, "sensitivity-" + m, Charts.ranked(cmt.label(m) + ": " + (morris ? "mu*" : "ST"),
                    index, r.inputs(), est, lo, hi, r.dummy().high(), ct.t("seed only")), 100 + 26 * n,
                    t.f("Inputs ranked by %s with 95%% bootstrap intervals; dashed: the seed-only dummy's upper bound.",
                            morris ? "mu*" : "ST")));
            b.append(topInputs(dir, analysis, r, m));
            if (morris) {
                double[] sigma = r.sigma().stream().mapToDouble(Double::doubleValue).toArray();
                b.append(figure(dir, "morris-" + m, Charts.scatter(cmt.label(m) + ": mu* & sigma",
                        "mu* (" + cmt.unit(m) + ")", "sigma (" + cmt.unit(m) + ")", r.inputs(), est, sigma,
                        8, r.dummy().high(), ct.t("seed only")), 480, t.t("Each input's mean absolute effect (mu*)"
                        + " against the spread of its effects (sigma): far right matters, high up interacts with other"
                        + " inputs or acts non-linearly; the 8 inputs with the largest mu* are named.")));
            }
        }
        return b.toString();
    }

    /**
     * A daily column over time, reforms marked: every design point on one chart, named at the ends of their lines;
     * or, with more than {@link Charts#MAX_BANDS} (too many to tell apart), a small chart per design point with the
     * baseline, all on the same scale.
     */
    private String overTime(Path dir, String column, String stemBase, String title, String axis) throws IOException {
        double[] marks = new double[0];
        String[] markLabels = new String[0];
        if (plan.phaseIn() != null) {
            ExperimentPlan.Phase ph = plan.phaseIn();
            // Day d of the run ends at x = d + 1: a reform that takes effect on day d shows from x = d + 1 on.
            marks = ph.firstDay() == ph.lastDay() ? new double[] {ph.firstDay() + 1}
                    : new double[] {ph.firstDay() + 1, ph.lastDay() + 1};
            markLabels = ph.firstDay() == ph.lastDay() ? new String[] {ct.t("reforms")}
                    : new String[] {ct.t("reforms start"), ct.t("complete")};
        }
        String caption = t.t("Weekly mean over replications with its 95% confidence interval (band), drawn at each"
                + " week's last day (days after the last whole week left out); the baseline in black.")
                + (plan.phaseIn() != null ? " " + t.t("Dashed lines: the reforms start and are complete.") : "")
                + (plan.warmupDays() > 0 ? " " + t.f("The first %d days, shaded, are the warm-up.", plan.warmupDays())
                : "");
        int warmup = Math.max(0, plan.warmupDays());
        if (labels.size() <= Charts.MAX_BANDS) {
            List<Integer> points = baselineFirst();
            Weekly wk = weekly(points, column);
            return figure(dir, stemBase, Charts.bands(ct.t(title), ct.t("day"), ct.t(axis), points.stream()
                    .map(labels::get).toList(), wk.weeks(), wk.mean(), wk.low(), wk.high(), marks, markLabels, warmup,
                    ct.t("warm-up"), plan.days(), true), 480, caption);
        }
        List<JFreeChart> panels = new ArrayList<>();
        List<Integer> others = baselineFirst().subList(1, labels.size());
        for (int p : others) {
            Weekly wk = weekly(List.of(plan.baseline(), p), column);
            JFreeChart chart = Charts.bands(labels.get(p), ct.t("day"), ct.t(axis), List.of(labels.get(plan.baseline()),
                    labels.get(p)), wk.weeks(), wk.mean(), wk.low(), wk.high(), marks, markLabels, warmup,
                    ct.t("warm-up"), plan.days(), false);
            chart.removeLegend();
            panels.add(chart);
        }
        Charts.sameRange(panels);
        StringBuilder b = new StringBuilder(Html.paragraph(ct.t(title) + ": " + t.f("one chart per scenario against"
                + " %s, all on the same scale (%d scenarios are too many to tell apart on one chart).",
                labels.get(plan.baseline()), labels.size()) + " " + caption));
        b.append("<div class=\"multiples\">\n");
        for (int i = 0; i < others.size(); i++) {
            String stem = stemBase + "-" + others.get(i);
            b.append("<figure>\n").append(ChartFile.write(panels.get(i), dir, stem, 430, 260)).append("\n<figcaption>")
                    .append(t.t("Files:")).append(" <a href=\"charts/").append(stem).append(".png\">PNG</a>, <a href=\"charts/")
                    .append(stem).append(".svg\">SVG</a>.</figcaption>\n</figure>\n");
        }
        return b.append("</div>\n").toString();
    }

    /** Every design point, the baseline first. */
    private List<Integer> baselineFirst() {
        List<Integer> points = new ArrayList<>(List.of(plan.baseline()));
        for (int p = 0; p < labels.size(); p++) {
            if (p != plan.baseline()) {
                points.add(p);
            }
        }
        return points;
    }

    /**
     * One small chart per daily column (daily.csv's), each scenario's weekly means with their bands, side by side:
     * what the headline metrics summarise, week by week. Drawn when the scenarios can be told apart on one chart;
     * otherwise daily_mean.csv holds every series.
     */
    private String everyDailySeries(Path dir) throws IOException {
        if (plan.design().equals(ExperimentReader.LATIN_HYPERCUBE)) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>").append(t.t("Every daily series")).append("</h2>\n");
        if (labels.size() > Charts.MAX_BANDS) {
            return b.append(Html.paragraph(t.f("%d scenarios are too many to tell apart on small charts:"
                    + " daily_mean.csv has each one's mean and interval of every daily column, day by day.",
                    labels.size()))).toString();
        }
        b.append(Html.paragraph(t.t("Each column of daily.csv (docs/ODD.md 8.3) as weekly means over the replications"
                + " with their 95% bands, the baseline in black and the warm-up shaded; the legend of the first chart"
                + " holds for all.")));
        b.append("<div class=\"multiples\">\n");
        List<Integer> points = baselineFirst();
        boolean first = true;
        for (String column : RunRecord.DAILY_COLUMNS) {
            Weekly wk = weekly(points, column);
            JFreeChart chart = Charts.bands(column, ct.t("day"), ct.t("weekly mean"), points.stream().map(labels::get)
                    .toList(), wk.weeks(), wk.mean(), wk.low(), wk.high(), new double[0], new String[0],
                    Math.max(0, plan.warmupDays()), ct.t("warm-up"), plan.days(), false);
            if (!first) {
                chart.removeLegend();
            }
            int height = first ? 300 : 260;
            first = false;
            String stem = "daily-" + column;
            b.append("<figure>\n").append(ChartFile.write(chart, dir, stem, 430, height))
                    .append("\n<figcaption>").append(Html.escape(column)).append(" ").append(t.t("Files:"))
                    .append(" <a href=\"charts/").append(stem)
                    .append(".png\">PNG</a>, <a href=\"charts/").append(stem).append(".svg\">SVG</a>.</figcaption>\n</figure>\n");
        }
        return b.append("</div>\n").toString();
    }

    /** Weekly means with their intervals, [point][week], and each week's last day, where it is drawn. */
    private record Weekly(double[] weeks, double[][] mean, double[][] low, double[][] high) {
    }

    private Weekly weekly(List<Integer> points, String column) {
        double[][] mean = new double[points.size()][];
        double[][] lo = new double[points.size()][];
        double[][] hi = new double[points.size()][];
        double[] weeks = new double[0];
        for (int i = 0; i < points.size(); i++) {
            Estimate[] s = results.weekly(points.get(i), column);
            mean[i] = new double[s.length];
            lo[i] = new double[s.length];
            hi[i] = new double[s.length];
            weeks = new double[s.length];
            for (int w = 0; w < s.length; w++) {
                mean[i][w] = s[w].mean();
                lo[i][w] = Math.max(0, s[w].low()); // every daily column is a count, hours or trust: none is negative
                hi[i][w] = s[w].high();
                weeks[w] = Math.min(plan.days(), 7 * w + 7); // drawn at the week's last day
            }
        }
        return new Weekly(weeks, mean, lo, hi);
    }

    /** Which design points did not settle: their means depend on how long they ran (docs/ODD.md 8.1). */
    private String stability() {
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < labels.size(); p++) {
            for (String finding : results.instability(p, t)) {
                rows.add(List.of(labels.get(p), finding));
            }
        }
        String note = t.t("Each design point is checked for a steady state: a trend in open cases or latent issues over"
                + " its replications (99% interval of their yearly growth above 0), or a unit saturated in half its"
                + " replications or more.");
        if (rows.isEmpty()) {
            return "<p class=\"note\">" + Html.escape(note + " " + t.t("Every design point passed.")) + "</p>\n";
        }
        return "<h2>" + t.t("Unstable design points") + "</h2>\n<p class=\"note\">" + Html.escape(note + " "
                + t.t("These did not: their means grow with the run's length and are no steady-state answer."))
                + "</p>\n" + Html.table(List.of(t.t("scenario"), t.t("why")), rows);
    }

    private static int categoryHeight(int categories) {
        return Math.max(240, 110 + 30 * categories);
    }

    private String metricTable(String metric) {
        if (results.comparisons().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (int p = 0; p < labels.size(); p++) {
                Estimate s = results.summary(p, metric);
                rows.add(List.of(labels.get(p), Integer.toString(s.n()), show(s.mean()), interval(s.low(), s.high())));
            }
            return Html.table(List.of(t.t("scenario"), "n", t.t("mean"), t.t("95% CI")), rows);
        }
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, ExperimentResults.Comparison> byPoint = new LinkedHashMap<>();
        results.comparisons().stream().filter(c -> c.metric().equals(metric)).forEach(c -> byPoint.put(c.point(), c));
        for (int p = 0; p < labels.size(); p++) {
            Estimate s = results.summary(p, metric);
            List<String> row = new ArrayList<>(List.of(labels.get(p), Integer.toString(s.n()), show(s.mean()),
                    interval(s.low(), s.high())));
            ExperimentResults.Comparison c = byPoint.get(p);
            if (c == null) {
                row.addAll(List.of(t.t("baseline"), "", "", ""));
            } else {
                Paired d = c.paired();
                row.addAll(List.of(show(d.meanDifference()), interval(d.low(), d.high()), p(d.pValue()), p(c.pAdjusted())));
            }
            rows.add(row);
        }
        return Html.table(List.of(t.t("scenario"), "n", t.t("mean"), t.t("95% CI"), t.t("difference"), t.t("95% CI"),
                "p", t.t("p (Holm)")), rows);
    }

    private String figure(Path dir, String stem, JFreeChart chart, int height, String caption) throws IOException {
        String svg = ChartFile.write(chart, dir, stem, 860, height);
        return "<figure>\n" + svg + "\n<figcaption>" + Html.escape(caption) + " " + t.t("Files:") + " <a href=\"charts/" + stem
                + ".png\">PNG</a>, <a href=\"charts/" + stem + ".svg\">SVG</a>.</figcaption>\n</figure>\n";
    }

    /** Four significant digits, for people. */
    private static String show(double x) {
        return HumanNum.fourDigits(x);
    }

    private static String interval(double lo, double hi) {
        return Double.isNaN(lo) ? "n/a" : "[" + show(lo) + ", " + show(hi) + "]";
    }

    private static String p(double p) {
        return HumanNum.pValue(p);
    }

    /**
     * A column of the answer: its metric's numbers without a unit, which the header says once, so that six of them
     * fit side by side. Money of a million or more is in millions.
     */
    private record AnswerColumn(String metric, double scale, String unit) {
        static AnswerColumn of(String metric, double baseline, MetricText mt) {
            boolean money = Metric.of(metric).map(x -> x.unit() == Metric.Unit.CNY || x.unit() == Metric.Unit.CNY_A_YEAR)
                    .orElse(false);
            if (money && Math.abs(baseline) >= 1e6) {
                return new AnswerColumn(metric, 1e-6, mt.texts().f("million %s", mt.unit(metric)));
            }
            boolean share = MetricText.differenceScale(metric) == 100;
            return new AnswerColumn(metric, 1, share ? "%" : mt.unit(metric));
        }

        String value(double x) {
            return scale == 1 ? MetricText.EN.bare(metric, x) : Double.isNaN(x) ? "n/a"
                    : String.format(Locale.ROOT, "%.2f", x * scale);
        }

        String difference(double d) {
            if (scale == 1) {
                return MetricText.signed(metric, d);
            }
            String s = String.format(Locale.ROOT, "%+.2f", d * scale);
            return s.matches("[-+]0\\.00") ? "0" : s;
        }
    }
}
