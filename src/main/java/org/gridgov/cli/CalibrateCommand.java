package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gridgov.Version;
import org.gridgov.calibration.Calibration;
import org.gridgov.calibration.CalibrationOutputs;
import org.gridgov.calibration.CalibrationPlan;
import org.gridgov.calibration.CalibrationReader;
import org.gridgov.calibration.CalibrationResult;
import org.gridgov.calibration.FitTarget;
import org.gridgov.experiment.ExperimentRunner;
import org.gridgov.experiment.RunEngine;
import org.gridgov.hash.Sha256;
import org.gridgov.report.MetricText;
import org.gridgov.stats.abc.AbcSmc;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov calibrate}: fits a scenario's uncertain parameters to a city's observed figures. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        header = "Fit a scenario's uncertain parameters to observed figures, with their uncertainty (ABC-SMC).",
        description = {"Fits the parameters a targets file names (with their ranges, or from an uncertainties file)"
                + " so that the scenario's simulated metrics match the observed figures the file gives, each within its"
                + " tolerance (or twice its standard error), by approximate Bayesian computation by sequential Monte"
                + " Carlo: generation after generation of particles, each simulated with the same replications (common"
                + " random numbers), accepted at a shrinking tolerance. Writes the posterior sample with its weights"
                + " (posterior.csv), every particle (particles.csv), the fit of each target (fit.csv), each parameter's"
                + " posterior (parameters.csv), calibrated.yaml (each parameter at its posterior median, checked by"
                + " replications of its own), charts and report.html; says which targets cannot be met together when"
                + " they cannot.",
            "Rerunning the same command resumes: finished runs are kept in DIR/journal/."},
        footer = {"", "Example: gridgov calibrate scenarios/q-city-baseline.yaml --targets calibration/q-city-targets.yaml",
            "Exit codes: 0 the targets were met together, 1 they were not (the outputs say which conflict) or another"
                + " failure, 2 bad input."})
