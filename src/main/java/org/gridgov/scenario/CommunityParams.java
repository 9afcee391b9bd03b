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
 */
public record CommunityParams(double vitality, double mobilisation, double mediationHours, double mediationSuccess) {
}
