package org.gridgov.optimisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.experiment.Uncertainty;
import org.gridgov.hash.Sha256;
import org.gridgov.sizing.Target;
import org.gridgov.stats.moea.Nsga2;

/**
 * Everything an optimisation needs (docs/ODD.md 12.4), checked when read: the scenario and its overrides, the
 * levers with their ranges, the objectives, the constraints (the budget among them, as {@code cost_per_year<=B})
 * and how the search runs.
 *
 * @param replications      replications of each candidate at each evaluation, with common random numbers
 * @param reevaluateEvery   every so many generations the population's first front is evaluated again
 * @param finalReplications replications of each point of the final front, on fresh random numbers
 * @param warmStart         points of the levers' unit cube to start from (an earlier front), possibly none
 */
public record OptimisationPlan(String name, String description, String leversFile, String leversSha256,
        String scenarioFile, List<String> overrides, List<Uncertainty> levers, List<Objective> objectives,
        List<Target> constraints, double budget, int population, int generations, int replications,
        int reevaluateEvery, int finalReplications, long seed, int days, int warmupDays, List<double[]> warmStart) {

    /** The seed of the final front's runs is the plan's plus this: random numbers no evaluation in the search used. */
    public static final long FINAL_SEED_OFFSET = 1_000_003;

    public OptimisationPlan {
        overrides = List.copyOf(overrides);
        levers = List.copyOf(levers);
        objectives = List.copyOf(objectives);
        constraints = List.copyOf(constraints);
        warmStart = List.copyOf(warmStart);
    }

    public Nsga2.Settings search() {
        return new Nsga2.Settings(population, generations, reevaluateEvery, seed);
    }

    /** The constraints with the budget as one more, {@code cost_per_year<=budget}. */
    public List<Target> bounds() {
        List<Target> all = new ArrayList<>(constraints);
        if (!Double.isNaN(budget)) {
            all.add(new Target("cost_per_year", false, budget, "cost_per_year<=" + org.gridgov.report.Num.format(budget),
                    "cost_per_year", "--budget"));
        }
        return all;
    }

    /** Every metric the outputs report: the objectives', then the constraints'. */
    public List<String> metrics() {
        List<String> m = new ArrayList<>();
        objectives.forEach(o -> m.add(o.metric()));
        bounds().forEach(t -> {
            if (!m.contains(t.metric())) {
                m.add(t.metric());
            }
        });
        return m;
    }

    /** The values a point of the levers' unit cube sets, by key path. */
    public Map<String, String> values(double[] u) {
        Map<String, String> set = new LinkedHashMap<>();
        for (int j = 0; j < levers.size(); j++) {
            set.putAll(levers.get(j).at(u[j]));
        }
        return set;
    }

    /**
     * How far the metrics' means are from meeting every bound: the sum of each shortfall as a share of its
     * threshold (of 1 where the threshold is 0); 0 when all are met.
     */
    public double violation(Map<String, Double> means) {
        double v = 0;
        for (Target t : bounds()) {
            double x = means.getOrDefault(t.metric(), Double.NaN);
            if (Double.isNaN(x)) {
                v += 1;
                continue;
            }
            double shortfall = t.atLeast() ? t.threshold() - x : x - t.threshold();
            v += Math.max(0, shortfall) / (t.threshold() == 0 ? 1 : Math.abs(t.threshold()));
        }
        return v;
    }

    /**
     * A hash of everything that decides which runs the optimisation makes: a journal made under another belongs to
     * another optimisation. The generations are left out, so a finished search resumes with more.
     */
    public String identity(String scenarioSha256, String modelVersion) {
        StringBuilder b = new StringBuilder("gridgov-optimisation 1\n").append(modelVersion).append('\n')
                .append(scenarioFile).append('\n').append(scenarioSha256).append('\n');
        overrides.forEach(o -> b.append("set ").append(o).append('\n'));
        levers.forEach(u -> b.append("lever ").append(u.name()).append(' ').append(u.describe()).append('\n'));
        objectives.forEach(o -> b.append("objective ").append(o.text()).append('\n'));
        bounds().forEach(t -> b.append("bound ").append(t.text()).append('\n'));
        warmStart.forEach(p -> b.append("start ").append(java.util.Arrays.toString(p)).append('\n'));
        b.append(population).append(' ').append(replications).append(' ').append(reevaluateEvery).append(' ')
                .append(finalReplications).append(' ').append(seed).append(' ').append(days).append(' ')
                .append(warmupDays);
        return Sha256.of(b.toString());
    }

    /** The most runs: every generation's candidates, their re-evaluations, and the final front's. */
    public long maxRuns() {
        long evaluations = (long) population * (generations + 1);
        long again = reevaluateEvery == 0 ? 0 : (long) (generations / reevaluateEvery) * population;
        return (evaluations + again) * replications + (long) population * finalReplications;
    }
}
