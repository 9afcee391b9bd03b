package org.gridgov.observe;

import java.util.Arrays;

/**
 * Observations in time order (a case's hours to close, a wait), with where each stretch of a
 * {@link MeasuredWindow} begins, so that the observations inside any candidate window are a tail of the list.
 */
final class TimedValues {
    private final MeasuredWindow window;
    private final DoubleList values = new DoubleList();
    /** The index of the first value of each stretch; -1 until a value at or after its start arrives. */
    private final int[] firstOf;
    private int stretch;

    TimedValues(MeasuredWindow window) {
        this.window = window;
        this.firstOf = new int[window.stretches()];
        Arrays.fill(firstOf, 1, firstOf.length, -1);
    }

    /** Adds an observation made at {@code time}, no earlier than the one before. */
    void add(double time, double value) {
        int s = window.stretchAt(time);
        while (stretch < s) {
            firstOf[++stretch] = values.size();
        }
        values.add(value);
    }

    /** The observations inside the window, in time order. */
    double[] inWindow() {
        int first = firstOf[window.firstStretch()];
        return first < 0 ? new double[0] : Arrays.copyOfRange(values.array(), first, values.size());
    }
}
