package org.gridgov.sizing;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridgov.config.DidYouMean;
import org.gridgov.observe.Metric;
import org.gridgov.report.Num;
import org.gridgov.stats.Estimate;

/**
 * A service level a staffing must meet, such as {@code resolution_rate>=0.95}: a metric of a run's
 * metrics.csv, a direction and a threshold. It is met with confidence when the one-sided confidence bound
 * on the metric's mean is on the right side of the threshold: the lower bound for {@code >=}, the upper
 * bound for {@code <=}.
 *
 * @param text      the target, with the metric's current id
 * @param writtenAs the metric as written: a renamed metric's former id, or {@code metric}
 * @param option    the option that gave it, for messages: {@code --target}, or {@code --constraint} of an
 *                  optimisation
 */
public record Target(String metric, boolean atLeast, double threshold, String text, String writtenAs, String option) {

    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z0-9_]*)\\s*([<>=!]*)\\s*(.*?)\\s*");

    public Target(String metric, boolean atLeast, double threshold, String text) {
        this(metric, atLeast, threshold, text, metric, "--target");
    }

    /**
     * Reads {@code METRIC>=NUMBER} or {@code METRIC<=NUMBER}; a renamed metric's former id is read as its new id
     * (see {@link #renamed()}). The metric name is checked later, against a scenario.
     */
    public static Target parse(String text) throws SizingException {
        return parse(text, "--target");
    }

    /** Reads a bound given by {@code option}, which its messages name. */
    public static Target parse(String text, String option) throws SizingException {
        Matcher m = FORM.matcher(text);
        String where = option + " '" + text + "': ";
        if (!m.matches() || m.group(1).isEmpty()) {
            throw new SizingException(where + "must be METRIC>=VALUE or METRIC<=VALUE, e.g. 'resolution_rate>=0.95'");
        }
        String op = m.group(2);
        if (!op.equals(">=") && !op.equals("<=")) {
            String shown = op.isEmpty() ? "no comparison" : "'" + op + "'";
            // The example points the way the metric improves: at most for hours and costs, at least for rates.
            boolean lowerIsBetter = Metric.of(Metric.current(m.group(1), warning -> { }))
                    .map(x -> x.better() == Metric.Better.LOWER).orElse(false);
            throw new SizingException(where + shown + " is not a comparison a target can use: use >= (at least) or"
                    + " <= (at most), e.g. '" + m.group(1) + (lowerIsBetter ? "<=" : ">=")
                    + (m.group(3).isEmpty() ? "0.95" : m.group(3)) + "'");
        }
        double value;
        try {
            value = Double.parseDouble(m.group(3));
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value) || !m.group(3).matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
            throw new SizingException(where + "'" + m.group(3) + "' is not a number; write the threshold as a plain"
                    + " number, e.g. 0.95 or 72");
        }
        String metric = Metric.current(m.group(1), warning -> { });
        return new Target(metric, op.equals(">="), value, metric + op + Num.format(value), m.group(1), option);
    }

    /** A warning for a target that names a metric by its former id; empty when it uses the current one. */
    public Optional<String> renamed() {
        return writtenAs.equals(metric) ? Optional.empty()
                : Optional.of(option + " '" + writtenAs + text.substring(metric.length()) + "': "
                        + warningOf(writtenAs));
    }

    /**
     * A warning for a target that bounds a metric on its good side, e.g. {@code on_time_rate<=0.9}: a staffing
     * search meets it by doing worse, which is rarely what was meant. Empty for a metric with no better direction.
     */
    public Optional<String> againstBetterDirection() {
        Metric.Better better = Metric.of(metric).map(Metric::better).orElse(Metric.Better.NONE);
        boolean against = atLeast ? better == Metric.Better.LOWER : better == Metric.Better.HIGHER;
        return against ? Optional.of(option + " '" + text + "': " + metric + " is better " + (atLeast ? "lower" : "higher")
                + ", so this target caps how good it may be; did you mean '" + metric + (atLeast ? "<=" : ">=")
                + text.substring(metric.length() + 2) + "'?") : Optional.empty();
    }

    /** The catalogue's wording of the rename. */
    private static String warningOf(String formerId) {
        StringBuilder w = new StringBuilder();
        Metric.current(formerId, w::append);
        return w.toString();
    }

    /** Checks that the metric is one a run produces. */
    public void checkMetric(Collection<String> metrics) throws SizingException {
        if (metrics.contains(metric)) {
            return;
        }
        String hint = DidYouMean.closest(metric, metrics).map(c -> "did you mean '" + c + "'? ").orElse("");
        throw new SizingException(option + " '" + text + "': unknown metric '" + metric + "'; " + hint
                + "the metrics (those of a run's metrics.csv) are: " + String.join(", ", metrics));
    }

    /** Whether a confidence bound on the target's side of the mean meets it. */
    public boolean metBy(Estimate e) {
        double bound = bound(e);
        return !Double.isNaN(bound) && (atLeast ? bound >= threshold : bound <= threshold);
    }

    /** The bound that decides: the lower one for {@code >=}, the upper one for {@code <=}. */
    public double bound(Estimate e) {
        return atLeast ? e.low() : e.high();
    }

    /** How far the deciding bound misses the threshold (positive), or 0 when it meets it. */
    public double shortfall(Estimate e) {
        double bound = bound(e);
        return Double.isNaN(bound) ? Double.NaN : Math.max(0, atLeast ? threshold - bound : bound - threshold);
    }

    /** "lower" or "upper". */
    public String side() {
        return atLeast ? "lower" : "upper";
    }

    @Override
    public String toString() {
        return text;
    }
}
