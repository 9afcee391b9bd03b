package org.gridgov.calibration;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.Version;
import org.gridgov.config.InputException;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;
import org.gridgov.config.Overrides;
import org.gridgov.config.YamlInput;
import org.gridgov.experiment.BlockYaml;
import org.gridgov.experiment.ExperimentPlan;
import org.gridgov.experiment.Uncertainty;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.Csv;
import org.gridgov.report.Json;
import org.gridgov.report.Num;
import org.gridgov.report.SearchExecution;
import org.gridgov.stats.abc.AbcSmc;
import org.gridgov.text.Texts;

/**
 * Writes a calibration's outputs (docs/ODD.md 12.3): {@code posterior.csv} (the accepted parameter sets with their
 * weights), {@code particles.csv} (every particle simulated), {@code generations.csv}, {@code parameters.csv},
 * {@code fit.csv}, {@code calibrated.yaml} (the scenario with each parameter at its posterior median, ready for run
 * and experiment), charts, {@code report.html} and, last, {@code manifest.json}. They depend only on the inputs and
 * the runs, so the same calibration gives the same bytes whatever the number of threads (the manifest's execution
 * section aside).
 */
public final class CalibrationOutputs {

    public static final String MARKER = "manifest.json";
    public static final List<String> FILES = List.of("posterior.csv", "particles.csv", "generations.csv",
            "parameters.csv", "fit.csv", "calibrated.yaml", "report.html", "charts/", MARKER);

    private final CalibrationResult r;
    private final CalibrationPlan plan;

    private CalibrationOutputs(CalibrationResult result) {
        this.r = result;
        this.plan = result.plan();
    }

    /** Writes every output; report.html and its charts in the language of {@code texts}, the rest in English. */
    public static void write(Path dir, CalibrationResult result, SearchExecution execution, Texts texts)
            throws IOException {
        CalibrationOutputs w = new CalibrationOutputs(result);
        AtomicFile.write(dir.resolve("posterior.csv"), w::posterior);
        AtomicFile.write(dir.resolve("particles.csv"), w::particles);
        AtomicFile.write(dir.resolve("generations.csv"), w::generations);
        AtomicFile.write(dir.resolve("parameters.csv"), w::parameters);
        AtomicFile.write(dir.resolve("fit.csv"), w::fit);
        String yaml = calibratedScenario(result);
        AtomicFile.write(dir.resolve("calibrated.yaml"), out -> out.write(yaml));
        CalibrationPage.write(dir, result, texts);
        AtomicFile.write(dir.resolve(MARKER), out -> out.write(Json.render(w.manifest(execution))));
    }

    private List<String> parameterColumns() {
        return plan.parameters().stream().map(Uncertainty::name).toList();
    }

    /** A particle's parameter values: each value, the factor of a scale, or the value listed. */
    private List<String> values(double[] point) {
        List<String> v = new ArrayList<>();
        for (int d = 0; d < plan.parameters().size(); d++) {
            v.add(exact(plan.parameters().get(d).axis(), point[d]));
        }
        return v;
    }

    /** The value at u in full: what a run sets (for a scale, the factor on each member's value). */
    static String exact(ExperimentPlan.Axis a, double u) {
        double v = a.at(u);
        return a.kind().equals(ExperimentPlan.Axis.VALUES) ? a.values().get((int) v) : Num.format(v);
    }

    private static List<String> numbers(double[] xs) {
        List<String> v = new ArrayList<>();
        for (double x : xs) {
            v.add(Num.format(x));
        }
        return v;
    }

