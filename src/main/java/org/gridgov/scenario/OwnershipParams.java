package org.gridgov.scenario;

/**
 * Who owns the physical assets behind component cases, and what the platform does when it does not know. A
 * component's owner is on record (the case type's department, or a company outside the platform) or not;
 * an unrecorded one is sent to candidate owners in turn, each of which may return it as "not ours".
 *
 * @param assetRegistry share of the components with no owner on record that a component census has put on
 *        record
 * @param ownerCheckHours mean clock hours a candidate owner takes to check its records before it accepts the
 *        case or returns it
 * @param candidateOwners candidate owners the command centre asks in turn before parking the case
 * @param candidateAcceptance probability that a candidate asked finds the asset in its records and accepts it
 * @param chaseIntervalDays days between the command centre's reminders to an owner outside the platform
 */
public record OwnershipParams(
        @Lever(position = 135, label = "Asset registry (component census)", low = 0, high = 1)
        @Param(unit = "share", min = 0, max = 1,
                source = "Q City: lagging platform (no component census, assumption); Dongcheng coded its components",
                meaning = "Share of components with no owner on record that a component census puts on record.")
        double assetRegistry,
        @Param(unit = "clock hours", min = 0, max = 10_000, source = "assumption: a day",
                meaning = "Mean time a candidate owner takes to check its records and accept or return the case.")
        double ownerCheckHours,
        @Param(unit = "candidates", min = 1, max = 100, source = "assumption: department, utility, property company",
                meaning = "Candidate owners asked in turn; when all have returned the case it is parked.")
        int candidateOwners,
        @Param(unit = "probability", min = 0, max = 1, source = "assumption",
                meaning = "Probability that a candidate owner finds the asset in its records and accepts it.")
        double candidateAcceptance,
        @Param(unit = "days", min = 0, max = SimulationParams.MAX_DAYS, minExclusive = true,
                source = "assumption: weekly reminders",
                meaning = "Days between the command centre's reminders to an owner outside the platform.")
        double chaseIntervalDays) implements java.io.Serializable {
}
