package org.gridgov.sizing;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridgov.config.DidYouMean;
import org.gridgov.report.Num;
import org.gridgov.stats.Estimate;

/**
 * A service level a staffing must meet, such as {@code resolution_rate>=0.95}: a metric of a run's
 * metrics.csv, a direction and a threshold. It is met with confidence when the one-sided confidence bound
 * on the metric's mean is on the right side of the threshold: the lower bound for {@code >=}, the upper
 * bound for {@code <=}.
 *
 * @param text the target as written
 */
public record Target(String metric, boolean atLeast, double threshold, String text) {

    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z0-9_]*)\\s*([<>=!]*)\\s*(.*?)\\s*");

    /** Reads {@code METRIC>=NUMBER} or {@code METRIC<=NUMBER}; the metric name is checked later, against a scenario. */
    public static Target parse(String text) throws SizingException {
        Matcher m = FORM.matcher(text);
        String where = "--target '" + text + "': ";
        if (!m.matches() || m.group(1).isEmpty()) {
            throw new SizingException(where + "must be METRIC>=VALUE or METRIC<=VALUE, e.g. 'resolution_rate>=0.95'");
        }
        String op = m.group(2);
        if (!op.equals(">=") && !op.equals("<=")) {
            String shown = op.isEmpty() ? "no comparison" : "'" + op + "'";
            throw new SizingException(where + shown + " is not a comparison a target can use: use >= (at least) or"
                    + " <= (at most), e.g. '" + m.group(1) + ">=" + (m.group(3).isEmpty() ? "0.95" : m.group(3)) + "'");
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
        return new Target(m.group(1), op.equals(">="), value, m.group(1) + op + Num.format(value));
    }

    /** Checks that the metric is one a run produces. */
    public void checkMetric(Collection<String> metrics) throws SizingException {
        if (metrics.contains(metric)) {
            return;
        }
        String hint = DidYouMean.closest(metric, metrics).map(c -> "did you mean '" + c + "'? ").orElse("");
        throw new SizingException("--target '" + text + "': unknown metric '" + metric + "'; " + hint
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
