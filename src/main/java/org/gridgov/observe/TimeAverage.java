package org.gridgov.observe;

/**
 * The time-average of a step function (a count that changes at events) over a {@link MeasuredWindow}: call
 * {@link #set} whenever the count changes.
 */
final class TimeAverage {
    private final MeasuredWindow window;
    private final Tally area;
    private double since;
    private double value;

    TimeAverage(MeasuredWindow window) {
        this.window = window;
        this.area = new Tally(window);
    }

    /** The count becomes {@code newValue} at {@code time}. */
    void set(double time, double newValue) {
        if (time > since) {
            double level = value;
            area.addOver(since, time, level * (time - since), (s, e) -> level * (e - s));
            since = time;
        }
        value = newValue;
    }

    /** Time-average from the window's start to {@code end}; NaN for an empty window. */
    double mean(double end) {
        double from = window.startHours();
        return end > from ? (area.inWindow() + value * (end - Math.max(since, from))) / (end - from) : Double.NaN;
    }
}
