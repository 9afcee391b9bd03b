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
public record CoordinationParams(boolean linkage, double coordinationDelayHours, double crossDepartmentReturnRate,
        double jointEffortFactor) {
}
