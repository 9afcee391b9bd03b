package org.gridgov.optimisation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.gridgov.report.AtomicFile;
import org.gridgov.report.ChartFile;
import org.gridgov.report.Charts;
import org.gridgov.report.Html;
import org.gridgov.report.MetricText;
import org.gridgov.report.TranslatedPage;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.moea.Nsga2;
import org.gridgov.text.Texts;
import org.jfree.chart.JFreeChart;

/**
 * The report of an optimisation: {@code report.html}, one self-contained page that opens with what the front
 * offers, then the front point by point with the {@code --set} lines that reproduce each, the trade-offs between
 * each pair of objectives, the lever mixes across the front, the search's convergence and the method.
 */
final class OptimisationPage extends TranslatedPage {

    private final OptimisationResult r;
    private final OptimisationPlan plan;

    private OptimisationPage(OptimisationResult result, Texts texts) {
        super(texts);
        this.r = result;
        this.plan = result.plan();
    }

    static void write(Path dir, OptimisationResult result, Texts texts) throws IOException {
        String body = new OptimisationPage(result, texts).body(dir.resolve("charts"));
        AtomicFile.write(dir.resolve("report.html"), out -> out.write(Html.page(texts.f("Optimisation %s",
                result.plan().name()), Html.withContents(body, texts.t("Contents")), texts.lang())));
    }

