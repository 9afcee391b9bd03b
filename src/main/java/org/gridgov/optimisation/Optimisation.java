package org.gridgov.optimisation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.gridgov.experiment.ExperimentException;
import org.gridgov.experiment.RunEngine;
import org.gridgov.experiment.ExperimentRunner;
import org.gridgov.experiment.SearchBatch;
import org.gridgov.stats.moea.Nsga2;

/**
 * Runs an optimisation (docs/ODD.md 12.4) on the experiment machinery: NSGA-II over the levers' unit cube, each
 * generation's new candidates one batch with its own journal ({@code DIR/journal/g03/}), so an interrupted search
 * resumes where it stopped. A mix of lever values is first run with replications 0..R-1 on the plan's seed (common
 * random numbers: candidates differ by their levers), and each re-evaluation runs them again on seed + k for its
 * k-th round; its means are over all its runs, and every candidate on that mix shares them. The final front, the non-dominated candidates of the whole search, is then run
 * {@code finalReplications} times on random numbers no evaluation used (seed + {@link
 * OptimisationPlan#FINAL_SEED_OFFSET}), and judged on those runs alone.
 */
public final class Optimisation {

    /** Told of progress. */
    public interface Progress {
        /** Tells no one. */
        Progress NONE = new Progress() {
            @Override
            public void batch(String batch, int candidates, int replications) {
            }

            @Override
            public ExperimentRunner.Listener runs() {
                return ExperimentRunner.Listener.NONE;
            }

            @Override
            public void generation(int generation, List<Nsga2.Candidate> population, int evaluated) {
            }
        };

        /** A batch of candidates is about to be simulated. */
        void batch(String batch, int candidates, int replications);

        ExperimentRunner.Listener runs();

        /** A generation's population is chosen. */
        void generation(int generation, List<Nsga2.Candidate> population, int evaluated);
    }

    private final OptimisationPlan plan;
    private final Path dir;
    private final RunEngine engine;
    private final Consumer<String> warnings;
    private final Progress progress;
    /**
     * Each mix of lever values's runs so far: candidates that land on the same mix (levers with a few values, or whole
     * numbers, make that common) share them, as common random numbers would reproduce them exactly.
     */
    private final Map<Map<String, String>, MixRuns> mixes = new HashMap<>();
    private long simulated;

    private Optimisation(OptimisationPlan plan, Path dir, RunEngine engine, Consumer<String> warnings, Progress progress) {
        this.plan = plan;
        this.dir = dir;
        this.engine = engine;
        this.warnings = warnings;
        this.progress = progress;
    }

    public static OptimisationResult run(OptimisationPlan plan, Path dir, RunEngine engine, Consumer<String> warnings,
            Progress progress) throws IOException, ExperimentException, InterruptedException {
        return new Optimisation(plan, dir, engine, warnings, progress).run();
    }

