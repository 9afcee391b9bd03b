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
 * @param cannotHandleShare share of these cases a handling unit closes as "cannot be handled"
 * @param outsideOwnerShare share of these components owned, on record, by a company outside the platform
 * @param unclearOwnerShare share of these components with no owner on record before any asset registry
 * @param outsideOwnerHours clock hours an owner outside the platform takes to fix one, on its own timetable
 */
public record CaseType(
        @EntryName
        String name,
        @Param(unit = "text", source = "naming", meaning = "Human-readable name (outputs use the key).")
        String label,
        @Param(unit = "choice", meaning = "Component (physical asset) or event.")
        CaseKind kind,
        @Param(unit = "issues per household-year", min = 0, max = 1_000,
                source = "assumption: all types together ~0.7 cases per resident-year (Dongcheng)",
                meaning = "City-average occurrence rate.")
        double ratePerHouseholdYear,
        @Param(unit = "choice", allowed = "a department key, or grid_worker", meaning = "Unit that resolves the case.")
        String department,
        @Param(unit = "choice", meaning = "Urgent cases go first in queues and get the urgent delay factor.")
        Urgency urgency,
        @Param(unit = "hours (basis below)", min = 0, max = 100_000, minExclusive = true, source = "city standards",
                meaning = "Handling time limit from first dispatch.")
        double timeLimitHours,
        @Param(unit = "choice", source = "city standards",
                meaning = "Whether the limit counts the responsible unit's working hours or clock hours.")
        TimeBasis timeLimitBasis,
        @Param(unit = "distribution of working hours",
                allowed = "exponential(mean=H), lognormal(mean=H, sd=H), gamma(mean=H, sd=H), fixed(hours=H)",
                meaning = "Handling effort of one handling.")
        Effort effort,
        @Param(unit = "probability", min = 0, max = 1,
                meaning = "Probability that an untrained grid worker who finds the issue fixes it on the spot.")
        double onSpotShare,
        @Param(unit = "working hours", min = 0, max = 100, meaning = "Mean duration of an on-the-spot fix.")
        double onSpotHours,
        @Param(unit = "probability per sweep", min = 0, max = 1, source = "assumption; tuned towards discovery ~90%",
                meaning = "Probability that one grid-worker sweep of the cell discovers the issue.")
        double detectionProbability,
        @Param(unit = "households", min = 0, max = 10_000, source = "assumption; tuned towards public reports ~7%",
                meaning = "Households of the cell that notice the issue.")
        int witnesses,
        @Param(unit = "probability", min = 0, max = 1, source = "assumption; tuned towards public reports ~7%",
                meaning = "Reporting probability of a fully aware, fully trusting witness with channel access.")
        double reportPropensity,
        @Param(unit = "probability", min = 0, max = 1, ifAbsent = "0",
                meaning = "Share of these issues a fully vital community organisation takes up locally.")
        double selfGovernanceShare,
        @Param(unit = "probability", min = 0, max = 1, ifAbsent = "0",
                meaning = "Share of these issues that need a second department.")
        double crossDepartmentShare,
        @Param(unit = "choice", allowed = "a department key other than the type's own, or none", ifAbsent = NO_PARTNER,
                meaning = "The second department.")
        String crossDepartmentPartner,
        @Param(unit = "probability", min = 0, max = 1, ifAbsent = "0",
                source = "assumption, set so that the baseline shows PRIMER 3's gap between closure and resolution",
                meaning = "Share of these cases a unit, having looked at them, closes as \"cannot be handled\".")
        double cannotHandleShare,
        @Param(unit = "probability", min = 0, max = 1, ifAbsent = "0",
                source = "assumption: utilities and property companies own part of the street furniture",
                meaning = "Share of these components owned, on record, by a company outside the platform.")
        double outsideOwnerShare,
        @Param(unit = "probability", min = 0, max = 1, ifAbsent = "0",
                source = "assumption: older assets whose owner nobody recorded",
                meaning = "Share of these components with no owner on record (before an asset registry).")
        double unclearOwnerShare,
        @Param(unit = "distribution of clock hours",
                allowed = "exponential(mean=H), lognormal(mean=H, sd=H), gamma(mean=H, sd=H), fixed(hours=H)",
                ifAbsent = DEFAULT_OUTSIDE_OWNER_HOURS,
                source = "assumption: outside owners fix within days, to their own timetable",
                meaning = "Time an owner outside the platform takes to fix one, from hand-over.")
        Effort outsideOwnerHours) implements java.io.Serializable {

    /** The {@link #outsideOwnerHours} of a type that leaves the key out. */
    public static final String DEFAULT_OUTSIDE_OWNER_HOURS = "lognormal(mean=96, sd=72)";

    /** The {@link #department} value meaning the cell's grid worker resolves the case. */
    public static final String GRID_WORKER = "grid_worker";

    /** The {@link #crossDepartmentPartner} value meaning none. */
    public static final String NO_PARTNER = "none";

    public boolean resolvedByGridWorker() {
        return GRID_WORKER.equals(department);
    }

    /** Whether some of these components may belong to someone other than the type's department. */
    public boolean ownershipInDoubt() {
        return outsideOwnerShare > 0 || unclearOwnerShare > 0;
    }
}