    private String body(Path charts) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(t.f("Optimisation: %s", plan.name()))).append("</h1>\n");
        if (!plan.description().isBlank()) {
            b.append(Html.paragraph(plan.description()));
        }
        b.append(Html.paragraph(t.f("%s with %d levers; objectives: %s; %s. NSGA-II, %d candidates a generation for %d"
                + " generations, each simulated %d times for %d days with common random numbers (seed %d); the final"
                + " front run %d times more on fresh random numbers. %,d runs in all.", plan.scenarioFile(),
                plan.levers().size(), String.join(t.t(", "), plan.objectives().stream().map(this::objective).toList()),
                plan.bounds().isEmpty() ? t.t("no constraints") : t.f("constraints: %s", String.join(t.t(", "),
                        plan.bounds().stream().map(b1 -> b1.text()).toList())), plan.population(), plan.generations(),
                plan.replications(), plan.days(), plan.seed(), plan.finalReplications(), r.runs())));
        List<OptimisationResult.FinalPoint> points = r.finalPoints();
        List<OptimisationResult.FinalPoint> kept = points.stream().filter(OptimisationResult.FinalPoint::kept).toList();
        b.append("<h2>").append(t.t("What the front offers")).append("</h2>\n");
        b.append("<p><strong>").append(Html.escape(headline(points, kept))).append("</strong></p>\n");
        for (String line : bestOnEach(kept)) {
            b.append(Html.paragraph(line));
        }
        b.append(table(points));
        b.append(tradeOffs(charts, kept));
        b.append(mixes(charts, kept));
        b.append(convergence(charts));
        b.append("<h2>").append(t.t("Method")).append("</h2>\n");
        b.append(Html.paragraph(t.f("NSGA-II (Deb et al. 2002) over the levers' ranges: a first population of the warm"
                + " start's points, the two corners of the ranges (every lever lowest, every lever highest) and a Latin"
                + " hypercube; offspring by binary tournaments on rank and crowding distance, simulated binary crossover"
                + " and polynomial mutation; constraints by Deb's rule (a mix that meets them beats one that does not;"
                + " two that do not compare by how far they miss). Each candidate is simulated %d times with the random"
                + " numbers every other candidate gets (common random numbers), so candidates differ by their levers;"
                + " every %d generations the population's front is simulated again on new random numbers and judged on"
                + " all its runs, so luck in a few runs does not keep a mix on the front. The final front, the"
                + " non-dominated candidates of the whole search, is simulated %d times on random numbers no evaluation"
                + " used, and judged on those runs alone: a point is dropped when another beats it on every objective"
                + " with 95%% confidence (one-sided, on their paired differences) or when it misses a constraint with"
                + " 95%% confidence. docs/ODD.md 12.4 has the details.", plan.replications(), plan.reevaluateEvery(),
                plan.finalReplications())));
        b.append("<h2>").append(t.t("Files")).append("</h2>\n").append(Html.paragraph(t.f("In this folder: %s; charts as"
                + " PNG and SVG in charts/; the runs in journal/ (a rerun of the same command resumes from it;"
                + " --warm-start DIR starts a new search from this front).", String.join(", ", OptimisationOutputs.FILES))));
        return b.toString();
    }

    /** An objective as the page names it: "min cost_per_year". */
    private String objective(Objective o) {
        return o.minimise() ? t.f("min %s", o.metric()) : t.f("max %s", o.metric());
    }

    private String headline(List<OptimisationResult.FinalPoint> points, List<OptimisationResult.FinalPoint> kept) {
        if (!r.feasible()) {
            return t.f("No lever mix met the constraints (%s): the front below holds the mixes that missed them least.",
                    String.join(t.t(", "), plan.bounds().stream().map(b -> b.text()).toList()));
        }
        long dominated = points.stream().filter(p -> !p.dominatedBy().isEmpty()).count();
        long missed = points.stream().filter(p -> p.dominatedBy().isEmpty() && !p.failed().isEmpty()).count();
        return t.f("%d lever mixes form the front; on fresh runs %s, %s and %s.", points.size(),
                kept.size() == 1 ? t.f("%d holds up", kept.size()) : t.f("%d hold up", kept.size()),
                dominated == 1 ? t.f("%d is beaten on every objective by another with confidence", dominated)
                        : t.f("%d are beaten on every objective by another with confidence", dominated),
                missed == 1 ? t.f("%d misses a constraint with confidence", missed)
                        : t.f("%d miss a constraint with confidence", missed));
    }

    /** For each objective, the kept point best on it, and what it gives on the others. */
    private List<String> bestOnEach(List<OptimisationResult.FinalPoint> kept) {
        List<String> lines = new ArrayList<>();
        if (kept.isEmpty()) {
            return lines;
        }
        for (Objective o : plan.objectives()) {
            OptimisationResult.FinalPoint best = kept.stream().min(Comparator.comparingDouble(
                    (OptimisationResult.FinalPoint p) -> o.oriented(p.estimates().get(o.metric()).mean()))
                    .thenComparingInt(p -> p.candidate().id())).orElseThrow();
            List<String> others = new ArrayList<>();
            for (Objective x : plan.objectives()) {
                if (x != o) {
                    others.add(lower(mt.label(x.metric())) + " " + mean(best, x.metric()));
                }
            }
            lines.add(t.f("Best %s (%s): candidate %d, %s; with %s. Its levers are in the table below.",
                    lower(mt.label(o.metric())), o.minimise() ? t.t("lower is better") : t.t("higher is better"),
                    best.candidate().id(), mean(best, o.metric()), String.join(t.t(", "), others)));
        }
        return lines;
    }

    private String table(List<OptimisationResult.FinalPoint> points) {
        List<String> header = new ArrayList<>(List.of(t.t("candidate"), t.t("verdict")));
        plan.levers().forEach(l -> header.add(l.name()));
        plan.metrics().forEach(m -> header.add(t.f("%s (%s, %s)", mt.label(m), m, MetricText.differenceScale(m) == 100
                ? "%" : mt.unit(m))));
        List<List<String>> rows = new ArrayList<>();
        Objective first = plan.objectives().get(0);
        List<OptimisationResult.FinalPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble((OptimisationResult.FinalPoint p) -> first.oriented(
                p.estimates().get(first.metric()).mean())).thenComparingInt(p -> p.candidate().id()));
        for (OptimisationResult.FinalPoint p : sorted) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.candidate().id()), p.kept() ? t.t("kept")
                    : !p.dominatedBy().isEmpty() ? t.f("beaten by %s", p.dominatedBy())
                    : t.f("misses %s", String.join(", ", p.failed()))));
            for (int j = 0; j < plan.levers().size(); j++) {
                // Three significant digits: front.csv has every value in full.
                row.add(plan.levers().get(j).axis().value(p.candidate().point()[j]));
            }
            for (String m : plan.metrics()) {
                Estimate e = p.estimates().get(m);
                row.add(mt.bare(m, e.mean()) + " [" + mt.bare(m, e.low()) + ", " + mt.bare(m, e.high()) + "]");
            }
            rows.add(row);
        }
        return "<h2>" + t.t("The front") + "</h2>\n" + Html.paragraph(t.f("Sorted by %s; each metric's mean [95%%"
                + " interval] over the %d fresh runs. front.csv has the --set options that reproduce each point with"
                + " gridgov run or in an experiment.", lower(mt.label(first.metric())), plan.finalReplications()))
                + Html.table(header, rows);
    }

    private String tradeOffs(Path charts, List<OptimisationResult.FinalPoint> kept) throws IOException {
        int k = plan.objectives().size();
        if (k < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>" + t.t("Trade-offs") + "</h2>\n");
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                Objective ox = plan.objectives().get(i);
                Objective oy = plan.objectives().get(j);
                String mx = ox.metric();
                String my = oy.metric();
                List<Nsga2.Candidate> all = r.search().evaluated();
                double[] ax = all.stream().mapToDouble(c -> r.means().get(c.id()).get(mx)).toArray();
                double[] ay = all.stream().mapToDouble(c -> r.means().get(c.id()).get(my)).toArray();
                double[][] fx = estimates(kept, mx);
                double[][] fy = estimates(kept, my);
                JFreeChart chart = Charts.front(ct.f("%s and %s", cmt.label(mx), cmt.label(my)), cmt.heading(mx),
                        cmt.heading(my), ax, ay, fx[0], fx[1], fx[2], fy[0], fy[1], fy[2], ct);
                b.append(ChartFile.figure(charts, "front-" + (i + 1) + "-" + (j + 1), chart, t.f("Every candidate's"
                        + " search means (grey) and the kept front with 95%% intervals on its fresh runs (%s and %s are"
                        + " better).", better(ox), better(oy)), t.t("Files:")));
            }
        }
        return b.toString();
    }

    /** Which way an objective is better, with its metric: "lower mean time to close". */
    private String better(Objective o) {
        String label = lower(mt.label(o.metric()));
        return o.minimise() ? t.f("lower %s", label) : t.f("higher %s", label);
    }

    private String mixes(Path charts, List<OptimisationResult.FinalPoint> kept) throws IOException {
        if (kept.isEmpty()) {
            return "";
        }
        List<String> axes = plan.levers().stream().map(l -> l.name().substring(l.name().lastIndexOf('.') + 1)).toList();
        List<String> items = new ArrayList<>();
        List<double[]> lines = new ArrayList<>();
        for (OptimisationResult.FinalPoint p : kept) {
            items.add(ct.f("candidate %d", p.candidate().id()));
            lines.add(p.candidate().point());
        }
        JFreeChart chart = Charts.parallel(ct.t("The lever mixes of the front"), axes, items, lines, ct);
        return "<h2>" + t.t("Lever mixes") + "</h2>\n" + ChartFile.figure(charts, "levers", chart, t.t("Each kept point"
                + " of the front as a line across the levers, each lever from the bottom of its range (0) to the top"
                + " (1): levers every line sets alike are what the front agrees on; those that spread are what the"
                + " trade-off is made of."), t.t("Files:"));
    }

    private String convergence(Path charts) throws IOException {
        List<OptimisationResult.Generation> gens = r.convergence();
        double[] x = gens.stream().mapToDouble(OptimisationResult.Generation::generation).toArray();
        double[] hv = gens.stream().mapToDouble(OptimisationResult.Generation::hypervolume).toArray();
        JFreeChart chart = Charts.frontier(ct.t("Hypervolume of each generation's front"), ct.t("generation"),
                ct.t("hypervolume (scaled objectives)"), x, hv, hv, hv, Double.NaN, Double.NaN);
        return "<h2>" + t.t("Convergence") + "</h2>\n" + ChartFile.figure(charts, "hypervolume", chart, t.t("The volume"
                + " of objective space the feasible front dominates, each objective scaled to [0, 1] between the best"
                + " and worst value any generation's front reached (reference point 1.1): a curve that has flattened"
                + " has converged. It may dip when a re-evaluation shows a front point was lucky."), t.t("Files:"));
    }

    private static double[][] estimates(List<OptimisationResult.FinalPoint> kept, String metric) {
        double[][] v = new double[3][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            Estimate e = kept.get(i).estimates().get(metric);
            v[0][i] = e.mean();
            v[1][i] = e.low();
            v[2][i] = e.high();
        }
        return v;
    }

    private String mean(OptimisationResult.FinalPoint p, String metric) {
        return mt.value(metric, p.estimates().get(metric).mean());
    }

    /** A label inside a sentence: "mean time to close"; Chinese has no case. */
    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
