package org.gridgov.sizing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.observe.Warmup;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.ChartFile;
import org.gridgov.report.Charts;
import org.gridgov.report.Html;
import org.gridgov.report.TranslatedPage;
import org.gridgov.report.Num;
import org.gridgov.stats.Estimate;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Texts;
import org.jfree.chart.JFreeChart;

/**
 * The report of a sizing: {@code report.html}, one self-contained page with the recommendation, the targets at
 * the recommendation and one step below it, and the frontier of each sized group as charts (embedded as SVG,
 * and written to {@code charts/} as PNG and SVG).
 */
final class SizingPage extends TranslatedPage {
    private final SizingOutcome o;
    private final SizingResult r;
    private final String level;

    private SizingPage(SizingOutcome outcome, Texts texts) {
        super(texts);
        this.o = outcome;
        this.r = outcome.result();
        this.level = Num.format(outcome.plan().confidence() * 100) + "%";
    }

    static void write(Path dir, SizingOutcome outcome, Texts texts) throws IOException {
        SizingPage page = new SizingPage(outcome, texts);
        String body = page.body(dir.resolve("charts"));
        AtomicFile.write(dir.resolve("report.html"), out -> out.write(Html.page(texts.f("Sizing %s",
                outcome.base().name()), body, texts.lang())));
    }