    private OptimisationResult run() throws IOException, ExperimentException, InterruptedException {
        Nsga2 search = new Nsga2(plan.search(), plan.levers().size());
        Nsga2.Model<Exception> model = this::evaluate;
        Nsga2.Result result;
        try {
            result = search.run(plan.warmStart(), model, progress::generation);
        } catch (IOException | ExperimentException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<Nsga2.Candidate> front = Nsga2.reduce(distinct(Nsga2.front(result.evaluated())), plan.population());
        List<double[][]> finals = List.of();
        if (!front.isEmpty()) {
            // Named by the generations run: a search resumed with more has another final front.
            finals = batch(String.format("final-g%02d", plan.generations()), plan.seed()
                    + OptimisationPlan.FINAL_SEED_OFFSET, plan.finalReplications(),
                    front.stream().map(c -> plan.values(c.point())).toList());
        }
        Map<Integer, Map<String, Double>> means = new LinkedHashMap<>();
        Map<Integer, Integer> behind = new LinkedHashMap<>();
        for (Nsga2.Candidate c : result.evaluated()) {
            means.put(c.id(), means(c));
            MixRuns m = mixes.get(plan.values(c.point()));
            behind.put(c.id(), m == null ? 0 : m.runs);
        }
        return new OptimisationResult(plan, result, means, behind, front, finals, simulated);
    }

    /** One candidate per mix of lever values, the first created. */
    private List<Nsga2.Candidate> distinct(List<Nsga2.Candidate> candidates) {
        Map<Map<String, String>, Nsga2.Candidate> first = new LinkedHashMap<>();
        for (Nsga2.Candidate c : candidates) {
            first.putIfAbsent(plan.values(c.point()), c);
        }
        return List.copyOf(first.values());
    }

    /** A mix's metrics summed over its runs, how many runs, and how many rounds of runs (seed + round each). */
    private static final class MixRuns {
        final double[] sums;
        int runs;
        int rounds;

        MixRuns(int metrics) {
            sums = new double[metrics];
        }
    }

    /**
     * Evaluates candidates: a mix never run gets its first round of runs; with {@code again}, each mix its next
     * round. Each round's mixes are one batch (round k on seed + k).
     */
    private void evaluate(String name, List<Nsga2.Candidate> candidates, boolean again) throws Exception {
        Map<Integer, List<Map<String, String>>> byRound = new java.util.TreeMap<>();
        java.util.Set<Map<String, String>> seen = new java.util.HashSet<>();
        for (Nsga2.Candidate c : candidates) {
            Map<String, String> mix = plan.values(c.point());
            MixRuns m = mixes.get(mix);
            if (seen.add(mix) && (again || m == null)) {
                byRound.computeIfAbsent(m == null ? 0 : m.rounds, k -> new ArrayList<>()).add(mix);
            }
        }
        for (Map.Entry<Integer, List<Map<String, String>>> group : byRound.entrySet()) {
            int round = group.getKey();
            List<double[][]> values = batch(round == 0 ? name : name + "-r" + round, plan.seed() + round,
                    plan.replications(), group.getValue());
            for (int i = 0; i < group.getValue().size(); i++) {
                MixRuns m = mixes.computeIfAbsent(group.getValue().get(i), k -> new MixRuns(plan.metrics().size()));
                for (double[] rep : values.get(i)) {
                    for (int k = 0; k < m.sums.length; k++) {
                        m.sums[k] += rep[k];
                    }
                }
                m.runs += values.get(i).length;
                m.rounds++;
            }
        }
        for (Nsga2.Candidate c : candidates) {
            Map<String, Double> mean = means(c);
            double[] objectives = new double[plan.objectives().size()];
            for (int k = 0; k < objectives.length; k++) {
                Objective o = plan.objectives().get(k);
                objectives[k] = o.oriented(mean.get(o.metric()));
            }
            c.set(objectives, plan.violation(mean));
        }
        if (name.equals("g00")) {
            checkBudget(candidates);
        }
    }

    /**
     * Refuses a budget below every mix of the first generation, which holds the levers' two corners: the ranges
     * cannot meet it, and a search would only report the mixes that miss it least.
     */
    private void checkBudget(List<Nsga2.Candidate> first) throws ExperimentException {
        if (Double.isNaN(plan.budget())) {
            return;
        }
        Nsga2.Candidate cheapest = null;
        double least = Double.POSITIVE_INFINITY;
        for (Nsga2.Candidate c : first) {
            double cost = means(c).get("cost_per_year");
            if (cost <= plan.budget()) {
                return;
            }
            if (cost < least) {
                least = cost;
                cheapest = c;
            }
        }
        throw new ExperimentException(String.format(java.util.Locale.ROOT, "--budget %s is below the cheapest of the"
                + " first generation's %d lever mixes (every lever at the bottom and at the top of its range among them):"
                + " candidate %d costs %s CNY a year (%s). Raise the budget or widen the levers' ranges.",
                org.gridgov.report.Num.format(plan.budget()), first.size(), cheapest == null ? -1 : cheapest.id(),
                org.gridgov.text.HumanNum.fourDigits(least), cheapest == null ? "" : OptimisationOutputs.setOptions(
                        plan.values(cheapest.point()))));
    }

    /** A candidate's metric means: its mix's, over all its runs. */
    private Map<String, Double> means(Nsga2.Candidate c) {
        Map<String, Double> m = new LinkedHashMap<>();
        MixRuns runs = mixes.get(plan.values(c.point()));
        for (int k = 0; k < plan.metrics().size(); k++) {
            m.put(plan.metrics().get(k), runs == null || runs.runs == 0 ? Double.NaN : runs.sums[k] / runs.runs);
        }
        return m;
    }

    /** Runs each mix's replications as one batch: [mix][replication][metric]. */
    private List<double[][]> batch(String part, long seed, int replications, List<Map<String, String>> values)
            throws IOException, ExperimentException, InterruptedException {
        progress.batch(part, values.size(), replications);
        simulated += (long) values.size() * replications;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            labels.add(String.format("%s-%04d", part, i));
        }
        return new SearchBatch(plan.name() + "-" + part, plan.scenarioFile(), plan.overrides(), plan.metrics(), seed,
                replications, plan.days(), plan.warmupDays(), dir.resolve("journal").resolve(part))
                .run(labels, values, engine, warnings, progress.runs());
    }
}
