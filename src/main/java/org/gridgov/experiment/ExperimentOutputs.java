package org.gridgov.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridgov.observe.Metric;
import org.gridgov.observe.Warmup;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.Csv;
import org.gridgov.report.Json;
import org.gridgov.report.Num;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.Paired;
import org.gridgov.stats.robustness.Prim;
import org.gridgov.text.Texts;

/**
 * Writes an experiment's outputs into its folder: tidy CSV tables, charts as PNG and SVG, a self-contained
 * {@code report.html} and {@code manifest.json}. Everything but the manifest's {@code execution} section
 * depends only on the plan and the runs, so one session, a resumed one and merged shards give the same bytes.
 */
public final class ExperimentOutputs {

    /** How this session ran: the only part of the outputs that may differ between sessions. */
    public record Execution(String started, String finished, double wallSeconds, Integer threads, String shard,
            String engine) {
    }

    /** The outputs, for the manifest and the report. */
    static final List<String> FILES = List.of("runs.csv", "summary.csv", "comparison.csv", "indices.csv", "robustness.csv",
            "discovery.csv", "design.csv",
            "daily.csv", "daily_mean.csv", "workload.csv", "report.html", "charts/", "manifest.json", "journal/");
    /** The file whose presence says that a folder holds an experiment's complete outputs; written last. */
    public static final String MARKER = "manifest.json";
    /** The outputs made from the journal, replaced as one set (the journal is kept run by run). */
    public static final List<String> MADE_FROM_JOURNAL = FILES.stream().filter(f -> !f.equals("journal/")).toList();

    private final ExperimentResults results;
    private final ExperimentPlan plan;
    private final List<String> labels;

    private ExperimentOutputs(ExperimentResults results) {
        this.results = results;
        this.plan = results.plan();
        this.labels = plan.points().stream().map(DesignPoint::label).toList();
    }

    /** Writes every output file into {@code dir}; the manifest goes last. */
    public static void write(Path dir, ExperimentResults results, Execution execution, Texts texts) throws IOException {
        new ExperimentOutputs(results).writeAll(dir, execution, texts);
    }

    private void writeAll(Path dir, Execution execution, Texts texts) throws IOException {
        AtomicFile.write(dir.resolve("runs.csv"), this::runs);
        AtomicFile.write(dir.resolve("summary.csv"), this::summary);
        AtomicFile.write(dir.resolve("comparison.csv"), this::comparison);
        AtomicFile.write(dir.resolve("indices.csv"), this::indices);
        AtomicFile.write(dir.resolve("robustness.csv"), this::robustness);
        AtomicFile.write(dir.resolve("discovery.csv"), this::discovery);
        AtomicFile.write(dir.resolve("design.csv"), this::design);
        AtomicFile.write(dir.resolve("daily.csv"), this::daily);
        AtomicFile.write(dir.resolve("daily_mean.csv"), this::dailyMean);
        AtomicFile.write(dir.resolve("workload.csv"), this::workload);
        ExperimentPage.write(dir, results, texts);
        AtomicFile.write(dir.resolve(MARKER), out -> out.write(Json.render(manifest(execution))));
    }

    // ---- tables

