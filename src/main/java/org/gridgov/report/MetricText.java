package org.gridgov.report;

import java.util.Locale;

import org.gridgov.observe.Metric;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Lang;
import org.gridgov.text.Texts;

/**
 * A metric's name, values and differences as a decision maker reads them, in English or Chinese, from the
 * catalogue: its label, shares as percentages and their differences in percentage points, hours with "h", money
 * with thousands separators.
 */
public final class MetricText {
    /** English, as in docs/ODD.md. */
    public static final MetricText EN = new MetricText(Texts.EN);

    private final Texts t;

    private MetricText(Texts t) {
        this.t = t;
    }

    /** The metrics' texts in the language of {@code t}. */
    public static MetricText of(Texts t) {
        return t.lang() == Lang.EN ? EN : new MetricText(t);
    }

    public Texts texts() {
        return t;
    }

    /** The label, e.g. "On-time closure rate" or "按期结案率"; a per-department metric's names its department. */
    public String label(String metric) {
        return Metric.of(metric).map(m -> {
            String label = t.lang() == Lang.ZH ? m.chineseLabel() : m.label();
            return m.perDepartment() ? label.replace(Metric.DEPARTMENT, metric.substring(m.id().indexOf(
                    Metric.DEPARTMENT))) : label;
        }).orElse(metric);
    }

    /** How a section names a metric: its label, then its id and unit, e.g. "Mean time to close (mean_hours_to_close, h)". */
    public String heading(String metric) {
        return Metric.of(metric).map(m -> t.f("%s (%s, %s)", label(metric), metric, unit(metric))).orElse(metric);
    }

    /** The unit, e.g. "h" or "CNY a year"; empty when the catalogue has no such metric. */
    public String unit(String metric) {
        String symbol = Metric.unitOf(metric);
        return symbol.isEmpty() ? "" : t.t(symbol);
    }

    /** Which way is better, e.g. "higher is better"; empty when neither is. */
    public String better(String metric) {
        return switch (Metric.of(metric).map(Metric::better).orElse(Metric.Better.NONE)) {
            case HIGHER -> t.t("higher is better");
            case LOWER -> t.t("lower is better");
            default -> "";
        };
    }

    /** The unit with which way is better, for an axis of differences: "h; lower is better". */
    public String unitAndBetter(String metric) {
        String better = better(metric);
        return better.isEmpty() ? unit(metric) : unit(metric) + "; " + better;
    }

    /** A value, e.g. {@code 72.7%}, {@code 28.6 h}, {@code 17,275,321 CNY a year}, {@code 0.390}. */
    public String value(String metric, double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        Metric.Unit unit = unitOf(metric);
        return switch (unit) {
            case SHARE, RATIO -> String.format(Locale.ROOT, "%.1f%%", 100 * x);
            case HOURS, DAYS -> String.format(Locale.ROOT, "%.1f %s", x, t.t(unit.symbol()));
            case CNY, CNY_A_YEAR -> String.format(Locale.ROOT, "%,.0f %s", x, t.t(unit.symbol()));
            default -> HumanNum.fourDigits(x);
        };
    }

    /** A value without its unit, as a column headed by the unit shows it: {@code 72.7}, {@code 28.6}, {@code 17,275,321}. */
    public String bare(String metric, double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return switch (unitOf(metric)) {
            case SHARE, RATIO -> String.format(Locale.ROOT, "%.1f", 100 * x);
            case HOURS, DAYS -> String.format(Locale.ROOT, "%.1f", x);
            case CNY, CNY_A_YEAR -> String.format(Locale.ROOT, "%,.0f", x);
            default -> HumanNum.fourDigits(x);
        };
    }

    /** A difference, signed, e.g. {@code +0.7 pts}, {@code -12.2 h}, {@code +1,234,567 CNY a year}. */
    public String difference(String metric, double d) {
        String n = signed(metric, d);
        String unit = differenceUnit(metric);
        return switch (unitOf(metric)) {
            case SHARE, RATIO, HOURS, DAYS, CNY, CNY_A_YEAR -> n + " " + unit;
            default -> n;
        };
    }

    /** An interval of differences, its unit said once by the difference it goes with: {@code [-7.7, -5.3]}. */
    public String interval(String metric, double low, double high) {
        return "[" + signed(metric, low) + ", " + signed(metric, high) + "]";
    }

    /** The number of a difference, signed, in the unit {@link #difference} names; "0" rather than "-0.0". */
    public static String signed(String metric, double d) {
        if (Double.isNaN(d)) {
            return "n/a";
        }
        String s = switch (unitOf(metric)) {
            case SHARE, RATIO -> String.format(Locale.ROOT, "%+.1f", 100 * d);
            case HOURS, DAYS -> String.format(Locale.ROOT, "%+.1f", d);
            case CNY, CNY_A_YEAR -> String.format(Locale.ROOT, "%+,.0f", d);
            default -> (d >= 0 ? "+" : "") + HumanNum.fourDigits(d);
        };
        return s.matches("[-+]0(\\.0+)?") ? s.substring(1) : s;
    }

    /** The factor from a metric's value to the unit its differences are told in: 100 for shares (points), else 1. */
    public static double differenceScale(String metric) {
        return switch (unitOf(metric)) {
            case SHARE, RATIO -> 100;
            default -> 1;
        };
    }

    /** The unit its differences are told in: "pts", "h", "CNY a year", or the metric's own. */
    public String differenceUnit(String metric) {
        return switch (unitOf(metric)) {
            case SHARE, RATIO -> t.t("pts");
            default -> unit(metric);
        };
    }

    /** How a verdict reads in this language: "better", "practically nil", ... */
    public String words(Verdict v) {
        return t.t(v.words());
    }

    /** A verdict in a word or sign, for a crowded table: "better", "worse", "≈0", "n.s.", "differs". */
    public String mark(Verdict v) {
        return t.t(v.mark());
    }

    private static Metric.Unit unitOf(String metric) {
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

        /** The verdict in English; {@link MetricText#words} gives it in a report's language. */
        public String words() {
            return words;
        }

        /** The verdict short, in English: "≈0" for practically nil, "n.s." for not significant, else its words. */
        public String mark() {
            return switch (this) {
                case NIL -> "≈0";
                case NS -> "n.s.";
                default -> words;
            };
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
