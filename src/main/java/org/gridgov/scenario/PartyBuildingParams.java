package org.gridgov.scenario;

/**
 * Party-building leadership in grids: a grid party branch that convenes the departments on overdue and
 * cross-department cases. An escalated case goes to the head of the responsible unit's queue and can no
 * longer be returned as "not ours".
 *
 * @param strength probability that the branch escalates an overdue case not yet handled (checked once, at
 *        the daily review after its deadline) or convenes the departments on a cross-department case
 */
public record PartyBuildingParams(
        @Lever(position = 140, label = "Party-building escalation", low = 0, high = 1)
        @Param(unit = "probability", min = 0, max = 1, source = "Q City: no obvious leading role of party building",
                meaning = "Probability that the grid party branch escalates an overdue case or convenes departments.")
        double strength) implements java.io.Serializable {
}
