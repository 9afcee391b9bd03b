package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gridgov.Version;
import org.gridgov.experiment.ExperimentRunner;
import org.gridgov.experiment.RunEngine;
import org.gridgov.hash.Sha256;
import org.gridgov.optimisation.Objective;
import org.gridgov.optimisation.Optimisation;
import org.gridgov.optimisation.OptimisationOutputs;
import org.gridgov.optimisation.OptimisationPlan;
import org.gridgov.optimisation.OptimisationReader;
import org.gridgov.optimisation.OptimisationResult;
import org.gridgov.stats.moea.Nsga2;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov optimise}: the Pareto front of lever mixes over several objectives, under constraints. */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        header = "Find the best mixes of levers for several objectives under constraints (NSGA-II, a Pareto front).",
        description = {"Searches the levers a levers file names (each a range, a scale on a group or a list of values)"
                + " for the mixes no other beats on every objective (e.g. cost_per_year, p90_hours_to_close,"
                + " mean_trust_end), among those that meet the constraints and the budget, by NSGA-II: generation after"
                + " generation of candidates, each simulated with the same replications (common random numbers), the"
                + " front re-evaluated on new random numbers every few generations, and the final front run again on"
                + " fresh ones (20 replications by default) and judged on them alone. Writes evaluations.csv (every"
                + " candidate), front.csv (the front with 95%% intervals and the --set options of each point),"
                + " convergence.csv (hypervolume per generation), charts and report.html.",
            "Rerunning the same command resumes: finished runs are kept in DIR/journal/."},
        footer = {"", "Example: gridgov optimise scenarios/q-city-baseline.yaml --levers experiments/q-city-levers.yaml",
            "Exit codes: 0 a front of mixes that meet the constraints, 1 no mix met them (or another failure), 2 bad"
                + " input, a budget below the cheapest mix of the first generation among them."})
