package org.gridgov.scenario;

/**
 * A weekly shift pattern: on duty from {@code startHour} for {@code hoursPerDay} hours on the first
 * {@code daysPerWeek} days of each week (Monday first).
 */
public record Shift(double startHour, double hoursPerDay, int daysPerWeek) {
    public static final Shift ALWAYS = new Shift(0, 24, 7);

    public double hoursPerWeek() {
        return hoursPerDay * daysPerWeek;
    }
}
