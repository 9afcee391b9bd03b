package org.gridgov.scenario;

/**
 * A Beta distribution given by its mean and concentration (alpha + beta): larger concentration means
 * less spread between households.
 */
public record Beta(double mean, double concentration) {
    public double alpha() {
        return mean * concentration;
    }

    public double beta() {
        return (1 - mean) * concentration;
    }
}
