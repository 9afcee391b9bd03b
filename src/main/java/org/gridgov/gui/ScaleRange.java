package org.gridgov.gui;

/** The values a map layer's colours span; values outside are shown in the end colours. */
record ScaleRange(double lo, double hi) {

    /** Where {@code value} lies in the range, from 0 to 1 (clamped). */
    double fraction(double value) {
        return hi > lo ? Math.max(0, Math.min(1, (value - lo) / (hi - lo))) : 0;
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code x} (at least 1). */
    static double niceCeiling(double x) {
        return x > 1 ? niceStep(x) : 1;
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code x} (positive). */
    static double niceStep(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double step : new double[] {1, 2, 2.5, 5}) {
            if (step * power >= x * (1 - 1e-9)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** Round values for the legend: every {@code step} from the low end up to the high end. */
    double[] ticks(double step) {
        int n = (int) Math.floor((hi - lo) / step + 1e-9);
        double[] t = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            t[i] = lo + i * step;
        }
        return t;
    }

    /** Rounds down to a multiple of the power of ten just below {@code span}. */
    static double niceFloor(double x, double span) {
        double unit = Math.pow(10, Math.floor(Math.log10(Math.max(span, 1))));
        return Math.floor(x / unit) * unit;
    }
}
