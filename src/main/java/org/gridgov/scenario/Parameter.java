package org.gridgov.scenario;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One declared scenario parameter, as {@link Param} (and {@link Lever}) declare it on its record component.
 *
 * @param path the key path; {@code *} stands for the name of an entry ({@code departments.*.return_rate})
 * @param type the Java type of the value
 * @param unit as docs/ODD.md shows it
 * @param min smallest allowed value (numbers)
 * @param max largest allowed value (numbers)
 * @param minExclusive true when {@code min} itself is not allowed
 * @param allowed the allowed values in words, or "" when the type and range say it
 * @param ifAbsent what a scenario that leaves the key out gets, or "" when it must be given
 * @param source where the default comes from
 * @param meaning what it means, in one line
 * @param lever its lever settings, or null when it is not a lever
 * @param fixedDuringRun why the parameter cannot change during a run, or "" when a schedule may change it
 */
public record Parameter(String path, Class<?> type, String unit, double min, double max, boolean minExclusive,
        String allowed, String ifAbsent, String source, String meaning, Slider lever, String fixedDuringRun) {

    /**
     * How a lever is shown: its position among the levers, its name and its plausible range.
     *
     * @param wholeSteps true when the slider moves in whole steps
     */
    public record Slider(int position, String label, double low, double high, boolean wholeSteps) implements java.io.Serializable {

        /** The plausible range for people, as docs/ODD.md shows it: {@code 100 - 2,000}. */
        public String range() {
            return shown(low) + " - " + shown(high);
        }
    }

    /** True for a whole number. */
    public boolean whole() {
        return type == int.class || type == long.class;
    }

    /** True for a number. */
    public boolean numeric() {
        return whole() || type == double.class || type == Double.class;
    }

    /** True for a lever. */
    public boolean isLever() {
        return lever != null;
    }

    /** True when a schedule may change the parameter during a run (docs/ODD.md 6). */
    public boolean schedulable() {
        return fixedDuringRun.isEmpty();
    }

    /** True if {@code value} is within the allowed range. */
    public boolean allows(double value) {
        return value <= max && (minExclusive ? value > min : value >= min);
    }

    /** True if this declaration covers {@code keyPath}, a {@code *} matching any one entry's name. */
    public boolean covers(String keyPath) {
        return matches(path, keyPath);
    }

    /** True if {@code keyPath} matches {@code pattern}, whose {@code *} stands for any one key. */
    public static boolean matches(String pattern, String keyPath) {
        String[] p = pattern.split("\\.");
        String[] k = keyPath.split("\\.");
        if (p.length != k.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (!p[i].equals("*") && !p[i].equals(k[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The allowed values as docs/ODD.md's "Allowed range" column begins: {@code 0 - 1}, {@code > 0 - 10,000},
     * {@code 1 - 7 (whole)}, {@code urgent, normal}, {@code true, false}...
     */
    public String allowedRange() {
        if (!allowed.isEmpty()) {
            return allowed;
        }
        if (type == boolean.class) {
            return "true, false";
        }
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "non-empty text";
        }
        if (type == long.class && min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
            return "any 64-bit integer";
        }
        return (minExclusive ? "> " : "") + shown(min) + " - " + shown(max) + (whole() ? " (whole)" : "");
    }

    /** A bound for people: 10,000 with separators, 23.99, and 10^9 for the large round ones. */
    static String shown(double x) {
        if (x >= 1e9 && x == Math.rint(x)) {
            int exponent = (int) Math.round(Math.log10(x));
            if (Math.pow(10, exponent) == x) {
                return "10^" + exponent;
            }
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) x);
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
