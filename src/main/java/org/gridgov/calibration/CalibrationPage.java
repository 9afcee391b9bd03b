package org.gridgov.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.gridgov.experiment.ExperimentPlan;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.ChartFile;
import org.gridgov.report.Charts;
import org.gridgov.report.Html;
import org.gridgov.report.TranslatedPage;
import org.gridgov.report.Num;
import org.gridgov.stats.abc.AbcSmc;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Texts;
import org.jfree.chart.JFreeChart;

/**
 * The report of a calibration: {@code report.html}, one self-contained page that opens with the verdict, then
 * the fit of each target, the posterior of each parameter, the pairs that trade off, the search's generations and
 * the method; charts are embedded as SVG and written to {@code charts/} as PNG and SVG.
 */
final class CalibrationPage extends TranslatedPage {

    /** Pairs of parameters shown against each other: those whose posterior correlation is strongest. */
    private static final int PAIRS = 3;

    private final CalibrationResult r;
    private final CalibrationPlan plan;

    private CalibrationPage(CalibrationResult result, Texts texts) {
        super(texts);
        this.r = result;
        this.plan = result.plan();
    }

    static void write(Path dir, CalibrationResult result, Texts texts) throws IOException {
        CalibrationPage page = new CalibrationPage(result, texts);
        String body = page.body(dir.resolve("charts"));
        AtomicFile.write(dir.resolve("report.html"), out -> out.write(Html.page(texts.f("Calibration %s",
                result.plan().name()), Html.withContents(body, texts.t("Contents")), texts.lang())));
    }

