package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.gridgov.config.JsonInput;
import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;
import org.gridgov.report.OutputFolder;
import org.gridgov.scenario.Scenario;
import org.gridgov.sizing.Evaluation;
import org.gridgov.sizing.SimulationEvaluator;
import org.gridgov.sizing.SizingException;
import org.gridgov.sizing.SizingOutcome;
import org.gridgov.sizing.SizingOutputs;
import org.gridgov.sizing.SizingPlan;
import org.gridgov.sizing.SizingRequest;
import org.gridgov.sizing.SizingResult;
import org.gridgov.sizing.StaffGroup;
import org.gridgov.sizing.StaffedScenarios;
import org.gridgov.sizing.StaffingSearch;
import org.gridgov.sizing.Target;
import org.gridgov.sizing.WarmStart;
import org.gridgov.stats.Estimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov size}: the smallest staffing that meets service-level targets with confidence. */
@Command(name = "size", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        header = "Find the smallest staffing that meets service-level targets, with confidence.",
        description = {"Simulates the scenario at candidate head counts of grid workers and/or department staff,"
            + " each with the same replications (common random numbers), and finds the smallest that meets every"
            + " --target with the stated confidence: the one-sided confidence bound of the metric's mean (lower for"
            + " >=, upper for <=) must meet the threshold. The search starts from an analytic estimate (Erlang C,"
            + " square-root staffing), brackets and bisects. --set overrides apply to every candidate; the search"
            + " sets the sized groups' staffing parameters itself. Writes recommendation.json, frontier.csv,"
            + " runs.csv, charts and report.html."},
        footer = {"", "Example: gridgov size scenarios/q-city-baseline.yaml --target 'resolution_rate>=0.95'"
            + " --target 'p90_hours_to_close<=72' --target 'worker_utilization_mean<=0.85'",
            "Exit codes: 0 a staffing meets the targets, 1 none within the search bounds does (or another failure),"
                + " 2 bad input."})
