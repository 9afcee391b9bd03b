package org.gridgov.sizing;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.Version;
import org.gridgov.observe.Metric;
import org.gridgov.observe.Warmup;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.Csv;
import org.gridgov.report.Json;
import org.gridgov.report.Num;
import org.gridgov.stats.Estimate;

/**
 * Writes a sizing's outputs: {@code recommendation.json}, {@code frontier.csv}, {@code runs.csv}, the charts and
 * {@code report.html}. They depend only on the inputs and the runs (no clock, no thread count), so the same
 * request gives the same bytes.
 */
public final class SizingOutputs {

    public static final List<String> FILES = List.of("recommendation.json", "frontier.csv", "runs.csv", "report.html",
            "charts/");
    /** The file whose presence says that a folder holds a sizing's complete outputs; written last. */
    public static final String MARKER = "recommendation.json";

    private final SizingOutcome o;
    private final SizingResult r;

    private SizingOutputs(SizingOutcome outcome) {
        this.o = outcome;
        this.r = outcome.result();
    }

    public static void write(Path dir, SizingOutcome outcome, org.gridgov.text.Texts texts) throws IOException {
        SizingOutputs w = new SizingOutputs(outcome);
        AtomicFile.write(dir.resolve("frontier.csv"), w::frontier);
        AtomicFile.write(dir.resolve("runs.csv"), w::runs);
        SizingPage.write(dir, outcome, texts);
        AtomicFile.write(dir.resolve(MARKER), out -> out.write(Json.render(w.recommendation())));
    }