    private String body(Path charts) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(t.f("Calibration: %s", plan.name()))).append("</h1>\n");
        if (!plan.description().isBlank()) {
            b.append(Html.paragraph(plan.description()));
        }
        b.append(Html.paragraph(t.f("%s with %d parameters fitted to %d targets of %s. %d particles a generation, each"
                + " simulated %d times for %d days with common random numbers (seed %d); %d runs in all.",
                plan.scenarioFile() + (plan.overrides().isEmpty() ? "" : " (" + String.join(" ", plan.overrides()) + ")"),
                plan.parameters().size(), plan.targets().size(), plan.targetsFile(), plan.particles(), plan.replications(),
                plan.days(), plan.seed(), r.runs())));
        b.append("<h2>").append(t.t("Verdict")).append("</h2>\n").append("<p><strong>")
                .append(Html.escape(r.verdict(t))).append("</strong></p>\n");
        b.append(fit(charts));
        b.append(parameters(charts));
        b.append(pairs(charts));
        b.append(search());
        b.append("<h2>").append(t.t("Method")).append("</h2>\n");
        b.append(Html.paragraph(t.f("Approximate Bayesian computation by sequential Monte Carlo (docs/ODD.md 12.3). The"
                + " prior is uniform over each parameter's range (a scale multiplies a group's values). A particle's"
                + " distance is the largest of |simulated mean - observed| / tolerance over the targets; a standard error"
                + " s counts as a tolerance of 2 s. Generation 0 is a Latin hypercube of the prior; each later generation"
                + " accepts particles within the %s quantile of the last distances, drawn from the last population and"
                + " moved by a normal step (twice its weighted variance, truncated to the range), with importance weights"
                + " prior / proposal (Beaumont et al. 2009). Every particle's replication i uses the random numbers of"
                + " replication i of every other, so particles differ by their parameters; the noise that leaves in a"
                + " particle's mean is one offset shared by all of them, which the particles cannot see, so before each"
                + " generation %d replications of the last population's median measure it and each tolerance is widened"
                + " to sqrt(tolerance^2 + (2 se)^2). The search stops when a generation accepted every target within its"
                + " tolerance and the noise measured after it agrees within 10%%, after %d generations, or when a"
                + " generation would need more than %d proposals.", Num.format(plan.quantile()),
                plan.checkReplications(), plan.generations(), plan.search().budget())));
        b.append("<h2>").append(t.t("Files")).append("</h2>\n").append(Html.paragraph(t.f("In this folder: %s; charts as"
                + " PNG and SVG in charts/; the runs in journal/ (a rerun of the same command resumes from it)."
                + " calibrated.yaml runs with gridgov run or in an experiment.",
                String.join(", ", CalibrationOutputs.FILES))));
        return b.toString();
    }

    private String fit(Path charts) throws IOException {
        StringBuilder b = new StringBuilder("<h2>" + t.t("Fit to each target") + "</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<CalibrationResult.TargetFit> fits = r.targets();
        double[] mid = new double[fits.size()];
        double[] lo = new double[fits.size()];
        double[] hi = new double[fits.size()];
        for (int i = 0; i < fits.size(); i++) {
            CalibrationResult.TargetFit f = fits.get(i);
            FitTarget target = f.target();
            String unit = mt.unit(target.metric());
            rows.add(List.of(mt.heading(target.metric()), t.f("%s (%s)", show(target.value()), target.stated(t)),
                    target.source(), show(f.posteriorMean()) + " [" + show(f.posteriorLow()) + ", "
                            + show(f.posteriorHigh()) + "]", percent(f.shareWithin()),
                    show(f.checked().mean()) + " [" + show(f.checked().low()) + ", " + show(f.checked().high()) + "]"
                            + (unit.isEmpty() ? "" : " " + unit), f.fits() ? t.t("yes") : t.t("no")));
            names.add(cmt.label(target.metric()));
            mid[i] = target.misfit(f.checked().mean());
            lo[i] = target.misfit(f.checked().low());
            hi[i] = target.misfit(f.checked().high());
        }
        b.append(Html.table(List.of(t.t("target"), t.t("observed"), t.t("source"), t.t("posterior (mean [5%, 95%])"),
                t.t("posterior within tolerance"), t.t("calibrated scenario (mean [95% CI])"), t.t("fits")), rows));
        b.append(Html.paragraph(t.f("The posterior columns are the accepted particles' simulated means, weighted; the"
                + " calibrated scenario, each parameter at its posterior median, was run %d times, and it fits a target"
                + " when its mean lies within the target's tolerance.", plan.checkReplications())));
        JFreeChart chart = Charts.withLines(Charts.ranked(ct.t("Calibrated scenario against each target"),
                ct.t("distance from the observed value, in tolerances (|x| <= 1 fits)"), names, mid, lo, hi, 0,
                ct.t("observed")), ct.t("tolerance"), -1, 1);
        b.append(ChartFile.figure(charts, "fit", chart, t.t("Each target's calibrated mean with its 95% interval, as"
                + " (simulated - observed) / tolerance; the dashed lines are the tolerance."), t.t("Files:")));
        return b.toString();
    }

    private String parameters(Path charts) throws IOException {
        StringBuilder b = new StringBuilder("<h2>" + t.t("Posterior of each parameter") + "</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        List<CalibrationResult.ParameterFit> fits = r.parameters();
        for (int d = 0; d < fits.size(); d++) {
            CalibrationResult.ParameterFit f = fits.get(d);
            ExperimentPlan.Axis a = f.axis();
            rows.add(List.of(a.name(), f.parameter().describe(t), text(a, f.median()) + " [" + text(a, f.low()) + ", "
                    + text(a, f.high()) + "]", percent(f.narrowing()), a.text(r.estimate()[d]), f.parameter().why()));
        }
        b.append(Html.table(List.of(t.t("parameter"), t.t("prior range"), t.t("posterior median [5%, 95%]"),
                t.t("90% interval, share of the prior's"), t.t("calibrated"), t.t("why uncertain")), rows));
        b.append(Html.paragraph(t.t("The share compares the posterior's 90% interval with the prior's (90% of the"
                + " range): near 100% the targets say little about the parameter, which stays about as uncertain as its"
                + " range. A scale's values are factors on the scenario's own values.")));
        AbcSmc.Population last = r.search().last();
        List<String> names = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        List<double[]> ranges = new ArrayList<>();
        for (int d = 0; d < fits.size(); d++) {
            ExperimentPlan.Axis a = fits.get(d).axis();
            double[] u = last.coordinate(d);
            double[] x = new double[u.length];
            for (int i = 0; i < u.length; i++) {
                x[i] = a.at(u[i]);
            }
            names.add(shortName(a));
            values.add(x);
            ranges.add(a.kind().equals(ExperimentPlan.Axis.VALUES) ? new double[] {0, a.values().size()}
                    : a.whole() ? new double[] {a.low(), a.high() + 1} : new double[] {a.low(), a.high()});
        }
        for (int from = 0; from < names.size(); from += 4) {
            int to = Math.min(names.size(), from + 4);
            JFreeChart chart = Charts.histograms(ct.t("Posterior over each parameter's range"),
                    ct.t("share of the posterior"), names.subList(from, to), values.subList(from, to), last.weights(),
                    ranges.subList(from, to), 10);
            b.append(ChartFile.figure(charts, "posterior-" + (from / 4 + 1), chart, t.t("Weighted histograms of the"
                    + " accepted particles over each prior range (x: a factor on the scenario's values): a flat one is a"
                    + " parameter the targets do not pin down."), t.t("Files:")));
        }
        return b.toString();
    }

    /** Scatter plots of the pairs of parameters the posterior correlates most: trade-offs the targets cannot split. */
    private String pairs(Path charts) throws IOException {
        int k = plan.parameters().size();
        if (k < 2) {
            return "";
        }
        AbcSmc.Population last = r.search().last();
        record Pair(int i, int j, double rho) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                pairs.add(new Pair(i, j, correlation(last.coordinate(i), last.coordinate(j), last.weights())));
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair q) -> -Math.abs(q.rho())).thenComparingInt(Pair::i)
                .thenComparingInt(Pair::j));
        StringBuilder b = new StringBuilder("<h2>" + t.t("Parameters that trade off") + "</h2>\n");
        b.append(Html.paragraph(t.t("The pairs whose posterior correlation is strongest: along such a ridge the targets"
                + " are met equally well, so the data cannot tell the two apart.")));
        for (Pair q : pairs.subList(0, Math.min(PAIRS, pairs.size()))) {
            ExperimentPlan.Axis a = plan.parameters().get(q.i()).axis();
            ExperimentPlan.Axis c = plan.parameters().get(q.j()).axis();
            double[] x = last.coordinate(q.i());
            double[] y = last.coordinate(q.j());
            double[] xs = new double[x.length];
            double[] ys = new double[y.length];
            for (int p = 0; p < x.length; p++) {
                xs[p] = a.at(x[p]);
                ys[p] = c.at(y[p]);
            }
            JFreeChart chart = Charts.scatter(ct.f("%s and %s (weighted correlation %.2f)", shortName(a), shortName(c),
                    q.rho()), a.name(), c.name(), List.of(), xs, ys, 0, Double.NaN, null);
            b.append(ChartFile.figure(charts, "pair-" + (q.i() + 1) + "-" + (q.j() + 1), chart,
                    t.t("Accepted particles."), t.t("Files:")));
        }
        return b.toString();
    }

    private String search() {
        StringBuilder b = new StringBuilder("<h2>" + t.t("The search") + "</h2>\n");
        List<List<String>> rows = new ArrayList<>();
        for (AbcSmc.Population p : r.search().populations()) {
            List<String> tol = new ArrayList<>();
            for (int i = 0; i < plan.targets().size(); i++) {
                tol.add(plan.targets().get(i).metric() + " " + show(p.tolerances()[i]));
            }
            rows.add(List.of(Integer.toString(p.generation()), Double.isInfinite(p.epsilon()) ? t.t("prior")
                    : show(p.epsilon()), Integer.toString(p.proposed()), percent(p.acceptance()),
                    HumanNum.fourDigits(p.ess()), String.join("; ", tol)));
        }
        b.append(Html.table(List.of(t.t("generation"), t.t("epsilon (tolerances)"), t.t("particles simulated"),
                t.t("accepted"), t.t("effective sample size"), t.t("tolerances, widened by the noise")), rows));
        b.append(Html.paragraph(t.f("Stopped: %s", switch (r.search().stop()) {
            case REACHED -> t.t("every target within its tolerance, and the noise measured after the last generation"
                    + " agreed.");
            case GENERATIONS -> t.f("the %d generations allowed ran out (--generations raises it; a rerun resumes from"
                    + " the journal).", plan.generations());
            case ACCEPTANCE -> t.f("a generation could not fill its population within %d proposals.",
                    plan.search().budget());
            case STALLED -> t.t("the tolerance stopped falling.");
        })));
        List<String> conflicts = r.conflicts(t);
        if (!r.reached() && !conflicts.isEmpty()) {
            b.append("<h3>").append(t.t("Targets that cannot be met together")).append("</h3>\n<ul>\n");
            conflicts.forEach(c -> b.append("<li>").append(Html.escape(c)).append("</li>\n"));
            b.append("</ul>\n");
        }
        return b.toString();
    }

    /** A parameter's last key, marked as a factor for a scale: short enough for a panel's axis. */
    private static String shortName(ExperimentPlan.Axis a) {
        String last = a.name().substring(a.name().lastIndexOf('.') + 1);
        return a.kind().equals(ExperimentPlan.Axis.SCALE) ? last + " (x)" : last;
    }

    static double correlation(double[] x, double[] y, double[] w) {
        double mx = AbcSmc.weightedMean(x, w);
        double my = AbcSmc.weightedMean(y, w);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += w[i] * (x[i] - mx) * (y[i] - my);
            sxx += w[i] * (x[i] - mx) * (x[i] - mx);
            syy += w[i] * (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    private static String text(ExperimentPlan.Axis a, double v) {
        return a.kind().equals(ExperimentPlan.Axis.VALUES) ? a.values().get((int) v)
                : (a.kind().equals(ExperimentPlan.Axis.SCALE) ? "x " : "") + HumanNum.fourDigits(v);
    }

    private static String show(double x) {
        return HumanNum.fourDigits(x);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
