package org.gridgov.optimisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.sizing.Target;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.moea.Hypervolume;
import org.gridgov.stats.moea.Nsga2;

/**
 * What an optimisation found: every candidate with its means, each generation's front and hypervolume, and the
 * final front judged on its own fresh runs. A point of the final front is dropped when another point beats it on
 * every objective with confidence (the one-sided 95% bound of their paired difference, over the same fresh random
 * numbers, is on the better side), or when it misses a constraint with confidence; the rest are kept. A point that
 * misses a constraint beats no point that meets them.
 *
 * @param means  each candidate's metric means over its search runs, by id
 * @param behind how many search runs each candidate's means are over (those of its mix of lever values), by id
 * @param front  the search's final front (at most a population of it, by crowding distance)
 * @param finals each front point's metrics per fresh replication, [point][replication][metric]
 * @param runs   runs simulated (a candidate on a mix evaluated before reuses its runs)
 */
public record OptimisationResult(OptimisationPlan plan, Nsga2.Result search, Map<Integer, Map<String, Double>> means,
        Map<Integer, Integer> behind, List<Nsga2.Candidate> front, List<double[][]> finals, long runs) {

    /** Confidence of each one-sided bound in the final judgement. */
    public static final double CONFIDENCE = 0.95;

    /**
     * A point of the final front, judged on its fresh runs.
     *
     * @param estimates  each metric's mean with its two-sided 95% interval
     * @param dominatedBy ids of the points that beat it on every objective with confidence
     * @param failed     the bounds it misses with confidence
     */
    public record FinalPoint(Nsga2.Candidate candidate, Map<String, String> values, Map<String, Estimate> estimates,
            List<Integer> dominatedBy, List<String> failed) {
        public boolean kept() {
            return dominatedBy.isEmpty() && failed.isEmpty();
        }
    }

    /** One generation's progress. */
    public record Generation(int generation, int evaluated, int frontSize, int feasible, double hypervolume) {
    }

    /** Whether any candidate met every constraint. */
    public boolean feasible() {
        return search.evaluated().stream().anyMatch(Nsga2.Candidate::feasible);
    }

    public List<FinalPoint> finalPoints() {
        List<String> metrics = plan.metrics();
        List<List<String>> failed = new ArrayList<>();
        for (int i = 0; i < front.size(); i++) {
            List<String> misses = new ArrayList<>();
            for (Target t : plan.bounds()) {
                Estimate one = Estimate.oneSided(column(finals.get(i), metrics.indexOf(t.metric())), CONFIDENCE);
                // Misses with confidence: the bound on the far side of the mean is on the wrong side of the threshold.
                if (t.atLeast() ? one.high() < t.threshold() : one.low() > t.threshold()) {
                    misses.add(t.text());
                }
            }
            failed.add(misses);
        }
        List<FinalPoint> out = new ArrayList<>();
        for (int i = 0; i < front.size(); i++) {
            Map<String, Estimate> est = new LinkedHashMap<>();
            for (int m = 0; m < metrics.size(); m++) {
                est.put(metrics.get(m), Estimate.twoSided(column(finals.get(i), m), 0.95));
            }
            List<Integer> by = new ArrayList<>();
            for (int j = 0; j < front.size(); j++) {
                // A point that misses a constraint beats no point that meets them (Deb's rule).
                if (j != i && (failed.get(j).isEmpty() || !failed.get(i).isEmpty()) && betterEverywhere(j, i)) {
                    by.add(front.get(j).id());
                }
            }
            out.add(new FinalPoint(front.get(i), plan.values(front.get(i).point()), est, by, failed.get(i)));
        }
        return out;
    }

    /** Whether front point a beats point b on every objective with confidence, on their paired fresh runs. */
    private boolean betterEverywhere(int a, int b) {
        for (Objective o : plan.objectives()) {
            int m = plan.metrics().indexOf(o.metric());
            double[] xa = column(finals.get(a), m);
            double[] xb = column(finals.get(b), m);
            double[] d = new double[xa.length];
            for (int r = 0; r < d.length; r++) {
                d[r] = o.oriented(xa[r]) - o.oriented(xb[r]);
            }
            Estimate e = Estimate.oneSided(d, CONFIDENCE);
            if (!(e.high() < 0)) {
                return false;
            }
        }
        return true;
    }

    private static double[] column(double[][] runs, int m) {
        double[] x = new double[runs.length];
        for (int r = 0; r < runs.length; r++) {
            x[r] = runs[r][m];
        }
        return x;
    }

    /**
     * Each generation's evaluations so far, first front and its hypervolume: the feasible fronts' objectives scaled
     * to [0, 1] between the best and the worst value any generation's front reached, reference point 1.1 in each.
     */
    public List<Generation> convergence() {
        int k = plan.objectives().size();
        double[] lo = new double[k];
        double[] hi = new double[k];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (List<Nsga2.Candidate> f : search.fronts()) {
            for (Nsga2.Candidate c : f) {
                if (c.feasible()) {
                    double[] o = c.objectives();
                    for (int j = 0; j < k; j++) {
                        if (Double.isFinite(o[j])) {
                            lo[j] = Math.min(lo[j], o[j]);
                            hi[j] = Math.max(hi[j], o[j]);
                        }
                    }
                }
            }
        }
        double[] reference = new double[k];
        Arrays.fill(reference, 1.1);
        List<Generation> out = new ArrayList<>();
        for (int g = 0; g < search.fronts().size(); g++) {
            final int gen = g;
            List<Nsga2.Candidate> f = search.fronts().get(g);
            List<double[]> scaled = new ArrayList<>();
            for (Nsga2.Candidate c : f) {
                if (c.feasible()) {
                    double[] o = c.objectives();
                    double[] s = new double[k];
                    for (int j = 0; j < k; j++) {
                        s[j] = hi[j] > lo[j] ? (o[j] - lo[j]) / (hi[j] - lo[j]) : 0;
                    }
                    scaled.add(s);
                }
            }
            int evaluated = (int) search.evaluated().stream().filter(c -> c.born() <= gen).count();
            out.add(new Generation(g, evaluated, f.size(), scaled.size(), Hypervolume.of(scaled, reference)));
        }
        return out;
    }
}