    private void frontier(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("staff_group", "staff", "setting", "others", "metric", "n", "mean", "low", "high",
                "target", "target_met", "all_targets_met", "recommended", "unstable"));
        for (StaffGroup g : o.plan().groups()) {
            String others = others(g);
            for (Evaluation e : r.frontier(g)) {
                int count = e.staffing().count(g);
                boolean all = r.meets(e);
                String unstable = e.instability().isEmpty() ? "false" : "true";
                for (String m : o.metrics()) {
                    Estimate est = e.estimate(m, o.plan().confidence());
                    String target = o.targetsOn(m);
                    csv.row(g.key(), Integer.toString(count), g.override(o.base(), count), others, m,
                            Integer.toString(est.n()), Num.format(est.mean()), Num.format(est.low()), Num.format(est.high()),
                            target, target.isEmpty() ? "" : Boolean.toString(o.metOn(m, est)), Boolean.toString(all),
                            Boolean.toString(e.staffing().equals(r.recommended())), unstable);
                }
            }
        }
    }

    /** The other groups' counts along a group's frontier, e.g. "department:sanitation=12"; "" with one group. */
    private String others(StaffGroup g) {
        List<String> parts = new ArrayList<>();
        r.recommended().counts().forEach((h, c) -> {
            if (!h.equals(g)) {
                parts.add(h.key() + "=" + c);
            }
        });
        return String.join(" ", parts);
    }

    private void runs(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("evaluation", "staffing", "replication", "seed", "metric", "value"));
        List<String> metrics = new ArrayList<>(o.metrics());
        metrics.addAll(List.of(Metric.GRID_WORKERS.id(), Metric.DEPARTMENT_STAFF.id(), Metric.WARMUP_DAYS.id(),
                Metric.UNSTABLE.id()));
        String seed = Long.toString(o.runs().seed());
        for (int i = 0; i < r.evaluated().size(); i++) {
            Evaluation e = r.evaluated().get(i);
            double[][] values = new double[metrics.size()][];
            for (int m = 0; m < metrics.size(); m++) {
                values[m] = e.values(metrics.get(m));
            }
            for (int rep = 0; rep < e.runs().size(); rep++) {
                for (int m = 0; m < metrics.size(); m++) {
                    csv.row(Integer.toString(i), e.staffing().label(), Integer.toString(rep), seed, metrics.get(m),
                            Num.format(values[m][rep]));
                }
            }
        }
    }

    private Map<String, Object> recommendation() {
        Map<String, Object> j = new LinkedHashMap<>();
        var source = o.scenarios().base().source();
        j.put("scenario", o.base().name());
        j.put("scenario_file", source.file());
        j.put("scenario_sha256", source.sha256());
        j.put("overrides", new ArrayList<>(source.overrides()));
        j.put("model_version", Version.get());
        j.put("request_sha256", SizingRequest.sha256(o.scenarios(), o.plan(), o.runs()));
        j.put("sized", o.plan().groups().stream().map(StaffGroup::key).toList());
        j.put("targets", o.plan().targets().stream().map(Target::text).toList());
        j.put("confidence", o.plan().confidence());
        j.put("bounds", "one-sided Student-t bounds at the confidence level, over replications: a >= target is met"
                + " when the lower bound is at least the threshold, a <= target when the upper bound is at most it");
        j.put("seed", o.runs().seed());
        j.put("replications", o.runs().replications());
        j.put("days", o.runs().days());
        if (o.runs().warmupDays() >= 0) {
            j.put("warmup_days", o.runs().warmupDays());
        }
        j.put("warmup", o.runs().warmupDays() >= 0 ? "given" : Warmup.MSER5 + ", each run its own (runs.csv: warmup_days)");
        j.put("unstable_staffings", r.evaluated().stream().filter(e -> !e.instability().isEmpty())
                .map(e -> e.staffing().label() + ": " + String.join("; ", e.instability())).toList());
        j.put("common_random_numbers", "replication i of every staffing uses the random streams of (seed, i)");
        Map<String, Object> warm = new LinkedHashMap<>();
        o.plan().warmStarts().forEach((g, w) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("staff", w.count());
            x.put("offered_load_erlangs", w.erlangs());
            x.put("cases_per_year", w.casesPerYear());
            x.put("work_hours_per_year", w.workHoursPerYear());
            x.put("rule", w.rule());
            warm.put(g.key(), x);
        });
        j.put("warm_start", warm);
        Map<String, Object> bounds = new LinkedHashMap<>();
        o.plan().ladders().forEach((g, l) -> bounds.put(g.key(), List.of(l.get(0), l.get(l.size() - 1))));
        j.put("search_bounds", bounds);
        j.put("feasible", r.feasible());
        j.put(r.feasible() ? "recommended" : "largest_tried", staffing(r.recommended()));
        j.put("settings", o.scenarios().settings(r.recommended()));
        j.put("metrics", metrics(r.atRecommended()));
        if (!r.feasible()) {
            List<Object> misses = new ArrayList<>();
            for (SizingResult.Miss m : r.misses(r.atRecommended())) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("target", m.target().text());
                x.put("mean", m.estimate().mean());
                x.put("bound", m.bound());
                x.put("shortfall", m.shortfall());
                misses.add(x);
            }
            j.put("misses", misses);
        }
        Map<String, Object> below = new LinkedHashMap<>();
        r.stepBelow().forEach((g, e) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("staffing", staffing(e.staffing()));
            x.put("targets_met", r.meets(e));
            x.put("missed", r.misses(e).stream().map(m -> m.target().text()).toList());
            x.put("metrics", metrics(e));
            below.put(g.key(), x);
        });
        j.put("one_step_below", below);
        j.put("staffings_evaluated", r.evaluated().size());
        j.put("simulations", r.evaluated().size() * o.runs().replications());
        j.put("coordinate_passes", r.passes());
        return j;
    }

    private Map<String, Object> staffing(Staffing s) {
        Map<String, Object> m = new LinkedHashMap<>();
        s.counts().forEach((g, c) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("staff", c);
            x.put(SizingOutcome.perUnitName(g), o.perUnit(g, c));
            x.put("setting", g.override(o.base(), c));
            m.put(g.key(), x);
        });
        return m;
    }

    private Map<String, Object> metrics(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : o.metrics()) {
            Estimate est = e.estimate(name, o.plan().confidence());
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("n", est.n());
            x.put("mean", est.mean());
            x.put("low", est.low());
            x.put("high", est.high());
            String target = o.targetsOn(name);
            if (!target.isEmpty()) {
                x.put("target", target);
                x.put("met", o.metOn(name, est));
            }
            m.put(name, x);
        }
        return m;
    }
}
