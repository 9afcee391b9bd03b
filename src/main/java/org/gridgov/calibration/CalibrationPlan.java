package org.gridgov.calibration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.experiment.Uncertainty;
import org.gridgov.stats.abc.AbcSmc;

/**
 * Everything a calibration needs (docs/ODD.md 12.3), checked when read: the scenario and its overrides, the
 * parameters to fit with their ranges (a uniform prior over each), the targets, and how the search runs.
 *
 * @param targetsFile      the targets file as given, and its SHA-256
 * @param parameters       the parameters to fit, each a range, a scale on a group or a list of values
 * @param replications     replications of each particle, run with common random numbers (replication i of every
 *                         particle on the streams of (seed, i))
 * @param checkReplications replications of the calibrated scenario, to check its fit
 */
public record CalibrationPlan(String name, String description, String targetsFile, String targetsSha256,
        String scenarioFile, List<String> overrides, List<Uncertainty> parameters, List<FitTarget> targets,
        int particles, int replications, int generations, double quantile, long seed, int days, int warmupDays,
        int checkReplications) {

    /** Generation g's proposals may be at most particles / this many: beyond it the search stops. */
    public static final double MIN_ACCEPTANCE = 0.02;

    public CalibrationPlan {
        overrides = List.copyOf(overrides);
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
    }

    public AbcSmc.Settings search() {
        return new AbcSmc.Settings(particles, generations, quantile, MIN_ACCEPTANCE, 1, seed);
    }

    /** The values a point of the unit cube sets, by key path. */
    public Map<String, String> values(double[] u) {
        Map<String, String> set = new LinkedHashMap<>();
        for (int j = 0; j < parameters.size(); j++) {
            set.putAll(parameters.get(j).at(u[j]));
        }
        return set;
    }

    public List<String> metrics() {
        return targets.stream().map(FitTarget::metric).toList();
    }

    /**
     * A hash of everything that decides which runs the calibration makes and what it accepts: a journal made under
     * another identity belongs to another calibration. The generations allowed are left out, so a calibration stopped
     * by them resumes with more.
     */
    public String identity(String scenarioSha256, String modelVersion) {
        StringBuilder b = new StringBuilder("gridgov-calibration 1\n").append(modelVersion).append('\n')
                .append(scenarioFile).append('\n').append(scenarioSha256).append('\n');
        overrides.forEach(o -> b.append("set ").append(o).append('\n'));
        for (Uncertainty u : parameters) {
            b.append("parameter ").append(u.name()).append(' ').append(u.describe()).append('\n');
        }
        for (FitTarget t : targets) {
            b.append("target ").append(t.metric()).append(' ').append(t.value()).append(' ').append(t.tolerance()).append('\n');
        }
        b.append(particles).append(' ').append(replications).append(' ').append(quantile).append(' ').append(seed)
                .append(' ').append(days).append(' ').append(warmupDays).append(' ').append(checkReplications);
        return org.gridgov.hash.Sha256.of(b.toString());
    }

    /**
     * The most runs the calibration can take: the prior's generation and every later one at its budget, the noise
     * measured before each generation and after the last, and the check.
     */
    public long maxRuns() {
        return ((long) particles + (long) generations * search().budget()) * replications
                + (long) (generations + 3) * checkReplications;
    }
}
