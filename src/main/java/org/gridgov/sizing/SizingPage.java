package org.gridgov.sizing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridgov.observe.Metric;
import org.gridgov.observe.Warmup;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.ChartFile;
import org.gridgov.report.Charts;
import org.gridgov.report.Html;
import org.gridgov.report.Num;
import org.gridgov.stats.Estimate;
import org.gridgov.text.HumanNum;
import org.jfree.chart.JFreeChart;

/**
 * The report of a sizing: {@code report.html}, one self-contained page with the recommendation, the targets at
 * the recommendation and one step below it, and the frontier of each sized group as charts (embedded as SVG,
 * and written to {@code charts/} as PNG and SVG).
 */
final class SizingPage {
    private static final Metric COST = Metric.COST_PER_YEAR;
    private final SizingOutcome o;
    private final SizingResult r;
    private final String level;

    private SizingPage(SizingOutcome outcome) {
        this.o = outcome;
        this.r = outcome.result();
        this.level = Num.format(outcome.plan().confidence() * 100) + "%";
    }

    static void write(Path dir, SizingOutcome outcome) throws IOException {
        SizingPage page = new SizingPage(outcome);
        String body = page.body(dir.resolve("charts"));
        AtomicFile.write(dir.resolve("report.html"), out -> out.write(Html.page("Sizing " + outcome.base().name(), body)));
    }

