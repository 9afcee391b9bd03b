package org.gridgov.stats.sensitivity;

/** How much of a stochastic model's output variance over a design is seed noise rather than inputs. */
public final class Noise {
    private Noise() {
    }

    /**
     * The mean over the design's points of the variance between replications, divided by the variance of all
     * outputs together: near 1 when the outputs are pure seed noise, 0 for a deterministic model (law of total
     * variance: the rest is the variance of the points' means, which the inputs explain). NaN with one
     * replication or constant outputs.
     *
     * @param y the outputs, y[replication][point]
     */
    public static double share(double[][] y) {
        int reps = y.length;
        if (reps < 2) {
            return Double.NaN;
        }
        int points = y[0].length;
        double within = 0;
        double sum = 0;
        double squares = 0;
        for (int p = 0; p < points; p++) {
            double mean = 0;
            for (double[] rep : y) {
                mean += rep[p] / reps;
            }
            for (double[] rep : y) {
                within += (rep[p] - mean) * (rep[p] - mean) / (reps - 1) / points;
                sum += rep[p];
                squares += rep[p] * rep[p];
            }
        }
        int m = points * reps;
        double total = (squares - sum * sum / m) / (m - 1);
        return total > 0 ? within / total : Double.NaN;
    }
}
