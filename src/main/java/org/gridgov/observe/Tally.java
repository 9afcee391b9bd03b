package org.gridgov.observe;

import java.util.function.DoubleBinaryOperator;

/** A sum kept per stretch of a {@link MeasuredWindow}, so that its part inside any candidate window is known. */
final class Tally {
    private final MeasuredWindow window;
    private final double[] sums;

    Tally(MeasuredWindow window) {
        this.window = window;
        this.sums = new double[window.stretches()];
    }

    /** Counts one event at {@code time}. */
    void add(double time) {
        sums[window.stretchAt(time)]++;
    }

    void add(double time, double amount) {
        sums[window.stretchAt(time)] += amount;
    }

    /**
     * Adds an amount accrued over [start, end], splitting it at the stretches' starts: the part after a start s
     * is {@code after.applyAsDouble(s, end)} (e.g. clock or working hours from s to end), capped at the amount.
     */
    void addOver(double start, double end, double amount, DoubleBinaryOperator after) {
        double placed = 0;
        int i = window.stretchAt(end);
        // An accrual ending exactly at a stretch's start has nothing after it.
        while (i > 0 && window.stretchStartHours(i) >= end) {
            i--;
        }
        for (; i > 0 && window.stretchStartHours(i) > start; i--) {
            double part = Math.min(amount, after.applyAsDouble(window.stretchStartHours(i), end)) - placed;
            sums[i] += part;
            placed += part;
        }
        sums[i] += amount - placed;
    }

    /** The sum inside the window. */
    double inWindow() {
        double sum = 0;
        for (int i = window.firstStretch(); i < sums.length; i++) {
            sum += sums[i];
        }
        return sum;
    }
}
