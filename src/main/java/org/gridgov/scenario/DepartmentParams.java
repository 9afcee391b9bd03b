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
        String name,
        String label,
        double staffPer100kResidents,
        Shift shift,
        double returnRate,
        double returnDelayHours,
        double defectRate) {

    /** Staff for a city of the given size: per-capita rate, rounded, at least one. */
    public int staffFor(int residents) {
        return Math.max(1, (int) Math.round(staffPer100kResidents * residents / 100_000.0));
    }
}
