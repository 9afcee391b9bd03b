package org.gridgov.calibration;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.experiment.ExperimentPlan;
import org.gridgov.experiment.Uncertainty;
import org.gridgov.report.MetricText;
import org.gridgov.report.Num;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.abc.AbcSmc;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Texts;

/**
 * What a calibration found: the search, the posterior summarised per parameter, the fit of each target, the
 * calibrated scenario's check, and a verdict in words, with the targets that cannot be met together when the
 * search fell short of them.
 *
 * @param estimate the calibrated point on the unit cube: each parameter's weighted posterior median
 * @param check    the calibrated scenario's targets per replication, [replication][target]
 */
public record CalibrationResult(CalibrationPlan plan, AbcSmc.Result search, double[] estimate, double[][] check) {

    /** Posterior percentiles reported: a 90% interval and the median. */
    public static final double LOW = 0.05;
    public static final double HIGH = 0.95;

    /**
     * One parameter's posterior.
     *
     * @param low     5th percentile, on the axis (the value, the factor of a scale, or the index of a value)
     * @param narrowing the posterior 90% interval's width as a share of the prior's (0.9 of the range); about 1 when
     *                  the targets say nothing about the parameter
     */
    public record ParameterFit(Uncertainty parameter, double mean, double low, double median, double high,
            double narrowing) {
        public ExperimentPlan.Axis axis() {
            return parameter.axis();
        }
    }

    /**
     * One target's fit.
     *
     * @param posteriorMean the posterior's weighted mean of the particles' simulated means
     * @param posteriorLow  5th percentile of the particles' simulated means
     * @param checked       the calibrated scenario's mean with its 95% interval
     */
    public record TargetFit(FitTarget target, double posteriorMean, double posteriorLow, double posteriorHigh,
            double shareWithin, Estimate checked) {
        public boolean fits() {
            return target.fits(checked.mean());
        }
    }

    public List<ParameterFit> parameters() {
        AbcSmc.Population p = search.last();
        List<ParameterFit> out = new ArrayList<>();
        for (int d = 0; d < plan.parameters().size(); d++) {
            Uncertainty u = plan.parameters().get(d);
            double[] x = p.coordinate(d);
            double lo = AbcSmc.weightedQuantile(x, p.weights(), LOW);
            double hi = AbcSmc.weightedQuantile(x, p.weights(), HIGH);
            ExperimentPlan.Axis axis = u.axis();
            out.add(new ParameterFit(u, axis.at(AbcSmc.weightedMean(x, p.weights())), axis.at(lo), axis.at(estimate[d]),
                    axis.at(hi), (hi - lo) / (HIGH - LOW)));
        }
        return out;
    }

    public List<TargetFit> targets() {
        AbcSmc.Population p = search.last();
        List<TargetFit> out = new ArrayList<>();
        for (int t = 0; t < plan.targets().size(); t++) {
            FitTarget target = plan.targets().get(t);
            double[] sim = p.simulated(t);
            double within = 0;
            for (int i = 0; i < sim.length; i++) {
                within += target.fits(sim[i]) ? p.weights()[i] : 0;
            }
            double[] c = new double[check.length];
            for (int r = 0; r < check.length; r++) {
                c[r] = check[r][t];
            }
            out.add(new TargetFit(target, AbcSmc.weightedMean(sim, p.weights()),
                    AbcSmc.weightedQuantile(sim, p.weights(), LOW), AbcSmc.weightedQuantile(sim, p.weights(), HIGH),
                    within, Estimate.twoSided(c, 0.95)));
        }
        return out;
    }

    /** Whether the posterior was accepted with every target within its tolerance. */
    public boolean reached() {
        return search.stop() == AbcSmc.Stop.REACHED;
    }

    /** Runs simulated: every particle's replications, the noise measurements' and the check's. */
    public long runs() {
        return (long) search.evaluated().size() * plan.replications()
                + (long) (search.noiseMeasurements() + 1) * plan.checkReplications();
    }

