package org.gridgov.report;

import java.util.Locale;

import org.gridgov.observe.Metric;
import org.gridgov.text.HumanNum;

/**
 * A metric's values and differences as a decision maker reads them, from its unit in the catalogue: shares as
 * percentages and their differences in percentage points, hours with "h", money with thousands separators.
 */
public final class MetricText {

    private MetricText() {
    }

    /** A value, e.g. {@code 72.7%}, {@code 28.6 h}, {@code 17,275,321 CNY a year}, {@code 0.390}. */
    public static String value(String metric, double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return switch (unit(metric)) {
            case SHARE, RATIO -> String.format(Locale.ROOT, "%.1f%%", 100 * x);
            case HOURS -> String.format(Locale.ROOT, "%.1f h", x);
            case DAYS -> String.format(Locale.ROOT, "%.1f d", x);
            case CNY, CNY_A_YEAR -> String.format(Locale.ROOT, "%,.0f %s", x, unit(metric).symbol());
            default -> HumanNum.fourDigits(x);
        };
    }

    /** A value without its unit, as a column headed by the unit shows it: {@code 72.7}, {@code 28.6}, {@code 17,275,321}. */
    public static String bare(String metric, double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return switch (unit(metric)) {
            case SHARE, RATIO -> String.format(Locale.ROOT, "%.1f", 100 * x);
            case HOURS, DAYS -> String.format(Locale.ROOT, "%.1f", x);
            case CNY, CNY_A_YEAR -> String.format(Locale.ROOT, "%,.0f", x);
            default -> HumanNum.fourDigits(x);
        };
    }

    /** A difference, signed, e.g. {@code +0.7 pts}, {@code -12.2 h}, {@code +1,234,567 CNY a year}. */
    public static String difference(String metric, double d) {
        String n = signed(metric, d);
        return switch (unit(metric)) {
            case SHARE, RATIO -> n + " pts";
            case HOURS -> n + " h";
            case DAYS -> n + " d";
            case CNY, CNY_A_YEAR -> n + " " + unit(metric).symbol();
            default -> n;
        };
    }

    /** An interval of differences, its unit said once by the difference it goes with: {@code [-7.7, -5.3]}. */
    public static String interval(String metric, double low, double high) {
        return "[" + signed(metric, low) + ", " + signed(metric, high) + "]";
    }

    /** The number of a difference, signed, in the unit {@link #difference} names; "0" rather than "-0.0". */
    private static String signed(String metric, double d) {
        if (Double.isNaN(d)) {
            return "n/a";
        }
        String s = switch (unit(metric)) {
            case SHARE, RATIO -> String.format(Locale.ROOT, "%+.1f", 100 * d);
            case HOURS, DAYS -> String.format(Locale.ROOT, "%+.1f", d);
            case CNY, CNY_A_YEAR -> String.format(Locale.ROOT, "%+,.0f", d);
            default -> (d >= 0 ? "+" : "") + HumanNum.fourDigits(d);
        };
        return s.matches("[-+]0(\\.0+)?") ? s.substring(1) : s;
    }

    /** The factor from a metric's value to the unit its differences are told in: 100 for shares (points), else 1. */
    public static double differenceScale(String metric) {
        return switch (unit(metric)) {
            case SHARE, RATIO -> 100;
            default -> 1;
        };
    }

    /** The unit its differences are told in: "pts", "h", "CNY a year", or the metric's own. */
    public static String differenceUnit(String metric) {
        return switch (unit(metric)) {
            case SHARE, RATIO -> "pts";
            default -> unit(metric).symbol();
        };
    }

    private static Metric.Unit unit(String metric) {
        return Metric.of(metric).map(Metric::unit).orElse(Metric.Unit.INDEX);
    }

    /** How a difference from the baseline reads. */
    public enum Verdict {
        /** significant, in the better direction and at least the practical margin */
        BETTER("better"),
        /** significant, in the worse direction and at least the practical margin */
        WORSE("worse"),
        /** significant but smaller than the metric's practical margin */
        NIL("practically nil"),
        /** not significant */
        NS("not significant"),
        /** significant, for a metric with no better direction */
        DIFFERS("differs");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** The style class of a table cell. */
        public String style() {
            return switch (this) {
                case BETTER -> "better";
                case WORSE -> "worse";
                case NIL -> "nil";
                case NS -> "ns";
                default -> "";
            };
        }
    }

    /**
     * The verdict on a paired mean difference whose Holm-adjusted p-value is {@code pAdjusted}: significant below
     * 0.05, practically nil below the metric's practical margin, better or worse by its direction.
     */
    public static Verdict verdict(String metric, double difference, double pAdjusted) {
        if (!(pAdjusted < 0.05)) {
            return Verdict.NS;
        }
        Metric m = Metric.of(metric).orElse(null);
        if (m != null && Math.abs(difference) < m.noticeable()) {
            return Verdict.NIL;
        }
        Metric.Better better = m == null ? Metric.Better.NONE : m.better();
        if (better == Metric.Better.NONE) {
            return Verdict.DIFFERS;
        }
        return (difference > 0) == (better == Metric.Better.HIGHER) ? Verdict.BETTER : Verdict.WORSE;
    }
}
