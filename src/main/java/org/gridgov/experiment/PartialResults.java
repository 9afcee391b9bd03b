package org.gridgov.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;


/**
 * The results of a partly run experiment, for {@code gridgov analyse}: the complete units of its design, each with
 * every replication. A unit is what the analysis needs whole: a Morris trajectory, a Sobol' base row, a robustness
 * sample (every scenario), a Latin hypercube sample or a design point of a comparison or factorial design. Designs
 * of samples are analysed from their longest run of complete units from the first (their indices, shares and
 * intervals are those of a smaller design, and narrow as more finish); comparisons and factorial designs from every
 * complete design point, the baseline among them. A journal with every run gives the experiment's own results.
 */
public final class PartialResults {

    private PartialResults() {
    }

    /**
     * The results from what the journal holds.
     *
     * @throws ExperimentException when too little is complete to analyse, saying what is missing
     */
    public static ExperimentResults load(ExperimentPlan plan, Journal journal) throws IOException, ExperimentException {
        String identity = plan.runIdentityHash();
        int points = plan.points().size();
        int reps = plan.replications();
        RunRecord[][] found = new RunRecord[points][reps];
        boolean[] complete = new boolean[points];
        int finished = 0;
        for (int p = 0; p < points; p++) {
            complete[p] = true;
            for (int r = 0; r < reps; r++) {
                found[p][r] = journal.read(p, r, identity);
                complete[p] &= found[p][r] != null;
                finished += found[p][r] != null ? 1 : 0;
            }
        }
        if (finished == plan.runs().size()) {
            // Every run is in: the experiment's own results, from the records just read (run-list order).
            List<RunRecord> all = new ArrayList<>();
            for (RunRecord[] point : found) {
                all.addAll(Arrays.asList(point));
            }
            return ExperimentResults.of(plan, all);
        }
        int size = unitSize(plan);
        String unit = unitName(plan);
        List<Integer> kept = new ArrayList<>();
        int units = points / size;
        int done;
        if (size > 1 || plan.sensitivity() != null) {
            // The analyses map a point to its unit by position: the complete units from the first, without a gap.
            done = 0;
            while (done < units && allComplete(complete, done * size, size)) {
                done++;
            }
            if (done < 2) {
                throw new ExperimentException(String.format(Locale.ROOT, "%s: %d of its %d %s %s complete (every point"
                        + " of it, every replication, from the first on); analyse needs 2. %d of %d runs are finished.",
                        plan.name(), done, units, unit, done == 1 ? "is" : "are", finished, plan.runs().size()));
            }
            for (int p = 0; p < done * size; p++) {
                kept.add(p);
            }
        } else {
            for (int p = 0; p < points; p++) {
                if (complete[p]) {
                    kept.add(p);
                }
            }
            done = kept.size();
            if (!complete[plan.baseline()]) {
                throw new ExperimentException(plan.name() + ": the baseline '" + plan.points().get(plan.baseline()).label()
                        + "' has no complete replications yet, and every design point is compared with it. " + finished
                        + " of " + plan.runs().size() + " runs are finished.");
            }
        }
        List<DesignPoint> keptPoints = new ArrayList<>();
        List<RunRecord> records = new ArrayList<>();
        for (int q = 0; q < kept.size(); q++) {
            int p = kept.get(q);
            keptPoints.add(plan.points().get(p));
            for (int r = 0; r < reps; r++) {
                RunRecord rec = found[p][r];
                records.add(new RunRecord(q, rec.replication(), rec.identity(), rec.wallSeconds(), rec.metrics(),
                        rec.daily(), rec.staff()));
            }
        }
        ExperimentPlan partial = new ExperimentPlan(plan.name(), plan.description(), plan.design(),
                plan.experimentFile(), plan.experimentSha256(), plan.modelVersion(), plan.seed(), reps, plan.days(),
                plan.warmupDays(), plan.metrics(), kept.indexOf(plan.baseline()), keptPoints, plan.phaseIn(),
                plan.sensitivity(), plan.robustness());
        PartialNote note = new PartialNote(size > 1 || plan.sensitivity() != null, done, units, unit, records.size(),
                finished, plan.runs().size());
        return ExperimentResults.partial(partial, records, note);
    }

    private static boolean allComplete(boolean[] complete, int from, int size) {
        for (int p = from; p < from + size; p++) {
            if (!complete[p]) {
                return false;
            }
        }
        return true;
    }

    /** Points per unit: a trajectory's k + 1, a base row's k + 2 (2k + 2), a sample's scenarios, else 1. */
    private static int unitSize(ExperimentPlan plan) {
        if (plan.robustness() != null) {
            return plan.robustness().scenarios().size();
        }
        if (plan.sensitivity() != null) {
            return plan.sensitivity().pointsPerUnit();
        }
        return 1;
    }

    private static String unitName(ExperimentPlan plan) {
        if (plan.robustness() != null) {
            return "samples";
        }
        if (plan.sensitivity() != null) {
            return plan.sensitivity().method().equals(ExperimentReader.MORRIS) ? "trajectories" : "base rows";
        }
        return plan.design().equals(ExperimentReader.LATIN_HYPERCUBE) ? "design points (the base and its samples)"
                : "design points";
    }
}
