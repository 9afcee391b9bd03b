package org.gridgov.scenario;

/**
 * Party-building leadership in grids: a grid party branch that convenes the departments on overdue and
 * cross-department cases. An escalated case goes to the head of the responsible unit's queue and can no
 * longer be returned as "not ours".
 *
 * @param strength probability that the branch escalates an overdue case not yet handled (checked once, at
 *        the daily review after its deadline) or convenes the departments on a cross-department case
 */
public record PartyBuildingParams(double strength) {
}
