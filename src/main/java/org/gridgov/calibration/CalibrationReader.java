package org.gridgov.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.config.DidYouMean;
import org.gridgov.config.InputException;
import org.gridgov.config.ReadContext;
import org.gridgov.config.Section;
import org.gridgov.experiment.MetricNames;
import org.gridgov.experiment.SearchFile;
import org.gridgov.experiment.Uncertainty;
import org.gridgov.experiment.UncertaintyReader;
import org.gridgov.observe.Metric;
import org.gridgov.scenario.LoadedScenario;

/**
 * Reads a targets file and the scenario it calibrates into a {@link CalibrationPlan}. Every problem of both, and
 * of the uncertainties file the targets file names, is reported at once with file, line, key path, value and what
 * is allowed. Paths in the targets file are relative to the working directory, as in experiment files.
 */
public final class CalibrationReader {

    public static final int DEFAULT_PARTICLES = 100;
    public static final int DEFAULT_REPLICATIONS = 2;
    public static final int DEFAULT_GENERATIONS = 8;
    public static final double DEFAULT_QUANTILE = 0.5;
    public static final int DEFAULT_CHECK_REPLICATIONS = 10;

    /** Choices from the command line, which win over the file; null means "as the file says". */
    public record Settings(Integer particles, Integer replications, Integer generations, Long seed, Integer days,
            Integer warmupDays) {
        public static final Settings NONE = new Settings(null, null, null, null, null, null);
    }

    private CalibrationReader() {
    }

    public static CalibrationPlan read(Path scenario, List<String> overrides, Path targetsFile, Settings settings)
            throws InputException {
        ReadContext ctx = new ReadContext();
        SearchFile in = SearchFile.open(scenario, overrides, targetsFile, ctx);
        LoadedScenario base = in.base();
        Section s = in.root();
        List<Uncertainty> parameters = base == null ? List.of()
                : UncertaintyReader.read(s, "parameters", scenario.toString(), overrides, ctx);
        if (base == null) {
            s.node("uncertainties"); // the scenario's problems are reported; these keys are known
            s.node("parameters");
        }
        List<FitTarget> targets = targets(s, base, ctx);
        Integer fileParticles = in.whole("particles", 10, 100_000);
        Integer fileReplications = in.whole("replications", 1, 1000);
        Integer fileGenerations = in.whole("generations", 0, 100);
        int particles = SearchFile.first(settings.particles(), fileParticles, DEFAULT_PARTICLES);
        int replications = SearchFile.first(settings.replications(), fileReplications, DEFAULT_REPLICATIONS);
        int generations = SearchFile.first(settings.generations(), fileGenerations, DEFAULT_GENERATIONS);
        double quantile = s.has("quantile") ? s.number("quantile", 0.1, 0.9) : none(s, "quantile", DEFAULT_QUANTILE);
        int check = SearchFile.first(null, in.whole("check_replications", 2, 1000), DEFAULT_CHECK_REPLICATIONS);
        SearchFile.RunLength run = in.runLength(settings.seed(), settings.days(), settings.warmupDays(), targetsFile,
                ctx);
        s.finish();
        ctx.throwIfProblems();
        return new CalibrationPlan(in.name(), in.description(), targetsFile.toString(), in.sha256(), scenario.toString(),
                overrides, parameters, targets, particles, replications, generations, quantile, run.seed(), run.days(),
                run.warmupDays(), check);
    }

    /** The targets: each a metric the scenario produces, with its value and a tolerance or a standard error. */
    private static List<FitTarget> targets(Section s, LoadedScenario base, ReadContext ctx) {
        List<FitTarget> out = new ArrayList<>();
        if (!s.has("targets")) {
            s.problem("targets", "must map metrics to observed figures, e.g. {on_time_rate: {value: 0.83, tolerance:"
                    + " 0.12, source: \"monthly bulletin\"}}");
            return out;
        }
        Section all = s.section("targets");
        List<String> produced = base == null ? Metric.ids() : MetricNames.of(base.scenario());
        for (String metric : all.keys()) {
            Section t = all.section(metric);
            if (base != null && !produced.contains(metric)) {
                String hint = DidYouMean.closest(metric, produced).map(c -> "did you mean '" + c + "'?")
                        .orElse("the metrics are those of metrics.csv written by gridgov run");
                ctx.report(t.source(), "targets." + metric, null, "unknown metric; " + hint);
                List.of("value", "tolerance", "standard_error", "source", "why").forEach(t::node);
                t.finish();
                continue;
            }
            Metric m = Metric.of(metric).orElse(null);
            double lo = m == null ? -1e15 : Math.max(-1e15, m.lower());
            double hi = m == null ? 1e15 : Math.min(1e15, m.upper());
            double value = t.number("value", lo, hi);
            String source = t.optionalText("source", "");
            String why = t.optionalText("why", "");
            boolean tol = t.has("tolerance");
            boolean se = t.has("standard_error");
            if (tol == se) {
                t.problem(tol ? "standard_error" : "tolerance", "give one of tolerance (the largest distance from the"
                        + " value that still fits) and standard_error (the observation's; the tolerance is then twice it)");
                t.node("tolerance");
                t.node("standard_error");
                t.finish();
                continue;
            }
            double spread = tol ? t.positive("tolerance", 1e9) : t.positive("standard_error", 1e9);
            t.finish();
            if (!ctx.hasProblems()) {
                out.add(tol ? FitTarget.withTolerance(metric, value, spread, source, why)
                        : FitTarget.withStandardError(metric, value, spread, source, why));
            }
        }
        if (all.keys().isEmpty()) {
            s.problem("targets", "must give at least one target");
        }
        return out;
    }

    /** Marks an optional key that is absent as read, and gives the default. */
    private static <T> T none(Section s, String key, T value) {
        s.optionalText(key, null);
        return value;
    }
}
