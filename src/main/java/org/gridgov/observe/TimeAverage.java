package org.gridgov.observe;

/**
 * The time-average of a step function (a count that changes at events) over a window starting at
 * {@code from}: call {@link #set} whenever the count changes.
 */
final class TimeAverage {
    private final double from;
    private double area;
    private double since;
    private double value;

    TimeAverage(double from) {
        this.from = from;
        this.since = from;
    }

    /** The count becomes {@code newValue} at {@code time}. */
    void set(double time, double newValue) {
        if (time > from) {
            area += value * (time - Math.max(since, from));
            since = time;
        }
        value = newValue;
    }

    /** Time-average from the window's start to {@code end}; NaN for an empty window. */
    double mean(double end) {
        return end > from ? (area + value * (end - Math.max(since, from))) / (end - from) : Double.NaN;
    }
}
