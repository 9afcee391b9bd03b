package org.gridgov.scenario;

/**
 * A type of issue that can occur in a grid cell and become a case.
 *
 * @param name key of the type in the scenario
 * @param label human-readable name
 * @param kind component or event
 * @param ratePerHouseholdYear occurrences per household per year, city average
 * @param department the department that resolves it, or {@link #GRID_WORKER} when the cell's grid worker does
 * @param urgency queue priority
 * @param timeLimitHours handling time limit from first dispatch
 * @param timeLimitBasis whether the limit counts working or clock hours
 * @param effort handling effort in the handler's working hours
 * @param onSpotShare probability that a grid worker who discovers the issue fixes it on the spot
 * @param onSpotHours working hours of an on-the-spot fix
 * @param detectionProbability probability that one patrol sweep of the cell discovers the issue
 * @param witnesses households that notice the issue
 * @param reportPropensity probability that a fully aware, fully trusting witness with a channel reports it
 * @param selfGovernanceShare share of these issues a fully vital community organisation takes up locally
 * @param crossDepartmentShare share of these issues that need a second department
 * @param crossDepartmentPartner the second department, or {@link #NO_PARTNER}
 */
public record CaseType(
        String name,
        String label,
        CaseKind kind,
        double ratePerHouseholdYear,
        String department,
        Urgency urgency,
        double timeLimitHours,
        TimeBasis timeLimitBasis,
        Effort effort,
        double onSpotShare,
        double onSpotHours,
        double detectionProbability,
        int witnesses,
        double reportPropensity,
        double selfGovernanceShare,
        double crossDepartmentShare,
        String crossDepartmentPartner) {

    /** The {@link #department} value meaning the cell's grid worker resolves the case. */
    public static final String GRID_WORKER = "grid_worker";

    /** The {@link #crossDepartmentPartner} value meaning none. */
    public static final String NO_PARTNER = "none";

    public boolean resolvedByGridWorker() {
        return GRID_WORKER.equals(department);
    }
}
