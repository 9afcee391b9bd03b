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
        add(window, sums, 0, time);
    }

    void add(double time, double amount) {
        sums[window.stretchAt(time)] += amount;
    }

    /**
     * Adds an amount accrued over [start, end], splitting it at the stretches' starts: the part after a start s
     * is {@code after.applyAsDouble(s, end)} (e.g. clock or working hours from s to end), capped at the amount.
     */
    void addOver(double start, double end, double amount, DoubleBinaryOperator after) {
        addOver(window, sums, 0, start, end, amount, after);
    }

    /** The sum inside the window. */
    double inWindow() {
        return inWindow(window, sums, 0);
    }

    /**
     * {@link #addOver(double, double, double, DoubleBinaryOperator)} on a tally kept elsewhere: its stretches at
     * {@code sums[from]} to {@code sums[from + window.stretches() - 1]}.
     */
    static void addOver(MeasuredWindow window, double[] sums, int from, double start, double end, double amount,
            DoubleBinaryOperator after) {
        double placed = 0;
        int i = window.stretchAt(end);
        // An accrual ending exactly at a stretch's start has nothing after it.
        while (i > 0 && window.stretchStartHours(i) >= end) {
            i--;
        }
        for (; i > 0 && window.stretchStartHours(i) > start; i--) {
            double part = Math.min(amount, after.applyAsDouble(window.stretchStartHours(i), end)) - placed;
            sums[from + i] += part;
            placed += part;
        }
        sums[from + i] += amount - placed;
    }

    /** {@link #add(double)} on a tally kept elsewhere, laid out as for the static {@code addOver}. */
    static void add(MeasuredWindow window, double[] sums, int from, double time) {
        sums[from + window.stretchAt(time)]++;
    }

    /** {@link #inWindow()} of a tally kept elsewhere, laid out as for the static {@code addOver}. */
    static double inWindow(MeasuredWindow window, double[] sums, int from) {
        double sum = 0;
        for (int i = window.firstStretch(); i < window.stretches(); i++) {
            sum += sums[from + i];
        }
        return sum;
    }
}
