package org.gridgov.scenario;

/**
 * A Beta distribution given by its mean and concentration (alpha + beta): larger concentration means
 * less spread between households.
 */
public record Beta(
        @Param(unit = "share", min = 0, max = 1, meaning = "Mean over households.")
        double mean,
        @Param(unit = "alpha + beta", min = 0, max = 10_000, minExclusive = true,
                meaning = "Concentration: the larger, the less spread between households.")
        double concentration) implements java.io.Serializable {
    public double alpha() {
        return mean * concentration;
    }

    public double beta() {
        return (1 - mean) * concentration;
    }
}