final class OptimiseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario whose levers are set.")
    Path file;

    @Option(names = "--levers", paramLabel = "LEVERS.yaml", required = true,
            description = "The levers with their ranges (and, optionally, objectives, constraints, budget and the"
                    + " search's settings), e.g. experiments/q-city-levers.yaml.")
    Path levers;

    @Option(names = "--objective", paramLabel = "METRIC",
            description = "A metric to improve, in its better direction, or min:METRIC / max:METRIC. Repeatable;"
                    + " replaces the levers file's objectives.")
    List<String> objectives = new ArrayList<>();

    @Option(names = "--constraint", paramLabel = "METRIC>=VALUE",
            description = "A bound every mix must meet, e.g. 'resolution_rate>=0.95'. Repeatable; replaces the levers"
                    + " file's constraints.")
    List<String> constraints = new ArrayList<>();

    @Option(names = "--budget", paramLabel = "CNY",
            description = "The most a mix may cost a year (cost_per_year<=CNY).")
    Double budget;

    @Option(names = "--population", paramLabel = "N", description = "Candidates a generation (default: the file's, else 24).")
    Integer population;

    @Option(names = "--generations", paramLabel = "G", description = "Generations after the first (default: the file's, else 10).")
    Integer generations;

    @Option(names = "--replications", paramLabel = "R",
            description = "Replications of each candidate at each evaluation (default: the file's, else 2).")
    Integer replications;

    @Option(names = "--final-replications", paramLabel = "F",
            description = "Replications of each final front point on fresh random numbers (default: the file's, else 20).")
    Integer finalReplications;

    @Option(names = "--warm-start", paramLabel = "DIR",
            description = "Start from the kept front of an earlier optimisation with the same levers (DIR/front.csv).")
    Path warmStart;

    @Mixin
    OverrideOptions set;

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
        OptimisationPlan plan = OptimisationReader.read(file, set.overrides, levers, new OptimisationReader.Settings(
                objectives, constraints, budget, population, generations, replications, finalReplications,
                length.seed.seed, length.days.days, length.warmup, warmStart));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Texts texts = lang.texts(err);
        try (RunEngine engine = search.engine.open(t)) {
            return runSearch(plan, texts, stdout, err, t, engine);
        }
    }

    private int runSearch(OptimisationPlan plan, Texts texts, PrintWriter stdout, PrintWriter err, int t, RunEngine engine)
            throws Exception {
        Path dir = search.out("optimise", plan.name());
        if (!search.quiet) {
            err.printf(Locale.ROOT, "%s: %d levers; %s; %s; %d candidates a generation x %d generations after the first,"
                    + " %d replications each, final front x %d: at most %,d runs of %d days, on %s%n", plan.name(),
                    plan.levers().size(), String.join(", ", plan.objectives().stream().map(Objective::text).toList()),
                    plan.bounds().isEmpty() ? "no constraints" : String.join(", ", plan.bounds().stream()
                            .map(b -> b.text()).toList()), plan.population(), plan.generations(), plan.replications(),
                    plan.finalReplications(), plan.maxRuns(), plan.days(), engine.describe());
            err.flush();
        }
        long t0 = System.nanoTime();
        Optimisation.Progress progress = search.quiet ? Optimisation.Progress.NONE : new Shown(err, t, t0);
        SearchSession.Done<OptimisationResult> done = SearchSession.run(dir, "optimisation",
                plan.identity(Sha256.of(Files.readAllBytes(file)), Version.get()), "another scenario, levers,"
                        + " objectives, constraints, budget, population, replications, seed, days, warm-up, warm start or"
                        + " gridgov version", t, err,
                w -> Optimisation.run(plan, dir, engine, w, progress), (d, r, e) -> OptimisationOutputs.write(d, r, e, texts),
                OptimisationOutputs.FILES, OptimisationOutputs.MARKER);
        OptimisationResult result = done.result();
        summary(result.feasible() ? stdout : err, result, dir, done.seconds(), texts);
        return result.feasible() ? 0 : 1;
    }

    private int checkOptions() {
        List<String> problems = new ArrayList<>();
        length.check(problems);
        if (population != null && (population < 4 || population > 10_000)) {
            problems.add("--population must be from 4 to 10000, not " + population);
        }
        if (generations != null && (generations < 0 || generations > 10_000)) {
            problems.add("--generations must be from 0 to 10000, not " + generations);
        }
        if (replications != null && (replications < 1 || replications > 1000)) {
            problems.add("--replications must be from 1 to 1000, not " + replications);
        }
        if (finalReplications != null && (finalReplications < 2 || finalReplications > 10_000)) {
            problems.add("--final-replications must be from 2 to 10000 (an interval needs 2), not " + finalReplications);
        }
        if (budget != null && !(budget > 0 && Double.isFinite(budget))) {
            problems.add("--budget must be a cost a year in CNY, greater than 0, not " + budget);
        }
        int t = search.threads(problems);
        if (!problems.isEmpty()) {
            throw new UserError(String.join("\n", problems));
        }
        return t;
    }

    private static void summary(PrintWriter out, OptimisationResult r, Path dir, double seconds, Texts t) {
        OptimisationPlan plan = r.plan();
        List<OptimisationResult.FinalPoint> kept = r.finalPoints().stream().filter(OptimisationResult.FinalPoint::kept)
                .toList();
        out.println(t.f("%s: %,d runs in %s, %d candidates; %s", plan.name(), r.runs(), ProgressBar.clock(seconds),
                r.search().evaluated().size(), r.feasible()
                        ? t.f("%d mixes on the front hold up on %d fresh runs", kept.size(), plan.finalReplications())
                        : t.t("no mix met the constraints; the front holds the mixes that missed them least")));
        Objective first = plan.objectives().get(0);
        List<OptimisationResult.FinalPoint> sorted = new ArrayList<>(r.feasible() ? kept : r.finalPoints());
        sorted.sort(Comparator.comparingDouble((OptimisationResult.FinalPoint p) -> first.oriented(
                p.estimates().get(first.metric()).mean())).thenComparingInt(p -> p.candidate().id()));
        for (OptimisationResult.FinalPoint p : sorted) {
            List<String> parts = new ArrayList<>();
            for (Objective o : plan.objectives()) {
                parts.add(o.metric() + " " + HumanNum.fourDigits(p.estimates().get(o.metric()).mean()));
            }
            out.println(t.f("  candidate %-5d %s", p.candidate().id(), String.join(t.t(", "), parts)));
        }
        out.println(t.f("  outputs in %s (report.html, front.csv with each point's --set options, ...)", dir));
        out.flush();
    }

    /** Progress on stderr: a line per batch and per generation, and the runs' progress bar. */
    private static final class Shown implements Optimisation.Progress {
        private final PrintWriter err;
        private final ProgressBar bar;
        private final long t0;

        Shown(PrintWriter err, int threads, long t0) {
            this.err = err;
            this.bar = new ProgressBar(err, System.console() != null, threads);
            this.t0 = t0;
        }

        @Override
        public void batch(String batch, int candidates, int replications) {
            err.printf(Locale.ROOT, "%s: %d candidates x %d replications%n", describe(batch), candidates, replications);
            err.flush();
        }

        private static String describe(String batch) {
            if (batch.startsWith("final")) {
                return "final front on fresh random numbers";
            }
            int g = Integer.parseInt(batch.substring(1, 3));
            return batch.contains("again") ? "generation " + g + ": the front again" : "generation " + g;
        }

        @Override
        public ExperimentRunner.Listener runs() {
            return bar;
        }

        @Override
        public void generation(int generation, List<Nsga2.Candidate> population, int evaluated) {
            List<Nsga2.Candidate> front = Nsga2.front(population);
            err.printf(Locale.ROOT, "  generation %d: front of %d (%d meet the constraints); %d candidates so far; %s%n",
                    generation, front.size(), front.stream().filter(Nsga2.Candidate::feasible).count(), evaluated,
                    ProgressBar.clock((System.nanoTime() - t0) / 1e9));
            err.flush();
        }
    }
}
