package org.gridgov.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.report.Num;
import org.gridgov.text.Texts;

/**
 * One uncertain input of a sensitivity design (docs/ODD.md 12): a parameter, or a group of parameters moved
 * together, with its range and why. A point u of the unit interval maps to the values the design point sets:
 * - a range [min, max]: min + u (max - min), or for whole numbers the u-th of the max - min + 1 values;
 * - a scale [lo, hi] on a group: every member's base value times lo + u (hi - lo), kept inside its allowed range
 *   and rounded for whole numbers;
 * - a list of values (categorical, e.g. a flag): the u-th of them.
 *
 * @param name how outputs name the input: its key path, or the group's pattern
 * @param base each member's key path and its base value (for a scale; the path alone otherwise)
 * @param whole each member's whole-number flag
 * @param bounds each member's allowed range, {min, max}, to keep scaled values inside
 * @param kind how u maps to values
 * @param low min, or the lowest scale
 * @param high max, or the highest scale
 * @param values the values of a categorical input
 * @param why the reason for the range
 * @param source where the range comes from
 */
public record Uncertainty(String name, Map<String, Double> base, Map<String, Boolean> whole, Map<String, double[]> bounds,
        Kind kind, double low, double high, List<String> values, String why, String source) {

    public enum Kind { RANGE, SCALE, VALUES }

    /** The values the design point at u sets, by key path. */
    public Map<String, String> at(double u) {
        ExperimentPlan.Axis axis = axis();
        Map<String, String> out = new LinkedHashMap<>();
        for (String path : base.keySet()) {
            out.put(path, switch (kind) {
                case RANGE -> Num.format(axis.at(u));
                case SCALE -> scaled(path, axis.at(u));
                case VALUES -> values.get((int) axis.at(u));
            });
        }
        return out;
    }

    /** How u maps to what the input sets, for plans and reports. */
    public ExperimentPlan.Axis axis() {
        return new ExperimentPlan.Axis(name, switch (kind) {
            case RANGE -> ExperimentPlan.Axis.RANGE;
            case SCALE -> ExperimentPlan.Axis.SCALE;
            case VALUES -> ExperimentPlan.Axis.VALUES;
        }, low, high, kind == Kind.RANGE && whole.values().iterator().next(), values);
    }

    private String scaled(String path, double factor) {
        double v = base.get(path) * factor;
        double[] b = bounds.get(path);
        v = Math.max(b[0], Math.min(b[1], v));
        return Num.format(whole.get(path) ? Math.rint(v) : v);
    }

    /** The range in words, for the report: {@code 0.15 to 0.45}, {@code x 0.8 to x 1.2}, {@code false or true}. */
    public String describe() {
        return describe(Texts.EN);
    }

    /** {@link #describe()} in the language of {@code t}, for a report. */
    public String describe(Texts t) {
        return switch (kind) {
            case RANGE -> t.f("%s to %s", Num.format(low), Num.format(high));
            case SCALE -> t.f("x %s to x %s (%d parameters)", Num.format(low), Num.format(high), base.size());
            case VALUES -> String.join(t.t(" or "), values);
        };
    }
}
