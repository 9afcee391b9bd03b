package org.gridgov.scenario;

/**
 * How long to simulate and with which master seed.
 *
 * @param days simulated days
 * @param seed master seed from which every named random stream is derived
 * @param warmupDays days at the start excluded from the metrics, so they describe the steady state
 */
public record SimulationParams(int days, long seed, int warmupDays) {
}