final class CalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario to calibrate.")
    Path file;

    @Option(names = "--targets", paramLabel = "TARGETS.yaml", required = true,
            description = "The observed figures and the parameters to fit, e.g. calibration/q-city-targets.yaml.")
    Path targets;

    @Mixin
    OverrideOptions set;

    @Option(names = "--particles", paramLabel = "N",
            description = "Particles a generation, 10 or more (default: the targets file's, else 100).")
    Integer particles;

    @Option(names = "--replications", paramLabel = "R",
            description = "Replications of each particle, 1 or more (default: the targets file's, else 2).")
    Integer replications;

    @Option(names = "--generations", paramLabel = "G",
            description = "Most generations after the prior's (default: the targets file's, else 8). A calibration"
                    + " stopped by them resumes with more.")
    Integer generations;

    @Mixin
    RunLengthOptions length;

    @Mixin
    SearchOptions search;

    @Mixin
    LangOption lang;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int t = checkOptions();
        CalibrationPlan plan = CalibrationReader.read(file, set.overrides, targets, new CalibrationReader.Settings(
                particles, replications, generations, length.seed.seed, length.days.days, length.warmup));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = lang.texts(err);
        try (RunEngine engine = search.engine.open(t)) {
            return runSearch(plan, texts, stdout, err, t, engine);
        }
    }

    private int runSearch(CalibrationPlan plan, Texts texts, PrintWriter stdout, PrintWriter err, int t, RunEngine engine)
            throws Exception {
        Path dir = search.out("calibrate", plan.name());
        if (!search.quiet) {
            err.printf(Locale.ROOT, "%s: %d parameters fitted to %d targets; %d particles a generation x %d replications"
                    + " of %d days, up to %d generations after the prior's: at most %,d runs, on %s%n",
                    plan.name(), plan.parameters().size(), plan.targets().size(), plan.particles(), plan.replications(),
                    plan.days(), plan.generations(), plan.maxRuns(), engine.describe());
            err.flush();
        }
        long t0 = System.nanoTime();
        Calibration.Progress progress = search.quiet ? Calibration.Progress.NONE : new Shown(err, t, plan, t0);
        SearchSession.Done<CalibrationResult> done = SearchSession.run(dir, "calibration",
                plan.identity(Sha256.of(Files.readAllBytes(file)), Version.get()), "another scenario, targets,"
                        + " parameters, particles, replications, seed, days, warm-up or gridgov version", t, err,
                w -> Calibration.run(plan, dir, engine, w, progress), (d, r, e) -> CalibrationOutputs.write(d, r, e, texts),
                CalibrationOutputs.FILES, CalibrationOutputs.MARKER);
        CalibrationResult result = done.result();
        summary(result.reached() ? stdout : err, result, dir, done.seconds(), texts);
        return result.reached() ? 0 : 1;
    }

    private int checkOptions() {
        List<String> problems = new ArrayList<>();
        length.check(problems);
        if (particles != null && (particles < 10 || particles > 100_000)) {
            problems.add("--particles must be from 10 to 100000, not " + particles);
        }
        if (replications != null && (replications < 1 || replications > 1000)) {
            problems.add("--replications must be from 1 to 1000, not " + replications);
        }
        if (generations != null && (generations < 0 || generations > 100)) {
            problems.add("--generations must be from 0 to 100, not " + generations);
        }
        int t = search.threads(problems);
        if (!problems.isEmpty()) {
            throw new UserError(String.join("\n", problems));
        }
        return t;
    }

    private static void summary(PrintWriter out, CalibrationResult r, Path dir, double seconds, Texts t) {
        MetricText mt = MetricText.of(t);
        out.println(t.f("%s: %,d runs in %s, %d generations", r.plan().name(), r.runs(), ProgressBar.clock(seconds),
                r.search().populations().size() - 1));
        out.println("  " + r.verdict(t));
        for (CalibrationResult.TargetFit f : r.targets()) {
            FitTarget target = f.target();
            out.println(t.f("  %-40s observed %s +- %s, calibrated %s [%s, %s]%s", mt.label(target.metric()),
                    HumanNum.fourDigits(target.value()), HumanNum.fourDigits(target.tolerance()),
                    HumanNum.fourDigits(f.checked().mean()), HumanNum.fourDigits(f.checked().low()),
                    HumanNum.fourDigits(f.checked().high()), f.fits() ? "" : "  " + t.t("(misses)")));
        }
        out.println(t.f("  outputs in %s (report.html, calibrated.yaml, posterior.csv, fit.csv, ...)", dir));
        out.flush();
    }

    /** Progress on stderr: a line per batch and per population, and the runs' progress bar. */
    private static final class Shown implements Calibration.Progress {
        private final PrintWriter err;
        private final ProgressBar bar;
        private final CalibrationPlan plan;
        private final long t0;

        Shown(PrintWriter err, int threads, CalibrationPlan plan, long t0) {
            this.err = err;
            this.bar = new ProgressBar(err, System.console() != null, threads);
            this.plan = plan;
            this.t0 = t0;
        }

        @Override
        public void batch(int generation, int batch, int particles, double epsilon) {
            err.printf(Locale.ROOT, "generation %d%s: %d particles x %d replications%s%n", generation,
                    Double.isInfinite(epsilon) ? " (the prior)" : " at " + HumanNum.fourDigits(epsilon) + " x the tolerances",
                    particles, plan.replications(), batch == 0 ? "" : " (batch " + (batch + 1) + ")");
            err.flush();
        }

        @Override
        public ExperimentRunner.Listener runs() {
            return bar;
        }

        @Override
        public void population(AbcSmc.Population p) {
            err.printf(Locale.ROOT, "  generation %d: %d of %d particles accepted (%.0f%%), effective sample size %.0f;"
                    + " %s so far%n", p.generation(), p.particles().size(), p.proposed(), 100 * p.acceptance(), p.ess(),
                    ProgressBar.clock((System.nanoTime() - t0) / 1e9));
            err.flush();
        }

        @Override
        public void noise(int generation, int replications) {
            err.printf(Locale.ROOT, "measuring the simulation's noise%s: %d replications%n",
                    generation == 0 ? " at the centre of the ranges" : " at generation " + (generation - 1) + "'s median",
                    replications);
            err.flush();
        }

        @Override
        public void check(int replications) {
            err.printf(Locale.ROOT, "checking the calibrated scenario: %d replications%n", replications);
            err.flush();
        }
    }
}