    private void runs(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("experiment", "scenario", "design_point", "replication", "seed", "metric", "value",
                "unstable"));
        String seed = Long.toString(plan.seed());
        for (RunRecord r : results.records()) {
            String unstable = Num.format(r.metric(Metric.UNSTABLE.id()));
            for (String m : plan.metrics()) {
                csv.row(plan.name(), labels.get(r.point()), Integer.toString(r.point()), Integer.toString(r.replication()),
                        seed, m, Num.format(r.metric(m)), unstable);
            }
        }
    }

    private void summary(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("scenario", "design_point", "metric", "n", "mean", "sd", "ci_low", "ci_high",
                "unstable"));
        for (int p = 0; p < labels.size(); p++) {
            String unstable = results.instability(p).isEmpty() ? "0" : "1";
            for (String m : plan.metrics()) {
                Estimate s = results.summary(p, m);
                csv.row(labels.get(p), Integer.toString(p), m, Integer.toString(s.n()), Num.format(s.mean()),
                        Num.format(s.sd()), Num.format(s.low()), Num.format(s.high()), unstable);
            }
        }
    }

    private void comparison(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("scenario", "design_point", "baseline", "metric", "n", "mean_difference",
                "ci_low", "ci_high", "p_value", "p_adjusted"));
        String baseline = labels.get(plan.baseline());
        for (ExperimentResults.Comparison c : results.comparisons()) {
            Paired d = c.paired();
            csv.row(labels.get(c.point()), Integer.toString(c.point()), baseline, c.metric(), Integer.toString(d.n()),
                    Num.format(d.meanDifference()), Num.format(d.low()), Num.format(d.high()),
                    Num.format(d.pValue()), Num.format(c.pAdjusted()));
        }
    }

    /**
     * Sensitivity indices of a morris or sobol design and the rank correlations of a Latin hypercube (docs/ODD.md
     * 12.1); only the header for compare and factorial designs.
     */
    private void indices(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("metric", "input", "index", "estimate", "ci_low", "ci_high"));
        for (RankCorrelations.Row r : results.rankCorrelations()) {
            csv.row(r.metric(), r.input(), "spearman", Num.format(r.rho()), Num.format(r.low()), Num.format(r.high()));
        }
        if (plan.sensitivity() == null) {
            return;
        }
        for (SensitivityAnalysis.Row r : results.sensitivity().rows()) {
            csv.row(r.metric(), r.input(), r.index(), Num.format(r.estimate()), Num.format(r.low()), Num.format(r.high()));
        }
    }

    /**
     * For a robustness design, each scenario's standing over the sample of uncertainties on each metric (docs/ODD.md
     * 12.2); only the header for the other designs.
     */
    private void robustness(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("metric", "scenario", "statistic", "estimate", "ci_low", "ci_high"));
        if (plan.robustness() == null) {
            return;
        }
        for (RobustnessAnalysis.Row r : results.robustness().rows()) {
            csv.row(r.metric(), r.scenario(), r.statistic(), Num.format(r.estimate()), Num.format(r.low()),
                    Num.format(r.high()));
        }
    }

    /**
     * For a robustness design, where the leading reform, and each reform with a mixed record, fails on each metric:
     * PRIM's peeling trajectory (box {@code trajectory}, the chosen one marked) and the box the report shows (box
     * {@code shown}: the chosen one without the limits the sample does not support); one row per box and restricted
     * input (a box without limits has one row with no input), each limit in the input's own terms (a value, a
     * factor or a listed value) and on the unit interval of the sample. Only the header for the other designs.
     */
    private void discovery(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("metric", "scenario", "box", "step", "chosen", "samples", "failures", "inside",
                "of_interest", "coverage", "density", "mass", "input", "low", "high", "low_unit", "high_unit", "quasi_p"));
        if (plan.robustness() == null) {
            return;
        }
        for (String m : plan.metrics()) {
            for (RobustnessAnalysis.Discovery d : results.robustness().discoveries(m)) {
                for (Prim.Box box : d.trajectory()) {
                    discoveryRows(csv, d, "trajectory", box, box == d.chosen());
                }
                if (d.shown() != null) {
                    discoveryRows(csv, d, "shown", d.shown(), true);
                }
            }
        }
    }

    private void discoveryRows(Csv csv, RobustnessAnalysis.Discovery d, String kind, Prim.Box box, boolean chosen)
            throws IOException {
        List<String> head = List.of(d.metric(), plan.robustness().scenarios().get(d.reform()), kind,
                Integer.toString(box.step()), chosen ? "1" : "0", Integer.toString(d.samples()),
                Integer.toString(d.failures()), Integer.toString(box.inside()), Integer.toString(box.ofInterest()),
                Num.format(box.coverage()), Num.format(box.density()), Num.format(box.mass()));
        if (box.limits().isEmpty()) {
            List<String> row = new ArrayList<>(head);
            row.addAll(Collections.nCopies(6, null));
            csv.row(row.toArray(String[]::new));
        }
        for (Prim.Limit l : box.limits()) {
            ExperimentPlan.Axis axis = plan.robustness().inputs().get(l.input());
            boolean low = l.low() > Double.NEGATIVE_INFINITY;
            boolean high = l.high() < Double.POSITIVE_INFINITY;
            List<String> row = new ArrayList<>(head);
            row.addAll(Arrays.asList(axis.name(), low ? axis.value(l.low()) : null, high ? axis.value(l.high()) : null,
                    low ? Num.format(l.low()) : null, high ? Num.format(l.high()) : null, Num.format(l.quasiP())));
            csv.row(row.toArray(String[]::new));
        }
    }

    private void design(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("design_point", "scenario", "scenario_file", "scenario_sha256", "parameter", "value"));
        for (int p = 0; p < labels.size(); p++) {
            DesignPoint d = plan.points().get(p);
            Map<String, String> set = d.settings();
            if (set.isEmpty()) {
                csv.row(Integer.toString(p), d.label(), d.scenarioFile(), d.sha256(), null, null);
            }
            for (Map.Entry<String, String> e : set.entrySet()) {
                csv.row(Integer.toString(p), d.label(), d.scenarioFile(), d.sha256(), e.getKey(), e.getValue());
            }
        }
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
            Map<String, Estimate[]> byColumn = new LinkedHashMap<>();
            for (String c : RunRecord.DAILY_COLUMNS) {
                byColumn.put(c, results.daily(p, c));
            }
            for (int d = 0; d < plan.days(); d++) {
                for (Map.Entry<String, Estimate[]> e : byColumn.entrySet()) {
                    Estimate s = e.getValue()[d];
                    csv.row(labels.get(p), Integer.toString(p), Integer.toString(d + 1), e.getKey(),
                            Integer.toString(s.n()), Num.format(s.mean()), Num.format(s.low()), Num.format(s.high()));
                }
            }
        }
    }

    private void workload(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("scenario", "design_point", "replication", "staff_type", "unit", "id", "utilization"));
        for (RunRecord r : results.records()) {
            for (RunRecord.StaffUse s : r.staff()) {
                csv.row(labels.get(r.point()), Integer.toString(r.point()), Integer.toString(r.replication()), s.type().label(),
                        s.unit(), Integer.toString(s.id()), Num.fixed(s.utilization(), 6));
            }
        }
    }

    // ---- manifest

    private Map<String, Object> manifest(Execution execution) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("experiment", plan.name());
        m.put("description", plan.description());
        m.put("model_version", plan.modelVersion());
        m.put("design", plan.design());
        if (results.partial() != null) {
            m.put("partial", results.partial().text(Texts.EN)); // the manifest is read by programs: English
        }
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
        if (plan.warmupDays() >= 0) {
            m.put("warmup_days", plan.warmupDays());
        }
        Map<String, Object> warmup = new LinkedHashMap<>();
        warmup.put("rule", plan.warmupDays() >= 0 ? "given" : Warmup.MSER5);
        warmup.put("from_data", plan.warmupDays() < 0);
        warmup.put("per_run", "each run's own (its warmup_days metric): so run with seed s reproduces replication 0");
        m.put("warmup", warmup);
        if (plan.phaseIn() != null) {
            Map<String, Object> phase = new LinkedHashMap<>();
            phase.put("first_day", plan.phaseIn().firstDay());
            phase.put("last_day", plan.phaseIn().lastDay());
            phase.put("meaning", "every design point but the baseline is the baseline until first_day; its settings"
                    + " that differ take effect on first_day, numbers ramping in daily steps to last_day (docs/ODD.md 6)");
            m.put("phase_in", phase);
        }
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
            List<Object> warmups = new ArrayList<>();
            for (int r = 0; r < plan.replications(); r++) {
                warmups.add((long) results.record(p, r).metric(Metric.WARMUP_DAYS.id()));
            }
            point.put("warmup_days", warmups);
            List<String> instability = results.instability(p);
            point.put("unstable", !instability.isEmpty());
            point.put("instability", new ArrayList<>(instability));
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
        if (execution.engine() != null) {
            e.put("engine", execution.engine());
        }
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
