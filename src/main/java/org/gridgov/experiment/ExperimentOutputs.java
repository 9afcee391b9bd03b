package org.gridgov.experiment;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gridgov.report.AtomicFile;
import org.gridgov.report.ChartFile;
import org.gridgov.report.Charts;
import org.gridgov.report.Csv;
import org.gridgov.report.Html;
import org.gridgov.report.Json;
import org.gridgov.report.Num;
import org.jfree.chart.JFreeChart;

/**
 * Writes an experiment's outputs into its folder: tidy CSV tables, charts as PNG and SVG, a self-contained
 * {@code report.html} and {@code manifest.json}. Everything but the manifest's {@code execution} section
 * depends only on the plan and the runs, so one session, a resumed one and merged shards give the same bytes.
 */
public final class ExperimentOutputs {

    /** How this session ran: the only part of the outputs that may differ between sessions. */
    public record Execution(String started, String finished, double wallSeconds, Integer threads, String shard) {
    }

    /** The daily column drawn over time. */
    private static final String OPEN = "open_end";
    private static final List<String> FILES = List.of("runs.csv", "summary.csv", "comparison.csv", "design.csv",
            "daily.csv", "daily_mean.csv", "workload.csv", "report.html", "charts/", "manifest.json", "journal/");

    private final ExperimentResults results;
    private final ExperimentPlan plan;
    private final List<String> labels;

    private ExperimentOutputs(ExperimentResults results) {
        this.results = results;
        this.plan = results.plan();
        this.labels = plan.points().stream().map(DesignPoint::label).toList();
    }

    /** Writes every output file into {@code dir}; the manifest goes last. */
    public static void write(Path dir, ExperimentResults results, Execution execution) throws IOException {
        new ExperimentOutputs(results).writeAll(dir, execution);
    }

    private void writeAll(Path dir, Execution execution) throws IOException {
        AtomicFile.write(dir.resolve("runs.csv"), this::runs);
        AtomicFile.write(dir.resolve("summary.csv"), this::summary);
        AtomicFile.write(dir.resolve("comparison.csv"), this::comparison);
        AtomicFile.write(dir.resolve("design.csv"), this::design);
        AtomicFile.write(dir.resolve("daily.csv"), this::daily);
        AtomicFile.write(dir.resolve("daily_mean.csv"), this::dailyMean);
        AtomicFile.write(dir.resolve("workload.csv"), this::workload);
        String charts = charts(dir.resolve("charts"));
        AtomicFile.write(dir.resolve("report.html"), out -> out.write(Html.page(plan.name(), charts)));
        AtomicFile.write(dir.resolve("manifest.json"), out -> out.write(Json.render(manifest(execution))));
    }

    // ---- tables

