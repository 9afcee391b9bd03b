package org.gridgov.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Locale-independent, deterministic number formatting for outputs. Missing values (NaN) are written as
 * an empty field, which R and pandas both read as NA.
 */
public final class Num {
    private static final MathContext SIGNIFICANT = new MathContext(10);
    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private Num() {
    }

    /** Whole numbers as integers, others to 10 significant digits, never in exponent notation. */
    public static String format(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return new BigDecimal(x).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }

    /** Fixed point with at most {@code decimals} (0..6) decimals, trailing zeros dropped; fast. */
    public static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "";
        }
        long scale = POW10[decimals];
        long scaled = Math.round(Math.abs(x) * scale);
        if (Math.abs(x) * scale >= Long.MAX_VALUE / 2 || Double.isInfinite(x)) {
            return format(x);
        }
        StringBuilder sb = new StringBuilder(16);
        if (x < 0 && scaled != 0) {
            sb.append('-');
        }
        sb.append(scaled / scale);
        long frac = scaled % scale;
        if (frac != 0) {
            String digits = Long.toString(frac + scale).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 0, end);
        }
        return sb.toString();
    }
}
