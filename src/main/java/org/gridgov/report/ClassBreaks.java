package org.gridgov.report;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Equal classes of round width from the lowest value to the highest, for a map's colours: the narrowest round width
 * (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) that covers the values in at most {@link #MOST} classes, so
 * most maps get 7 or 8 and the legend reads in round numbers.
 */
public record ClassBreaks(double lo, double width, int count) {
    public static final int MOST = 8;
    private static final double[] ROUND = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8};

    /** The classes of the values, NaNs left out; one class when there is no spread. */
    public static ClassBreaks of(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            return new ClassBreaks(0, 1, 1);
        }
        if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
            double w = round(Math.max(Math.abs(min), 1) / 10);
            return new ClassBreaks(Math.floor(min / w) * w, w, 1);
        }
        double w = round((max - min) / MOST);
        while (true) {
            double lo = Math.floor(min / w) * w;
            int n = (int) Math.floor((max - lo) / w + 1e-9) + 1;
            if (n <= MOST) {
                return new ClassBreaks(lo, w, n);
            }
            w = round(w * 1.0001);
        }
    }

    /** The smallest round width at least {@code x} (positive). */
    static double round(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double r : ROUND) {
            if (r * power >= x * (1 - 1e-9)) {
                return r * power;
            }
        }
        return 10 * power;
    }

    /** The class of a value: its lower bound is in it, its upper bound in the next one; ends clamp. */
    public int classOf(double value) {
        return (int) Math.max(0, Math.min(count - 1, Math.floor((value - lo) / width + 1e-9)));
    }

    public double lower(int k) {
        return lo + k * width;
    }

    public double upper(int k) {
        return lo + (k + 1) * width;
    }

    /** A bound as the legend writes it: as many decimals as the class width needs. */
    public String text(double value) {
        int decimals = Math.max(0, BigDecimal.valueOf(width).stripTrailingZeros().scale());
        return String.format(Locale.ROOT, "%,." + decimals + "f", value + 0.0);
    }
}
