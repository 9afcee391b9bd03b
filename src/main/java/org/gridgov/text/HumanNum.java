package org.gridgov.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers for people: report pages, console summaries, GUI tiles and input messages. Locale-independent.
 * Machine formats that must read back exactly (CSV and JSON fields) are {@code report.Num}'s and stay apart,
 * because they differ: ten significant digits and an empty field for a missing value there.
 */
public final class HumanNum {
    private static final MathContext FOUR = new MathContext(4);

    private HumanNum() {
    }

    /** Four significant digits, never in exponent notation, trailing zeros dropped (1235, 0.0125); "n/a" for NaN. */
    public static String fourDigits(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return new BigDecimal(x).round(FOUR).stripTrailingZeros().toPlainString();
    }

    /** A share as a percentage with one decimal (0.1234 is "12.3%"); "n/a" for NaN. */
    public static String percent(double share) {
        return percent(share, "n/a");
    }

    /** A share as a percentage with one decimal; {@code missing} for NaN. */
    public static String percent(double share, String missing) {
        return Double.isNaN(share) ? missing : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** A p-value with four decimals, "&lt; 0.0001" below that; "n/a" for NaN. */
    public static String pValue(double p) {
        return Double.isNaN(p) ? "n/a" : p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    /**
     * A number as a person writes it, exactly: 0 and 20 rather than 0.0 and 20.0, 0.25 rather than 2.5E-1 (the
     * shortest decimal that reads back as the same double); exponent notation only below 1e-6 or from 1e15.
     */
    public static String exact(double d) {
        double magnitude = Math.abs(d);
        if (d == Math.rint(d) && magnitude < 1e15) {
            return Long.toString((long) d);
        }
        if (magnitude >= 1e-6 && magnitude < 1e15) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return Double.toString(d);
    }
}
