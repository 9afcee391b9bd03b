package org.gridgov.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers for people (report pages, console summaries): short, rounded, "n/a" for a missing value. Machine
 * formats that must round-trip (CSV and JSON fields) are {@link Num}'s, kept apart because they differ: ten
 * significant digits and an empty field for NaN there.
 */
public final class HumanNum {
    private static final MathContext FOUR = new MathContext(4);

    private HumanNum() {
    }

    /** Four significant digits, never in exponent notation, trailing zeros dropped: 1235, 0.0125; "n/a" for NaN. */
    public static String fourDigits(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return new BigDecimal(x).round(FOUR).stripTrailingZeros().toPlainString();
    }
}
