package org.gridgov.scenario;

/**
 * Community self-governing organisations (residents' and owners' committees), one per community. They
 * settle neighbourhood issues locally before these become government cases, and mobilise residents.
 *
 * @param vitality how active the organisations are, 0 (dormant) to 1 (fully active)
 * @param mobilisation awareness gain a fully vital organisation brings: awareness becomes
 *        {@code 1 - (1 - a)(1 - vitality x mobilisation)}
 * @param mediationHours mean clock hours to settle an issue locally
 * @param mediationSuccess probability that a local settlement works (else the issue stays open and latent)
 * @param publicityHouseholdsPerIssue households of the community a fully vital organisation tells of each
 *        issue's outcome
 */
public record CommunityParams(
        @Lever(position = 180, label = "Community organisations' vitality", low = 0, high = 1)
        @Param(unit = "level 0-1", min = 0, max = 1,
                source = "Q City: insufficient function of self-governing organisations",
                meaning = "How active the residents' and owners' committees are.")
        double vitality,
        @Param(unit = "share", min = 0, max = 1, meaning = "Awareness gain of a fully vital organisation.")
        double mobilisation,
        @Param(unit = "clock hours", min = 0, max = 10_000, minExclusive = true, source = "assumption: two days",
                meaning = "Mean duration of a local settlement attempt.")
        double mediationHours,
        @Param(unit = "probability", min = 0, max = 1, meaning = "Probability that a local settlement works.")
        double mediationSuccess,
        @Param(unit = "households per issue, at full vitality", min = 0, max = 10_000, source = "assumption",
                meaning = "Households of the community that a fully vital organisation tells of each issue's outcome.")
        double publicityHouseholdsPerIssue) implements java.io.Serializable {
}