    private void runs(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("experiment", "scenario", "design_point", "replication", "seed", "metric", "value"));
        String seed = Long.toString(plan.seed());
        for (RunRecord r : results.records()) {
            for (String m : plan.metrics()) {
                csv.row(plan.name(), labels.get(r.point()), Integer.toString(r.point()), Integer.toString(r.replication()),
                        seed, m, Num.format(r.metric(m)));
            }
        }
    }

    private void summary(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("scenario", "design_point", "metric", "n", "mean", "sd", "ci_low", "ci_high"));
        for (int p = 0; p < labels.size(); p++) {
            for (String m : plan.metrics()) {
                Statistics.Summary s = results.summary(p, m);
                csv.row(labels.get(p), Integer.toString(p), m, Integer.toString(s.n()), Num.format(s.mean()),
                        Num.format(s.sd()), Num.format(s.ciLow()), Num.format(s.ciHigh()));
            }
        }
    }

    private void comparison(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("scenario", "design_point", "baseline", "metric", "n", "mean_difference",
                "ci_low", "ci_high", "p_value", "p_adjusted"));
        String baseline = labels.get(plan.baseline());
        for (ExperimentResults.Comparison c : results.comparisons()) {
            Statistics.Paired d = c.paired();
            csv.row(labels.get(c.point()), Integer.toString(c.point()), baseline, c.metric(), Integer.toString(d.n()),
                    Num.format(d.meanDifference()), Num.format(d.ciLow()), Num.format(d.ciHigh()),
                    Num.format(d.pValue()), Num.format(c.pAdjusted()));
        }
    }

    private void design(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("design_point", "scenario", "scenario_file", "scenario_sha256", "parameter", "value"));
        for (int p = 0; p < labels.size(); p++) {
            DesignPoint d = plan.points().get(p);
            Map<String, String> set = overrides(d);
            if (set.isEmpty()) {
                csv.row(Integer.toString(p), d.label(), d.scenarioFile(), d.sha256(), null, null);
            }
            for (Map.Entry<String, String> e : set.entrySet()) {
                csv.row(Integer.toString(p), d.label(), d.scenarioFile(), d.sha256(), e.getKey(), e.getValue());
            }
        }
    }

    /** The overrides of a point as parameter path to value, with the design's own values as written. */
    private static Map<String, String> overrides(DesignPoint d) {
        Map<String, String> set = new LinkedHashMap<>();
        for (String o : d.overrides()) {
            int eq = o.indexOf('=');
            set.put(o.substring(0, eq), o.substring(eq + 1));
        }
        set.putAll(d.parameters());
        return set;
    }

    private void daily(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("scenario", "design_point", "replication", "day"));
        header.addAll(RunRecord.DAILY_COLUMNS);
        Csv csv = new Csv(out, header);
        String[] row = new String[header.size()];
        for (RunRecord r : results.records()) {
            row[0] = labels.get(r.point());
            row[1] = Integer.toString(r.point());
            row[2] = Integer.toString(r.replication());
            for (int d = 0; d < r.daily().length; d++) {
                row[3] = Integer.toString(d + 1);
                for (int c = 0; c < RunRecord.DAILY_COLUMNS.size(); c++) {
                    row[4 + c] = Num.fixed(r.daily()[d][c], 4);
                }
                csv.row(row);
            }
        }
    }

    private void dailyMean(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("scenario", "design_point", "day", "column", "n", "mean", "ci_low", "ci_high"));
        for (int p = 0; p < labels.size(); p++) {
            Map<String, Statistics.Summary[]> byColumn = new LinkedHashMap<>();
            for (String c : RunRecord.DAILY_COLUMNS) {
                byColumn.put(c, results.daily(p, c));
            }
            for (int d = 0; d < plan.days(); d++) {
                for (Map.Entry<String, Statistics.Summary[]> e : byColumn.entrySet()) {
                    Statistics.Summary s = e.getValue()[d];
                    csv.row(labels.get(p), Integer.toString(p), Integer.toString(d + 1), e.getKey(),
                            Integer.toString(s.n()), Num.format(s.mean()), Num.format(s.ciLow()), Num.format(s.ciHigh()));
                }
            }
        }
    }

    private void workload(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("scenario", "design_point", "replication", "staff_type", "unit", "id", "utilization"));
        for (RunRecord r : results.records()) {
            for (RunRecord.StaffUse s : r.staff()) {
                csv.row(labels.get(r.point()), Integer.toString(r.point()), Integer.toString(r.replication()), s.type(),
                        s.unit(), Integer.toString(s.id()), Num.fixed(s.utilization(), 6));
            }
        }
    }

    // ---- charts and the web page

    /** Draws every chart into {@code dir} and returns the body of the report page, charts embedded. */
    private String charts(Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(plan.name())).append("</h1>\n");
        if (!plan.description().isBlank()) {
            b.append("<p>").append(Html.escape(plan.description())).append("</p>\n");
        }
        b.append("<p>").append(Html.escape(String.format(Locale.ROOT,
                "Design %s: %d design points x %d replications = %d runs of %d days (the first %d left out of the"
                        + " metrics), seed %d, gridgov %s.", plan.design(), labels.size(), plan.replications(),
                plan.runs().size(), plan.days(), plan.warmupDays(), plan.seed(), plan.modelVersion())))
                .append("</p>\n<p class=\"note\">").append(Html.escape("Replication i of every design point uses the"
                        + " same random streams (common random numbers), so differences from the baseline are paired"
                        + " replication by replication. Intervals are Student-t 95% confidence intervals; p-values are"
                        + " from paired t tests, with Holm's correction over all comparisons and metrics of the"
                        + " experiment. n counts the replications in which a metric could be computed.")).append("</p>\n");
        b.append("<h2>Design points</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < labels.size(); p++) {
            DesignPoint d = plan.points().get(p);
            List<String> set = new ArrayList<>();
            overrides(d).forEach((k, v) -> set.add(k + " = " + v));
            rows.add(List.of(d.label() + (p == plan.baseline() ? " (baseline)" : ""), d.scenarioFile(),
                    set.isEmpty() ? "as in the file" : String.join("; ", set)));
        }
        b.append(Html.table(List.of("scenario", "file", "parameters set"), rows));
        for (String m : plan.metrics()) {
            b.append("<h2>").append(Html.escape(m)).append("</h2>\n").append(metricTable(m));
            double[] mean = new double[labels.size()];
            double[] lo = new double[labels.size()];
            double[] hi = new double[labels.size()];
            for (int p = 0; p < labels.size(); p++) {
                Statistics.Summary s = results.summary(p, m);
                mean[p] = s.mean();
                lo[p] = s.ciLow();
                hi[p] = s.ciHigh();
            }
            b.append(figure(dir, "metric-" + m, Charts.estimates(m, "mean with 95% confidence interval", labels, mean,
                    lo, hi, false), categoryHeight(labels.size()), "Mean of " + m + " over " + plan.replications()
                    + " replications, with its 95% confidence interval."));
            List<ExperimentResults.Comparison> cs = results.comparisons().stream().filter(c -> c.metric().equals(m)).toList();
            if (!cs.isEmpty()) {
                List<String> names = cs.stream().map(c -> labels.get(c.point())).toList();
                b.append(figure(dir, "difference-" + m, Charts.estimates(m + ": difference from "
                        + labels.get(plan.baseline()), "paired difference with 95% confidence interval", names,
                        cs.stream().mapToDouble(c -> c.paired().meanDifference()).toArray(),
                        cs.stream().mapToDouble(c -> c.paired().ciLow()).toArray(),
                        cs.stream().mapToDouble(c -> c.paired().ciHigh()).toArray(), true),
                        categoryHeight(names.size()), "Each scenario minus the baseline, replication by replication;"
                                + " an interval that misses 0 is a difference the runs can tell apart."));
            }
        }
        b.append("<h2>Open cases over time</h2>\n");
        List<List<Integer>> groups = bandGroups();
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> points = groups.get(g);
            double[][] mean = new double[points.size()][];
            double[][] lo = new double[points.size()][];
            double[][] hi = new double[points.size()][];
            for (int i = 0; i < points.size(); i++) {
                Statistics.Summary[] s = results.daily(points.get(i), OPEN);
                mean[i] = new double[s.length];
                lo[i] = new double[s.length];
                hi[i] = new double[s.length];
                for (int d = 0; d < s.length; d++) {
                    mean[i][d] = s[d].mean();
                    lo[i][d] = s[d].ciLow();
                    hi[i][d] = s[d].ciHigh();
                }
            }
            String stem = groups.size() == 1 ? "open-cases" : "open-cases-" + (g + 1);
            b.append(figure(dir, stem, Charts.bands("Open cases at the end of each day", "day", "open cases",
                    points.stream().map(labels::get).toList(), mean, lo, hi), 480, "Mean over replications with its 95%"
                    + " confidence interval (band); the baseline in black."
                    + (plan.warmupDays() > 0 ? " The first " + plan.warmupDays() + " days are the warm-up." : "")));
        }
        b.append("<h2>Grid worker utilisation</h2>\n");
        List<double[]> use = new ArrayList<>();
        for (int p = 0; p < labels.size(); p++) {
            use.add(results.workerUtilizations(p));
        }
        b.append(figure(dir, "worker-utilization", Charts.boxes("Grid worker utilisation", "share of on-duty hours"
                + " spent on work other than patrol", labels, use), categoryHeight(labels.size()) + 20,
                "Every grid worker of every replication: box from the first to the third quartile, line at the median,"
                        + " whiskers to the furthest values within 1.5 interquartile ranges."));
        b.append("<h2>Files</h2>\n<p class=\"note\">").append(Html.escape("Tables in this folder: " + String.join(", ",
                FILES) + ". Charts are also in charts/ as PNG and SVG. README.md describes each file.")).append("</p>\n");
        return b.toString();
    }

    /** The baseline with at most {@link Charts#MAX_BANDS} - 1 other design points per chart, in order. */
    private List<List<Integer>> bandGroups() {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> group = null;
        for (int p = 0; p < labels.size(); p++) {
            if (p == plan.baseline()) {
                continue;
            }
            if (group == null || group.size() == Charts.MAX_BANDS) {
                group = new ArrayList<>(List.of(plan.baseline()));
                groups.add(group);
            }
            group.add(p);
        }
        if (groups.isEmpty()) {
            groups.add(List.of(plan.baseline()));
        }
        return groups;
    }

    private static int categoryHeight(int categories) {
        return Math.max(240, 110 + 30 * categories);
    }

    private String metricTable(String metric) {
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, ExperimentResults.Comparison> byPoint = new LinkedHashMap<>();
        results.comparisons().stream().filter(c -> c.metric().equals(metric)).forEach(c -> byPoint.put(c.point(), c));
        for (int p = 0; p < labels.size(); p++) {
            Statistics.Summary s = results.summary(p, metric);
            List<String> row = new ArrayList<>(List.of(labels.get(p), Integer.toString(s.n()), show(s.mean()),
                    interval(s.ciLow(), s.ciHigh())));
            ExperimentResults.Comparison c = byPoint.get(p);
            if (c == null) {
                row.addAll(List.of("baseline", "", "", ""));
            } else {
                Statistics.Paired d = c.paired();
                row.addAll(List.of(show(d.meanDifference()), interval(d.ciLow(), d.ciHigh()), p(d.pValue()), p(c.pAdjusted())));
            }
            rows.add(row);
        }
        return Html.table(List.of("scenario", "n", "mean", "95% CI", "difference", "95% CI", "p", "p (Holm)"), rows);
    }

    private String figure(Path dir, String stem, JFreeChart chart, int height, String caption) throws IOException {
        String svg = ChartFile.write(chart, dir, stem, 860, height);
        return "<figure>\n" + svg + "\n<figcaption>" + Html.escape(caption) + " Files: <a href=\"charts/" + stem
                + ".png\">PNG</a>, <a href=\"charts/" + stem + ".svg\">SVG</a>.</figcaption>\n</figure>\n";
    }

    private static final MathContext FOUR = new MathContext(4);

    /** Four significant digits, for people. */
    private static String show(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return new BigDecimal(x).round(FOUR).stripTrailingZeros().toPlainString();
    }

    private static String interval(double lo, double hi) {
        return Double.isNaN(lo) ? "n/a" : "[" + show(lo) + ", " + show(hi) + "]";
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "n/a" : p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    // ---- manifest

    private Map<String, Object> manifest(Execution execution) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", plan.name());
        m.put("description", plan.description());
        m.put("model_version", plan.modelVersion());
        m.put("design", plan.design());
        List<Object> inputs = new ArrayList<>();
        if (!plan.experimentFile().isEmpty()) {
            inputs.add(file(plan.experimentFile(), plan.experimentSha256()));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (DesignPoint p : plan.points()) {
            if (seen.add(p.scenarioFile())) {
                inputs.add(file(p.scenarioFile(), p.sha256()));
            }
        }
        m.put("input_files", inputs);
        m.put("seed", Math.abs(plan.seed()) < (1L << 53) ? (Object) plan.seed() : Long.toString(plan.seed()));
        m.put("seeds", "replication i of every design point uses the random streams of (seed, i), i = 0.."
                + (plan.replications() - 1));
        m.put("replications", plan.replications());
        m.put("days", plan.days());
        m.put("warmup_days", plan.warmupDays());
        m.put("metrics", plan.metrics());
        m.put("baseline", labels.get(plan.baseline()));
        List<Object> points = new ArrayList<>();
        for (int p = 0; p < labels.size(); p++) {
            DesignPoint d = plan.points().get(p);
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("design_point", p);
            point.put("scenario", d.label());
            point.put("scenario_file", d.scenarioFile());
            point.put("overrides", d.overrides());
            points.add(point);
        }
        m.put("design_points", points);
        m.put("outputs", FILES);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("started", execution.started());
        e.put("finished", execution.finished());
        e.put("wall_seconds", execution.wallSeconds());
        e.put("threads", execution.threads());
        e.put("shard", execution.shard());
        List<Object> runs = new ArrayList<>();
        for (RunRecord r : results.records()) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("design_point", r.point());
            run.put("replication", r.replication());
            run.put("wall_seconds", r.wallSeconds());
            runs.add(run);
        }
        e.put("runs", runs);
        m.put("execution", e);
        return m;
    }

    private static Map<String, Object> file(String name, String sha) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", name);
        f.put("sha256", sha);
        return f;
    }
}