    /**
     * Which targets cannot be met together, from every particle simulated: a target no particle met is out of reach
     * within the ranges; two targets each met by some particles but never by the same one conflict.
     */
    public List<String> conflicts() {
        return conflicts(Texts.EN);
    }

    /** {@link #conflicts()} in the language of {@code t}. */
    public List<String> conflicts(Texts t) {
        MetricText mt = MetricText.of(t);
        List<FitTarget> targets = plan.targets();
        int k = targets.size();
        int[] met = new int[k];
        int[][] both = new int[k][k];
        double[] closest = new double[k];
        java.util.Arrays.fill(closest, Double.NaN);
        for (AbcSmc.Particle p : search.evaluated()) {
            boolean[] ok = new boolean[k];
            for (int x = 0; x < k; x++) {
                double v = p.simulated()[x];
                ok[x] = targets.get(x).fits(v);
                if (!Double.isNaN(v) && (Double.isNaN(closest[x])
                        || Math.abs(v - targets.get(x).value()) < Math.abs(closest[x] - targets.get(x).value()))) {
                    closest[x] = v;
                }
            }
            for (int i = 0; i < k; i++) {
                if (ok[i]) {
                    met[i]++;
                    for (int j = i + 1; j < k; j++) {
                        both[i][j] += ok[j] ? 1 : 0;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        int n = search.evaluated().size();
        for (int i = 0; i < k; i++) {
            if (met[i] == 0) {
                out.add(t.f("%s is out of reach within the ranges: no particle of %d came within %s of %s (the closest"
                        + " simulated %s)", mt.label(targets.get(i).metric()), n, Num.format(targets.get(i).tolerance()),
                        Num.format(targets.get(i).value()), Num.format(closest[i])));
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (met[i] > 0 && met[j] > 0 && both[i][j] == 0) {
                    out.add(t.f("%s and %s conflict: %d particles met the first and %d the second, none both",
                            mt.label(targets.get(i).metric()), mt.label(targets.get(j).metric()), met[i], met[j]));
                }
            }
        }
        return out;
    }

    /** The verdict in one or two sentences, in English (manifest.json and calibrated.yaml keep it so). */
    public String verdict() {
        return verdict(Texts.EN);
    }

    /** The verdict in one or two sentences, in the language of {@code t}. */
    public String verdict(Texts t) {
        MetricText mt = MetricText.of(t);
        List<String> missed = targets().stream().filter(f -> !f.fits()).map(f -> mt.label(f.target().metric())).toList();
        if (reached()) {
            return missed.isEmpty() ? t.t("The targets can be met together: every accepted parameter set brings each"
                    + " target within its tolerance. The calibrated scenario (each parameter at its posterior median)"
                    + " fits every target too.") : t.f("The targets can be met together: every accepted parameter set"
                    + " brings each target within its tolerance. The calibrated scenario (each parameter at its"
                    + " posterior median) misses %s: the parameters fit jointly, not one by one; draw from the"
                    + " posterior sample instead.", String.join(t.t(", "), missed));
        }
        String why = switch (search.stop()) {
            case GENERATIONS -> t.t("the generations allowed ran out");
            case ACCEPTANCE -> t.f("a generation could not find %d particles in %d proposals", plan.particles(),
                    plan.search().budget());
            case STALLED -> t.t("the tolerance stopped falling");
            default -> "";
        };
        List<String> conflicts = conflicts(t);
        String epsilon = HumanNum.fourDigits(search.last().epsilon());
        return conflicts.isEmpty() ? t.f("The targets were not met together: %s at %s times the tolerances. Each pair"
                + " of targets was met by some particle, so more generations or particles may succeed.", why, epsilon)
                : t.f("The targets were not met together: %s at %s times the tolerances. %s.", why, epsilon,
                        String.join(t.t("; "), conflicts));
    }
}
