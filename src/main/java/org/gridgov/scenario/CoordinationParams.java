package org.gridgov.scenario;

/**
 * How departments work together on cases that need two of them.
 *
 * @param linkage whether a linkage and coordination mechanism exists: the two departments handle the case
 *        jointly in one visit instead of passing it on
 * @param coordinationDelayHours mean clock hours to pass a case to the second department without linkage
 *        (shortened by the platform's data sharing)
 * @param crossDepartmentReturnRate probability that the second department returns a passed-on case as not
 *        its own
 * @param jointEffortFactor effort of a joint handling relative to the first department's alone
 */
public record CoordinationParams(
        @Lever(position = 130, label = "Department linkage mechanism (0 off, 1 on)", low = 0, high = 1)
        @Param(unit = "flag", source = "Q City: barriers between departments",
                meaning = "Whether the two departments of a cross-department case handle it jointly in one visit.")
        boolean linkage,
        @Param(unit = "clock hours", min = 0, max = 10_000, source = "assumption: two days",
                meaning = "Mean delay of passing a case on to the second department without linkage.")
        double coordinationDelayHours,
        @Param(unit = "probability", min = 0, max = 0.99,
                meaning = "Probability that the second department returns a passed-on case as not its own.")
        double crossDepartmentReturnRate,
        @Param(unit = "factor", min = 0, max = 100, minExclusive = true,
                meaning = "Effort of a joint handling relative to the first unit's alone.")
        double jointEffortFactor) implements java.io.Serializable {
}
