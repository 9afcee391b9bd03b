package org.gridgov.scenario;

/**
 * A weekly shift pattern: on duty from {@code startHour} for {@code hoursPerDay} hours on the first
 * {@code daysPerWeek} days of each week (Monday first).
 */
public record Shift(
        @Param(unit = "hour of day", min = 0, max = 23.99, meaning = "Start of the shift.")
        double startHour,
        @Param(unit = "hours", min = 0, max = 24, minExclusive = true, meaning = "Shift length.")
        double hoursPerDay,
        @Param(unit = "days", min = 1, max = 7, meaning = "Working days per week, Monday first.")
        int daysPerWeek) implements java.io.Serializable {
    public static final Shift ALWAYS = new Shift(0, 24, 7);

    public double hoursPerWeek() {
        return hoursPerDay * daysPerWeek;
    }
}
