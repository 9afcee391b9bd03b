package org.gridgov.optimisation;

import java.util.Collection;
import java.util.Locale;

import org.gridgov.config.DidYouMean;
import org.gridgov.observe.Metric;

/**
 * A metric an optimisation improves, and which way (docs/ODD.md 12.4): its catalogue's better direction, or the
 * one written before it, {@code min:cost_per_year} or {@code max:mean_trust_end}.
 */
public record Objective(String metric, boolean minimise) {

    /**
     * Reads {@code METRIC}, {@code min:METRIC} or {@code max:METRIC}.
     *
     * @return the objective, or throws with what is wrong (without saying where)
     */
    public static Objective parse(String text, Collection<String> metrics) {
        String t = text.strip();
        Boolean minimise = null;
        if (t.startsWith("min:") || t.startsWith("max:")) {
            minimise = t.startsWith("min:");
            t = t.substring(4).strip();
        }
        String metric = Metric.current(t, w -> { });
        if (!metrics.contains(metric)) {
            String hint = DidYouMean.closest(metric, metrics).map(c -> "did you mean '" + c + "'?")
                    .orElse("the metrics are those of a run's metrics.csv");
            throw new IllegalArgumentException("unknown metric '" + t + "'; " + hint);
        }
        if (minimise == null) {
            Metric.Better better = Metric.of(metric).map(Metric::better).orElse(Metric.Better.NONE);
            if (better == Metric.Better.NONE) {
                throw new IllegalArgumentException(metric + " has no better direction; write min:" + metric + " or max:"
                        + metric);
            }
            minimise = better == Metric.Better.LOWER;
        }
        return new Objective(metric, minimise);
    }

    /** The value to minimise: the metric, or its negative for an objective to maximise. */
    public double oriented(double value) {
        return minimise ? value : -value;
    }

    /** {@code min cost_per_year}, for people. */
    public String text() {
        return (minimise ? "min " : "max ") + metric;
    }

    /** "lower" or "higher": which is better. */
    public String better() {
        return (minimise ? "lower" : "higher").toLowerCase(Locale.ROOT);
    }
}
