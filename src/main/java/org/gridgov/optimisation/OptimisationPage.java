package org.gridgov.optimisation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.gridgov.observe.Metric;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.ChartFile;
import org.gridgov.report.Charts;
import org.gridgov.report.Html;
import org.gridgov.report.MetricText;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.moea.Nsga2;
import org.jfree.chart.JFreeChart;

/**
 * The report of an optimisation: {@code report.html}, one self-contained page that opens with what the front
 * offers, then the front point by point with the {@code --set} lines that reproduce each, the trade-offs between
 * each pair of objectives, the lever mixes across the front, the search's convergence and the method.
 */
final class OptimisationPage {

    private final OptimisationResult r;
    private final OptimisationPlan plan;

    private OptimisationPage(OptimisationResult result) {
        this.r = result;
        this.plan = result.plan();
    }

    static void write(Path dir, OptimisationResult result) throws IOException {
        String body = new OptimisationPage(result).body(dir.resolve("charts"));
        AtomicFile.write(dir.resolve("report.html"), out -> out.write(Html.page("Optimisation " + result.plan().name(),
                Html.withContents(body))));
    }

    private String body(Path charts) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape("Optimisation: " + plan.name())).append("</h1>\n");
        if (!plan.description().isBlank()) {
            b.append(Html.paragraph(plan.description()));
        }
        b.append(Html.paragraph(String.format(Locale.ROOT, "%s with %d levers; objectives: %s; %s. NSGA-II, %d candidates a"
                + " generation for %d generations, each simulated %d times for %d days with common random numbers (seed"
                + " %d); the final front run %d times more on fresh random numbers. %,d runs in all.", plan.scenarioFile(),
                plan.levers().size(), String.join(", ", plan.objectives().stream().map(Objective::text).toList()),
                plan.bounds().isEmpty() ? "no constraints" : "constraints: " + String.join(", ",
                        plan.bounds().stream().map(t -> t.text()).toList()), plan.population(), plan.generations(),
                plan.replications(), plan.days(), plan.seed(), plan.finalReplications(), r.runs())));
        List<OptimisationResult.FinalPoint> points = r.finalPoints();
        List<OptimisationResult.FinalPoint> kept = points.stream().filter(OptimisationResult.FinalPoint::kept).toList();
        b.append("<h2>What the front offers</h2>\n");
        b.append("<p><strong>").append(Html.escape(headline(points, kept))).append("</strong></p>\n");
        for (String line : bestOnEach(kept)) {
            b.append(Html.paragraph(line));
        }
        b.append(table(points));
        b.append(tradeOffs(charts, kept));
        b.append(mixes(charts, kept));
        b.append(convergence(charts));
        b.append("<h2>Method</h2>\n");
        b.append(Html.paragraph("NSGA-II (Deb et al. 2002) over the levers' ranges: a first population of the warm"
                + " start's points, the two corners of the ranges (every lever lowest, every lever highest) and a Latin"
                + " hypercube; offspring by binary tournaments on rank and crowding distance, simulated binary crossover"
                + " and polynomial mutation; constraints by Deb's rule (a mix that meets them beats one that does not;"
                + " two that do not compare by how far they miss). Each candidate is simulated " + plan.replications()
                + " times with the random numbers every other candidate gets (common random numbers), so candidates"
                + " differ by their levers; every " + plan.reevaluateEvery() + " generations the population's front is"
                + " simulated again on new random numbers and judged on all its runs, so luck in a few runs does not"
                + " keep a mix on the front. The final front, the non-dominated candidates of the whole search, is"
                + " simulated " + plan.finalReplications() + " times on random numbers no evaluation used, and judged"
                + " on those runs alone: a point is dropped when another beats it on every objective with 95%"
                + " confidence (one-sided, on their paired differences) or when it misses a constraint with 95%"
                + " confidence. docs/ODD.md 12.4 has the details."));
        b.append("<h2>Files</h2>\n").append(Html.paragraph("In this folder: " + String.join(", ", OptimisationOutputs.FILES)
                + "; charts as PNG and SVG in charts/; the runs in journal/ (a rerun of the same command resumes from it;"
                + " --warm-start DIR starts a new search from this front)."));
        return b.toString();
    }

    private String headline(List<OptimisationResult.FinalPoint> points, List<OptimisationResult.FinalPoint> kept) {
        if (!r.feasible()) {
            return "No lever mix met the constraints (" + String.join(", ", plan.bounds().stream().map(t -> t.text())
                    .toList()) + "): the front below holds the mixes that missed them least.";
        }
        long dominated = points.stream().filter(p -> !p.dominatedBy().isEmpty()).count();
        long missed = points.stream().filter(p -> p.dominatedBy().isEmpty() && !p.failed().isEmpty()).count();
        return String.format(Locale.ROOT, "%d lever mixes form the front; on fresh runs %d %s, %d %s beaten on every"
                + " objective by another with confidence and %d %s a constraint with confidence.", points.size(),
                kept.size(), kept.size() == 1 ? "holds up" : "hold up", dominated, dominated == 1 ? "is" : "are", missed,
                missed == 1 ? "misses" : "miss");
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
                    others.add(Metric.labelOf(x.metric()).toLowerCase(Locale.ROOT) + " " + mean(best, x.metric()));
                }
            }
            lines.add(String.format(Locale.ROOT, "Best %s (%s): candidate %d, %s; with %s. Its levers are in the table"
                    + " below.", Metric.labelOf(o.metric()).toLowerCase(Locale.ROOT), o.better() + " is better",
                    best.candidate().id(), mean(best, o.metric()), String.join(", ", others)));
        }
        return lines;
    }

    private String table(List<OptimisationResult.FinalPoint> points) {
        List<String> header = new ArrayList<>(List.of("candidate", "verdict"));
        plan.levers().forEach(l -> header.add(l.name()));
        plan.metrics().forEach(m -> header.add(Metric.labelOf(m) + " (" + m + ", " + (MetricText.differenceScale(m) == 100
                ? "%" : Metric.unitOf(m)) + ")"));
        List<List<String>> rows = new ArrayList<>();
        Objective first = plan.objectives().get(0);
        List<OptimisationResult.FinalPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble((OptimisationResult.FinalPoint p) -> first.oriented(
                p.estimates().get(first.metric()).mean())).thenComparingInt(p -> p.candidate().id()));
        for (OptimisationResult.FinalPoint p : sorted) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.candidate().id()), p.kept() ? "kept"
                    : !p.dominatedBy().isEmpty() ? "beaten by " + p.dominatedBy() : "misses " + String.join(", ", p.failed())));
            for (int j = 0; j < plan.levers().size(); j++) {
                // Three significant digits: front.csv has every value in full.
                row.add(plan.levers().get(j).axis().value(p.candidate().point()[j]));
            }
            for (String m : plan.metrics()) {
                Estimate e = p.estimates().get(m);
                row.add(MetricText.EN.bare(m, e.mean()) + " [" + MetricText.EN.bare(m, e.low()) + ", "
                        + MetricText.EN.bare(m, e.high()) + "]");
            }
            rows.add(row);
        }
        return "<h2>The front</h2>\n" + Html.paragraph("Sorted by " + Metric.labelOf(first.metric()).toLowerCase(Locale.ROOT)
                + "; each metric's mean [95% interval] over the " + plan.finalReplications() + " fresh runs. front.csv has"
                + " the --set options that reproduce each point with gridgov run or in an experiment.")
                + Html.table(header, rows);
    }

    private String tradeOffs(Path charts, List<OptimisationResult.FinalPoint> kept) throws IOException {
        int k = plan.objectives().size();
        if (k < 2) {
            return "";
        }
        StringBuilder b = new StringBuilder("<h2>Trade-offs</h2>\n");
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                String mx = plan.objectives().get(i).metric();
                String my = plan.objectives().get(j).metric();
                List<Nsga2.Candidate> all = r.search().evaluated();
                double[] ax = all.stream().mapToDouble(c -> r.means().get(c.id()).get(mx)).toArray();
                double[] ay = all.stream().mapToDouble(c -> r.means().get(c.id()).get(my)).toArray();
                double[][] fx = estimates(kept, mx);
                double[][] fy = estimates(kept, my);
                JFreeChart chart = Charts.front(Metric.labelOf(mx) + " and " + Metric.labelOf(my), Metric.headingOf(mx),
                        Metric.headingOf(my), ax, ay, fx[0], fx[1], fx[2], fy[0], fy[1], fy[2]);
                b.append(ChartFile.figure(charts, "front-" + (i + 1) + "-" + (j + 1), chart, "Every candidate's search"
                        + " means (grey) and the kept front with 95% intervals on its fresh runs (" + plan.objectives().get(i)
                        .better() + " " + Metric.labelOf(mx).toLowerCase(Locale.ROOT) + " and " + plan.objectives().get(j)
                        .better() + " " + Metric.labelOf(my).toLowerCase(Locale.ROOT) + " are better)."));
            }
        }
        return b.toString();
    }

    private String mixes(Path charts, List<OptimisationResult.FinalPoint> kept) throws IOException {
        if (kept.isEmpty()) {
            return "";
        }
        List<String> axes = plan.levers().stream().map(l -> l.name().substring(l.name().lastIndexOf('.') + 1)).toList();
        List<String> items = new ArrayList<>();
        List<double[]> lines = new ArrayList<>();
        for (OptimisationResult.FinalPoint p : kept) {
            items.add("candidate " + p.candidate().id());
            lines.add(p.candidate().point());
        }
        JFreeChart chart = Charts.parallel("The lever mixes of the front", axes, items, lines);
        return "<h2>Lever mixes</h2>\n" + ChartFile.figure(charts, "levers", chart, "Each kept point of the front as a"
                + " line across the levers, each lever from the bottom of its range (0) to the top (1): levers every line"
                + " sets alike are what the front agrees on; those that spread are what the trade-off is made of.");
    }

    private String convergence(Path charts) throws IOException {
        List<OptimisationResult.Generation> gens = r.convergence();
        double[] x = gens.stream().mapToDouble(OptimisationResult.Generation::generation).toArray();
        double[] hv = gens.stream().mapToDouble(OptimisationResult.Generation::hypervolume).toArray();
        JFreeChart chart = Charts.frontier("Hypervolume of each generation's front", "generation",
                "hypervolume (scaled objectives)", x, hv, hv, hv, Double.NaN, Double.NaN);
        return "<h2>Convergence</h2>\n" + ChartFile.figure(charts, "hypervolume", chart, "The volume of objective space the"
                + " feasible front dominates, each objective scaled to [0, 1] between the best and worst value any"
                + " generation's front reached (reference point 1.1): a curve that has flattened has converged. It may"
                + " dip when a re-evaluation shows a front point was lucky.");
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

    private static String mean(OptimisationResult.FinalPoint p, String metric) {
        return MetricText.EN.value(metric, p.estimates().get(metric).mean());
    }
}