    private String body(Path charts) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(t.f("Staff sizing: %s", o.base().name()))).append("</h1>\n");
        String warmup = o.runs().warmupDays() >= 0 ? t.f("the first %d left out of the metrics", o.runs().warmupDays())
                : t.f("each run's warm-up chosen by %s", t.t(Warmup.MSER5));
        b.append(Html.paragraph(t.f("Targets: %s. Each staffing was simulated %d times for %d days (%s), seed %d; a"
                + " target is met when the one-sided %s confidence bound of the metric's mean (the lower bound for >=,"
                + " the upper bound for <=) meets it. A staffing that does not settle (a trend in open cases or latent"
                + " issues, or a saturated unit; docs/ODD.md 8.1) meets no target.",
                String.join(", ", o.plan().targets().stream().map(Target::text).toList()), o.runs().replications(),
                o.runs().days(), warmup, o.runs().seed(), level)));
        b.append("<h2>").append(r.feasible() ? t.t("Recommendation")
                : t.t("No staffing within the bounds meets the targets")).append("</h2>\n");
        if (!r.feasible()) {
            b.append(Html.paragraph(t.f("At the largest staffing tried, %s: %s.", r.recommended().label(),
                    String.join("; ", r.misses(r.atRecommended()).stream().map(m -> m.describe(t)).toList()))));
        }
        List<List<String>> rows = new ArrayList<>();
        r.recommended().counts().forEach((g, c) -> rows.add(List.of(g.label(t), Integer.toString(c),
                show(o.perUnit(g, c)) + " " + t.t(SizingOutcome.perUnitName(g).replace('_', ' ')),
                g.override(o.base(), c))));
        b.append(Html.table(List.of(t.t("staff"), r.feasible() ? t.t("recommended") : t.t("largest tried"),
                t.t("per unit"), t.t("setting")), rows));
        String cost = SizingOutcome.COST;
        Estimate c = r.atRecommended().estimate(cost, o.plan().confidence());
        b.append(Html.paragraph(t.f("%s (%s): %s, %s bounds %s to %s.", mt.label(cost), cost, mt.value(cost, c.mean()),
                level, mt.value(cost, c.low()), mt.value(cost, c.high()))));
        b.append("<h2>").append(t.t("Targets at the recommendation and one step below")).append("</h2>\n");
        b.append(Html.paragraph(t.t("Each column is a staffing; one step below lowers one group by one attainable head"
                + " count and keeps the others, so a failing target there shows that the recommendation is the"
                + " smallest.")));
        b.append(targetTable());
        b.append("<h2>").append(t.t("Frontier")).append("</h2>\n");
        b.append(Html.paragraph(t.f("The staffings the search simulated along each group, the others at the"
                + " recommendation: the mean (line) and the band between the one-sided %s lower and upper bounds; the"
                + " target is the dashed line, the recommendation the dotted one and today's staffing the grey dots."
                + " Replication i of every staffing uses the same random streams (common random numbers), so"
                + " neighbouring points differ by the staffing, not by chance.", level)));
        for (StaffGroup g : o.plan().groups()) {
            List<Evaluation> f = r.frontier(g);
            double[] x = f.stream().mapToDouble(e -> e.staffing().count(g)).toArray();
            if (o.plan().groups().size() > 1) {
                b.append("<h3>").append(Html.escape(g.label(t))).append("</h3>\n");
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
                double target = o.plan().targets().stream().filter(x1 -> x1.metric().equals(m))
                        .mapToDouble(Target::threshold).findFirst().orElse(Double.NaN);
                double rec = r.feasible() ? r.recommended().count(g) : Double.NaN;
                String stem = "frontier-" + g.key().replace(':', '-') + "-" + m;
                JFreeChart chart = Charts.frontier(ct.f("%s against %s", cmt.label(m), g.label(ct)), g.label(ct),
                        cmt.heading(m), x, mean, lo, hi, target, rec, g.count(o.base()), ct);
                b.append(ChartFile.figure(charts, stem, chart, m.equals(cost) ? mt.label(cost) + ", " + mt.unit(cost)
                        + "." : o.targetsOn(m), t.t("Files:")));
            }
        }
        b.append("<h2>").append(t.t("Method")).append("</h2>\n");
        String passes = o.plan().groups().size() > 1 ? t.f("; several groups are sized one at a time, the others"
                + " fixed, in passes until a pass changes nothing (%d passes here)", r.passes()) : "";
        b.append(Html.paragraph(t.f("Warm start: %s. From there the search steps down or up, doubling the step, until"
                + " the verdict changes, then bisects to neighbouring head counts%s. %d staffings were simulated (%d"
                + " runs). README.md (Sizing staff) explains the method.", String.join("; ", o.plan().warmStarts()
                .values().stream().map(w -> w.group().label(t) + " " + w.describe(t)).toList()), passes,
                r.evaluated().size(), r.evaluated().size() * o.runs().replications())));
        b.append("<h2>").append(t.t("Files")).append("</h2>\n").append(Html.paragraph(t.f("In this folder: %s; charts"
                + " as PNG and SVG in charts/.", String.join(", ", SizingOutputs.FILES))));
        return b.toString();
    }

    private String targetTable() {
        List<String> header = new ArrayList<>(List.of(t.t("metric"), t.t("target")));
        List<Evaluation> columns = new ArrayList<>(List.of(r.atRecommended()));
        header.add(r.recommended().label() + " " + (r.feasible() ? t.t("(recommended)") : t.t("(largest tried)")));
        r.stepBelow().forEach((g, e) -> {
            columns.add(e);
            header.add(e.staffing().label() + " " + t.f("(%s one step below)", g.label(t)));
        });
        List<List<String>> rows = new ArrayList<>();
        for (String m : o.metrics()) {
            List<String> row = new ArrayList<>(List.of(m, o.targetsOn(m)));
            for (Evaluation e : columns) {
                Estimate est = e.estimate(m, o.plan().confidence());
                String verdict = o.targetsOn(m).isEmpty() ? "" : " " + (o.metOn(m, est) ? t.t("met") : t.t("missed"));
                row.add(show(est.mean()) + " [" + show(est.low()) + ", " + show(est.high()) + "]" + verdict);
            }
            rows.add(row);
        }
        return Html.table(header, rows) + Html.paragraph(t.f("Mean [lower, upper one-sided %s bound] over %d"
                + " replications.", level, o.runs().replications()));
    }

    private static String show(double x) {
        return HumanNum.fourDigits(x);
    }
}