    private void posterior(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("particle", "weight", "distance"));
        header.addAll(parameterColumns());
        header.addAll(plan.metrics());
        Csv csv = new Csv(out, header);
        AbcSmc.Population p = r.search().last();
        for (int i = 0; i < p.particles().size(); i++) {
            AbcSmc.Particle q = p.particles().get(i);
            List<String> row = new ArrayList<>(List.of(Integer.toString(i), Num.format(p.weights()[i]),
                    Num.format(q.distance())));
            row.addAll(values(q.point()));
            row.addAll(numbers(q.simulated()));
            csv.row(row.toArray(String[]::new));
        }
    }

    private void particles(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("generation", "batch", "proposal", "fate", "distance"));
        header.addAll(parameterColumns());
        header.addAll(plan.metrics());
        Csv csv = new Csv(out, header);
        for (AbcSmc.Particle q : r.search().evaluated()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(q.generation()), Integer.toString(q.batch()),
                    Integer.toString(q.proposal()), q.fate().name().toLowerCase(java.util.Locale.ROOT),
                    Num.format(q.distance())));
            row.addAll(values(q.point()));
            row.addAll(numbers(q.simulated()));
            csv.row(row.toArray(String[]::new));
        }
    }

    private void generations(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("generation", "epsilon", "proposed", "accepted", "acceptance_rate", "ess",
                "metric", "stated_tolerance", "noise_se", "tolerance"));
        for (AbcSmc.Population p : r.search().populations()) {
            for (int t = 0; t < plan.targets().size(); t++) {
                csv.row(Integer.toString(p.generation()), Num.format(p.epsilon()), Integer.toString(p.proposed()),
                        Integer.toString(p.particles().size()), Num.format(p.acceptance()), Num.format(p.ess()),
                        plan.targets().get(t).metric(), Num.format(plan.targets().get(t).tolerance()),
                        Num.format(p.noise()[t]), Num.format(p.tolerances()[t]));
            }
        }
    }

    private void parameters(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("parameter", "kind", "prior_min", "prior_max", "posterior_mean", "p05", "median",
                "p95", "interval_share_of_prior", "calibrated", "why", "source"));
        List<CalibrationResult.ParameterFit> fits = r.parameters();
        for (int d = 0; d < fits.size(); d++) {
            CalibrationResult.ParameterFit f = fits.get(d);
            ExperimentPlan.Axis a = f.axis();
            boolean listed = a.kind().equals(ExperimentPlan.Axis.VALUES);
            csv.row(a.name(), a.kind(), listed ? a.values().get(0) : Num.format(a.low()),
                    listed ? a.values().get(a.values().size() - 1) : Num.format(a.high()),
                    listed ? "" : Num.format(f.mean()), shown(a, f.low()), shown(a, f.median()), shown(a, f.high()),
                    Num.format(f.narrowing()), exact(a, r.estimate()[d]), f.parameter().why(), f.parameter().source());
        }
    }

    private static String shown(ExperimentPlan.Axis a, double v) {
        return a.kind().equals(ExperimentPlan.Axis.VALUES) ? a.values().get((int) v) : Num.format(v);
    }

    private void fit(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("metric", "observed", "tolerance", "stated", "source", "posterior_mean",
                "posterior_p05", "posterior_p95", "posterior_share_within", "calibrated_mean", "calibrated_low",
                "calibrated_high", "calibrated_n", "calibrated_fits"));
        for (CalibrationResult.TargetFit f : r.targets()) {
            FitTarget t = f.target();
            csv.row(t.metric(), Num.format(t.value()), Num.format(t.tolerance()), t.stated(), t.source(),
                    Num.format(f.posteriorMean()), Num.format(f.posteriorLow()), Num.format(f.posteriorHigh()),
                    Num.format(f.shareWithin()), Num.format(f.checked().mean()), Num.format(f.checked().low()),
                    Num.format(f.checked().high()), Integer.toString(f.checked().n()), Boolean.toString(f.fits()));
        }
    }

    /**
     * The scenario file with the command's overrides and each calibrated parameter at its posterior median, written
     * out in full (comments are not kept), named NAME-calibrated.
     */
    static String calibratedScenario(CalibrationResult r) throws IOException {
        CalibrationPlan plan = r.plan();
        ReadContext ctx = new ReadContext();
        byte[] bytes = Files.readAllBytes(Path.of(plan.scenarioFile()));
        MapNode tree = YamlInput.parseBytes(bytes, plan.scenarioFile(), ctx);
        List<String> set = new ArrayList<>(plan.overrides());
        plan.values(r.estimate()).forEach((path, value) -> set.add(path + "=" + value));
        tree = Overrides.apply(tree, set, ctx);
        if (ctx.hasProblems() || tree == null) {
            throw new IllegalStateException("the calibrated values no longer apply: "
                    + new InputException(ctx.problems()).getMessage());
        }
        Node name = tree.get("name");
        String base = name instanceof ScalarNode s && !s.isNull() ? s.text()
                : Path.of(plan.scenarioFile()).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Map<String, Node> entries = new LinkedHashMap<>(tree.entries());
        entries.put("name", new ScalarNode(base + "-calibrated", false, false, tree.source()));
        entries.put("description", new ScalarNode("Calibrated to " + plan.targetsFile() + " by gridgov calibrate:"
                + " each fitted parameter at its posterior median.", false, false, tree.source()));
        StringBuilder b = new StringBuilder();
        b.append("# ").append(base).append(" calibrated by gridgov ").append(Version.get()).append(" calibrate to ")
                .append(plan.targetsFile()).append(" (").append(plan.targets().size()).append(" targets, ")
                .append(plan.parameters().size()).append(" parameters).\n");
        b.append("# Each fitted parameter is set to its posterior median (parameters.csv); the rest is ")
                .append(plan.scenarioFile()).append(plan.overrides().isEmpty() ? "" : " with " + String.join(" ", plan.overrides()))
                .append(", written out in full.\n");
        b.append("# ").append(r.verdict().replace("\n", " ")).append('\n');
        plan.values(r.estimate()).forEach((path, value) -> b.append("#   ").append(path).append(" = ").append(value).append('\n'));
        b.append(BlockYaml.render(new MapNode(entries, tree.source())));
        return b.toString();
    }

    private Map<String, Object> manifest(SearchExecution execution) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gridgov_version", Version.get());
        m.put("command", "calibrate");
        m.put("name", plan.name());
        m.put("description", plan.description());
        m.put("scenario", plan.scenarioFile());
        m.put("overrides", plan.overrides());
        m.put("targets_file", plan.targetsFile());
        m.put("targets_sha256", plan.targetsSha256());
        m.put("method", "ABC-SMC (Beaumont et al. 2009), tolerance = " + Num.format(plan.quantile())
                + " quantile of the last distances; docs/ODD.md 12.3");
        m.put("particles", plan.particles());
        m.put("replications", plan.replications());
        m.put("max_generations", plan.generations());
        m.put("seed", plan.seed());
        m.put("days", plan.days());
        m.put("warmup_days", plan.warmupDays());
        m.put("check_replications", plan.checkReplications());
        m.put("stop", r.search().stop().name().toLowerCase(java.util.Locale.ROOT));
        m.put("generations", r.search().populations().size() - 1);
        m.put("epsilon", r.search().last().epsilon());
        m.put("runs", r.runs());
        m.put("verdict", r.verdict());
        m.put("calibrated", plan.values(r.estimate()));
        m.put("files", FILES);
        m.put("execution", execution.map());
        return m;
    }
}
