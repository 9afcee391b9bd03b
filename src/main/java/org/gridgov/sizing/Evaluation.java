package org.gridgov.sizing;

import java.util.List;
import java.util.Map;

import org.gridgov.observe.Stability;
import org.gridgov.stats.Estimate;

/**
 * A staffing's metrics in each replication: replication i ran on the random streams of (seed, i), the same
 * for every staffing (common random numbers).
 *
 * @param runs one map of metrics per replication, in replication order
 */
public record Evaluation(Staffing staffing, List<Map<String, Double>> runs) {

    public Evaluation {
        runs = List.copyOf(runs);
    }

    /** The metric in each replication; NaN where it could not be computed. */
    public double[] values(String metric) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = runs.get(i).get(metric);
            v[i] = x == null ? Double.NaN : x;
        }
        return v;
    }

    /** Why the staffing does not settle, pooled over its replications; empty if it does ({@link Stability}). */
    public List<String> instability() {
        return Stability.ofReplications(runs);
    }

    public Estimate estimate(String metric, double confidence) {
        return Estimate.oneSided(values(metric), confidence);
    }
}
