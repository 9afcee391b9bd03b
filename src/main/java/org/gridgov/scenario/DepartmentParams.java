package org.gridgov.scenario;

/**
 * A functional department that handles dispatched cases.
 *
 * @param name key of the department in the scenario
 * @param label human-readable name
 * @param staffPer100kResidents handling staff per 100,000 residents (at least one is always present)
 * @param shift the staff's shift pattern
 * @param returnRate probability of returning a correctly dispatched case as "not ours"
 * @param returnDelayHours mean clock hours before a returned case is back at the command centre
 * @param defectRate probability that a handling does not actually fix the issue
 */
public record DepartmentParams(
        @EntryName
        String name,
        @Param(unit = "text", source = "naming", meaning = "Human-readable name (outputs use the key).")
        String label,
        @Param(unit = "staff posts per 100,000 residents", min = 0.001, max = 100_000,
                source = "assumption: set so that day-shift departments are busy half to three quarters of their hours",
                meaning = "Handling staff; posts = max(1, round(this x residents / 100,000)).")
        double staffPer100kResidents,
        Shift shift,
        @Lever(position = 60, label = "Return rate", low = 0, high = 0.99)
        @Param(unit = "probability", min = 0, max = 0.99, source = "assumption: units return cases outside their remit",
                meaning = "Probability of returning a correctly dispatched case as \"not ours\".")
        double returnRate,
        @Param(unit = "clock hours", min = 0, max = 10_000,
                meaning = "Mean delay before a case this department returns is back at the command centre.")
        double returnDelayHours,
        @Param(unit = "probability", min = 0, max = 0.99, source = "assumption: closure is not resolution",
                meaning = "Probability that a handling does not fix the issue.")
        double defectRate) implements java.io.Serializable {

    /** Staff for a city of the given size: per-capita rate, rounded, at least one. */
    public int staffFor(int residents) {
        return staff(staffPer100kResidents, residents);
    }

    /** Staff posts for {@code per100k} staff per 100,000 residents: max(1, round(per100k x residents / 100,000)). */
    public static int staff(double per100k, int residents) {
        return Math.max(1, (int) Math.round(per100k * residents / 100_000.0));
    }
}