    private String body(Path charts) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape("Staff sizing: " + o.base().name())).append("</h1>\n");
        String warmup = o.runs().warmupDays() >= 0 ? "the first " + o.runs().warmupDays() + " left out of the metrics"
                : "each run's warm-up chosen by " + Warmup.MSER5;
        b.append(Html.paragraph(String.format(Locale.ROOT, "Targets: %s. Each staffing was simulated %d times for %d days (%s),"
                + " seed %d; a target is met when the one-sided %s confidence bound of the metric's mean (the lower"
                + " bound for >=, the upper bound for <=) meets it. A staffing that does not settle (a trend in open"
                + " cases or latent issues, or a saturated unit; docs/ODD.md 8.1) meets no target.",
                String.join(", ", o.plan().targets().stream().map(Target::text).toList()), o.runs().replications(),
                o.runs().days(), warmup, o.runs().seed(), level)));
        b.append("<h2>").append(r.feasible() ? "Recommendation" : "No staffing within the bounds meets the targets")
                .append("</h2>\n");
        if (!r.feasible()) {
            b.append(Html.paragraph("At the largest staffing tried, " + r.recommended().label() + ": " + String.join("; ",
                    r.misses(r.atRecommended()).stream().map(SizingResult.Miss::describe).toList()) + "."));
        }
        List<List<String>> rows = new ArrayList<>();
        r.recommended().counts().forEach((g, c) -> rows.add(List.of(g.label(), Integer.toString(c),
                show(o.perUnit(g, c)) + " " + SizingOutcome.perUnitName(g).replace('_', ' '), g.override(o.base(), c))));
        b.append(Html.table(List.of("staff", r.feasible() ? "recommended" : "largest tried", "per unit", "setting"), rows));
        Estimate cost = r.atRecommended().estimate(SizingOutcome.COST, o.plan().confidence());
        b.append(Html.paragraph(COST.label() + " (" + COST.id() + "): " + show(cost.mean()) + " " + COST.kind().word() + ", " + level + " bounds " + show(cost.low())
                + " to " + show(cost.high()) + "."));
        b.append("<h2>Targets at the recommendation and one step below</h2>\n");
        b.append(Html.paragraph("Each column is a staffing; one step below lowers one group by one attainable head count and keeps"
                + " the others, so a failing target there shows that the recommendation is the smallest."));
        b.append(targetTable());
        b.append("<h2>Frontier</h2>\n");
        b.append(Html.paragraph("The staffings the search simulated along each group, the others at the recommendation: the mean"
                + " (line) and the band between the one-sided " + level + " lower and upper bounds; the target is the"
                + " dashed line, the recommendation the dotted one and today's staffing the grey dots. Replication i of every staffing uses the same random streams (common random"
                + " numbers), so neighbouring points differ by the staffing, not by chance."));
        for (StaffGroup g : o.plan().groups()) {
            List<Evaluation> f = r.frontier(g);
            double[] x = f.stream().mapToDouble(e -> e.staffing().count(g)).toArray();
            if (o.plan().groups().size() > 1) {
                b.append("<h3>").append(Html.escape(g.label())).append("</h3>\n");
            }
            for (String m : o.metrics()) {
                double[] mean = new double[f.size()];
                double[] lo = new double[f.size()];
                double[] hi = new double[f.size()];
                for (int i = 0; i < f.size(); i++) {
                    Estimate e = f.get(i).estimate(m, o.plan().confidence());
                    mean[i] = e.mean();
                    lo[i] = e.low();
                    hi[i] = e.high();
                }
                double target = o.plan().targets().stream().filter(t -> t.metric().equals(m)).mapToDouble(Target::threshold)
                        .findFirst().orElse(Double.NaN);
                double rec = r.feasible() ? r.recommended().count(g) : Double.NaN;
                String stem = "frontier-" + g.key().replace(':', '-') + "-" + m;
                JFreeChart chart = Charts.frontier(Metric.labelOf(m) + " against " + g.label(), g.label(),
                        Metric.headingOf(m), x, mean, lo, hi, target, rec, g.count(o.base()));
                b.append(ChartFile.figure(charts, stem, chart, m.equals(SizingOutcome.COST) ? COST.label() + ", " + COST.kind().word() + "."
                        : o.targetsOn(m)));
            }
        }
        b.append("<h2>Method</h2>\n");
        b.append(Html.paragraph("Warm start: " + String.join("; ", o.plan().warmStarts().values().stream()
                .map(w -> w.group().label() + " " + w.describe()).toList()) + ". From there the search steps down or up,"
                + " doubling the step, until the verdict changes, then bisects to neighbouring head counts"
                + (o.plan().groups().size() > 1 ? "; several groups are sized one at a time, the others fixed, in passes"
                        + " until a pass changes nothing (" + r.passes() + " passes here)" : "")
                + ". " + r.evaluated().size() + " staffings were simulated (" + r.evaluated().size() * o.runs().replications()
                + " runs). README.md (Sizing staff) explains the method."));
        b.append("<h2>Files</h2>\n").append(Html.paragraph("In this folder: " + String.join(", ", SizingOutputs.FILES)
                + "; charts as PNG and SVG in charts/."));
        return b.toString();
    }

    private String targetTable() {
        List<String> header = new ArrayList<>(List.of("metric", "target"));
        List<Evaluation> columns = new ArrayList<>(List.of(r.atRecommended()));
        header.add(r.recommended().label() + (r.feasible() ? " (recommended)" : " (largest tried)"));
        r.stepBelow().forEach((g, e) -> {
            columns.add(e);
            header.add(e.staffing().label() + " (" + g.label() + " one step below)");
        });
        List<List<String>> rows = new ArrayList<>();
        for (String m : o.metrics()) {
            List<String> row = new ArrayList<>(List.of(m, o.targetsOn(m)));
            for (Evaluation e : columns) {
                Estimate est = e.estimate(m, o.plan().confidence());
                String verdict = o.targetsOn(m).isEmpty() ? "" : o.metOn(m, est) ? " met" : " missed";
                row.add(show(est.mean()) + " [" + show(est.low()) + ", " + show(est.high()) + "]" + verdict);
            }
            rows.add(row);
        }
        return Html.table(header, rows) + Html.paragraph("Mean [lower, upper one-sided " + level + " bound] over "
                + o.runs().replications() + " replications.");
    }



    private static String show(double x) {
        return HumanNum.fourDigits(x);
    }
}