final class SizeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario to staff.")
    Path file;

    @Option(names = "--target", paramLabel = "METRIC>=VALUE", required = true,
            description = "A service level: a metric of metrics.csv, >= or <=, a number, e.g. 'resolution_rate>=0.95'"
                    + " or 'p90_hours_to_close<=72'. Repeatable; every target must be met.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--for", paramLabel = "WHAT", defaultValue = "grid-workers",
            description = "What to size: grid-workers (default), department:NAME, or all (grid workers and every"
                    + " department, one at a time until nothing changes).")
    String what;

    @Option(names = "--replications", paramLabel = "R", defaultValue = "10",
            description = "Replications of each staffing, 2 or more (default 10).")
    int replications;

    @Option(names = "--confidence", paramLabel = "P", defaultValue = "0.95",
            description = "Confidence of each one-sided bound, more than 0.5 and less than 1 (default 0.95).")
    double confidence;

    @Option(names = "--min-staff", paramLabel = "N", description = "Smallest head count tried for each group (default 1).")
    Integer minStaff;

    @Option(names = "--max-staff", paramLabel = "N",
            description = "Largest head count tried for each group (default: 4 times the larger of the scenario's"
                    + " count and the analytic estimate, at least 10, within what the parameter allows).")
    Integer maxStaff;

    @Mixin
    OverrideOptions set;

    @Mixin
    RunLengthOptions length;

    @Mixin
    LangOption lang;

    @Mixin
    EngineOption engine;

    @Option(names = "--threads", paramLabel = "N", description = "Replications at once (default: all cores).")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/size-<scenario name>/).")
    Path out;

    @Option(names = "--force",
            description = "Replace the outputs of a different sizing (another scenario, targets, groups, bounds, seed,"
                    + " replications, days or warm-up) that the output folder holds; without it such a folder is refused.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but the result and errors (no progress).")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        StaffedScenarios scenarios = StaffedScenarios.read(file, set.overrides);
        Scenario base = scenarios.base().scenario();
        SimulationEvaluator.Runs runs = runs(base);
        base.timeline().checkRunOf(runs.days());
        SizingPlan plan;
        try {
            plan = SizingPlan.check(base, targets, confidence, what, minStaff, maxStaff);
        } catch (SizingException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Even when quiet: the old names go at the next release.
        plan.targets().forEach(target -> target.renamed().ifPresent(w -> err.println("warning: " + w)));
        plan.targets().forEach(target -> target.againstBetterDirection().ifPresent(w -> err.println("warning: " + w)));
        err.flush();
        Path dir = out != null ? out : Path.of("results", "size-" + base.name());
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        // Before the header and the output folder: a bad --lang or an engine this gridgov lacks is said at once,
        // and leaves nothing behind.
        org.gridgov.text.Texts texts = lang.texts(err);
        try (SimulationEvaluator evaluator = new SimulationEvaluator(scenarios, runs,
                engine.open(Math.max(1, Math.min(t, runs.replications()))))) {
            return size(evaluator, scenarios, plan, runs, dir, t, texts, stdout, err);
        }
    }

    private int size(SimulationEvaluator evaluator, StaffedScenarios scenarios, SizingPlan plan,
            SimulationEvaluator.Runs runs, Path dir, int t, org.gridgov.text.Texts texts, PrintWriter stdout,
            PrintWriter err) throws Exception {
        if (!quiet) {
            err.printf(Locale.ROOT, "%s: sizing %s for %s; %d replications x %d days, one-sided %s bounds, %d threads%n",
                    scenarios.base().scenario().name(), String.join(", ", plan.groups().stream().map(StaffGroup::label).toList()),
                    String.join(", ", plan.targets().stream().map(Target::text).toList()), runs.replications(), runs.days(),
                    percent(confidence), t);
            for (WarmStart w : plan.warmStarts().values()) {
                List<Integer> l = plan.ladders().get(w.group());
                err.printf(Locale.ROOT, "  warm start %s %s; search bounds %d to %d%n", w.group().label(), w.describe(),
                        l.get(0), l.get(l.size() - 1));
            }
            err.flush();
        }
        // Taken before the simulations, which may take long: a folder that cannot be written is found at once.
        try (OutputFolder folder = OutputFolder.open(dir)) {
            folder.cleaned().forEach(note -> err.println("warning: " + dir + ": " + note));
            String request = SizingRequest.sha256(scenarios, plan, runs);
            heldSizing(dir).filter(held -> !held[0].equals(request) && !force).ifPresent(held -> {
                throw new UserError(dir + " holds the outputs of another sizing (" + held[1] + "); give --out a new"
                        + " folder, or --force to replace them.");
            });
            long t0 = System.nanoTime();
            StaffingSearch search = new StaffingSearch(evaluator, plan.targets(), confidence, plan.ladders(),
                    (e, meets) -> progress(err, e, meets, plan, t0));
            SizingResult result = search.run(plan.start());
            double seconds = (System.nanoTime() - t0) / 1e9;
            SizingOutcome outcome = new SizingOutcome(scenarios, plan, runs, result);
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true"); // charts are drawn off screen
            }
            SizingOutputs.write(folder.staging(), outcome, texts);
            folder.commit(SizingOutputs.FILES, SizingOutputs.MARKER);
            if (result.feasible()) {
                SizingSummary.print(stdout, outcome, dir, seconds, texts);
                return 0;
            }
            SizingSummary.printInfeasible(err, outcome, dir, seconds, texts);
            return 1;
        }
    }

    private void progress(PrintWriter err, Evaluation e, boolean meets, SizingPlan plan, long t0) {
        if (quiet) {
            return;
        }
        // The targets missed first, after "misses", so that a line never reads as if a met target failed.
        List<String> missed = new ArrayList<>();
        List<String> met = new ArrayList<>();
        for (Target t : plan.targets()) {
            Estimate est = e.estimate(t.metric(), confidence);
            String part = t.text() + ": " + SizingSummary.show(est.mean()) + " (" + t.side() + " "
                    + SizingSummary.show(t.bound(est)) + ")";
            (t.metBy(est) ? met : missed).add(part);
        }
        String verdict = !meets && missed.isEmpty() ? "fails: it does not settle (" + String.join("; ", e.instability())
                + ")" : missed.isEmpty() ? "meets " + String.join(", ", met)
                : "misses " + String.join(", ", missed) + (met.isEmpty() ? "" : "; meets " + String.join(", ", met));
        err.printf(Locale.ROOT, "  %-40s %s  [%s]%n", e.staffing().label(), verdict,
                ProgressBar.clock((System.nanoTime() - t0) / 1e9));
        err.flush();
    }

    private void checkOptions() {
        List<String> problems = new ArrayList<>();
        length.check(problems);
        if (replications < 2 || replications > 100_000) {
            problems.add("--replications must be from 2 to 100000 (a confidence bound needs 2), not " + replications);
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            problems.add("--threads must be from 1 to 1024, not " + threads);
        }
        if (!problems.isEmpty()) {
            throw new UserError(String.join("\n", problems));
        }
    }

    private SimulationEvaluator.Runs runs(Scenario s) {
        RunLengthOptions.RunLength run = length.resolve(s);
        return new SimulationEvaluator.Runs(run.seed(), replications, run.days(), run.warmupDays());
    }

    static String percent(double p) {
        return org.gridgov.report.Num.format(p * 100) + "%";
    }

    /**
     * The request hash and a description of the sizing whose outputs {@code dir} holds, from its
     * recommendation.json; empty when there is none. One that cannot be read matches no request.
     */
    private static Optional<String[]> heldSizing(Path dir) {
        Path file = dir.resolve("recommendation.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        MapNode root = JsonInput.parseFile(file, new ReadContext());
        if (root.get("request_sha256") instanceof ScalarNode hash
                && root.get("scenario") instanceof ScalarNode name
                && root.get("targets") instanceof ListNode targets) {
            List<String> written = targets.items().stream()
                    .map(t -> t instanceof ScalarNode x ? x.text() : "?").toList();
            return Optional.of(new String[] {hash.text(), name.text() + ", targets " + String.join(" ", written)});
        }
        return Optional.of(new String[] {"", "its recommendation.json cannot be read"});
    }
}
