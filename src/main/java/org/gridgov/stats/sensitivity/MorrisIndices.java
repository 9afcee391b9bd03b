package org.gridgov.stats.sensitivity;

/**
 * Elementary effects of a {@link MorrisDesign}: EE = (f(x + step e_i) - f(x)) / step on the unit cube, one per
 * input, trajectory and replication (common random numbers make each replication a deterministic function of
 * the inputs). Per input: mu, mu* (the mean of |EE|, Campolongo et al. 2007) and sigma (their standard
 * deviation: interactions or non-linearity), with 95% bootstrap intervals over the trajectories for mu*. The
 * dummy input changes only the random numbers: its effect at each trajectory's start is the difference between
 * two replications there, over Delta (needs R >= 2).
 *
 * @param muStar mean absolute elementary effect of each input, with its interval
 * @param mu mean elementary effect of each input
 * @param sigma standard deviation of each input's elementary effects
 * @param dummyMuStar the dummy's mu* (NaN with one replication)
 * @param noiseShare the share of the outputs' variance that is seed noise ({@link Noise#share})
 */
public record MorrisIndices(Index[] muStar, double[] mu, double[] sigma, Index dummyMuStar, double noiseShare) {

    /**
     * @param design the trajectories
     * @param y the outputs, y[replication][point] in the order of {@link MorrisDesign#points()}
     * @param seed for the bootstrap
     */
    public static MorrisIndices estimate(MorrisDesign design, double[][] y, long seed) {
        int k = design.k();
        boolean dummy = y.length >= 2;
        Index[] stars = Bootstrap.intervals(design.trajectories(), rows -> muStars(design, y, rows, dummy), seed);
        Index[] muStar = java.util.Arrays.copyOf(stars, k);
        double[] mu = new double[k];
        double[] sigma = new double[k];
        int n = design.trajectories() * y.length;
        double[][] ee = effects(design, y);
        for (int i = 0; i < k; i++) {
            double sum = 0;
            for (double e : ee[i]) {
                sum += e;
            }
            mu[i] = sum / n;
            double squares = 0;
            for (double e : ee[i]) {
                squares += (e - mu[i]) * (e - mu[i]);
            }
            sigma[i] = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
        }
        Index none = new Index(Double.NaN, Double.NaN, Double.NaN);
        return new MorrisIndices(muStar, mu, sigma, dummy ? stars[k] : none, Noise.share(y));
    }

    /** ee[i][t * R + r]: the effect of input i on trajectory t in replication r. */
    private static double[][] effects(MorrisDesign d, double[][] y) {
        int reps = y.length;
        double[][] ee = new double[d.k()][d.trajectories() * reps];
        for (int t = 0; t < d.trajectories(); t++) {
            for (int s = 1; s <= d.k(); s++) {
                int i = d.moved(t, s);
                for (int r = 0; r < reps; r++) {
                    ee[i][t * reps + r] = (y[r][d.row(t, s)] - y[r][d.row(t, s - 1)]) / d.step(t, s);
                }
            }
        }
        return ee;
    }

    /** mu* of each input (and the dummy's last) over the chosen trajectories and every replication. */
    private static double[] muStars(MorrisDesign d, double[][] y, int[] trajectories, boolean dummy) {
        int reps = y.length;
        double[] out = new double[d.k() + (dummy ? 1 : 0)];
        double n = trajectories.length * reps;
        for (int t : trajectories) {
            for (int s = 1; s <= d.k(); s++) {
                int i = d.moved(t, s);
                for (int r = 0; r < reps; r++) {
                    out[i] += Math.abs((y[r][d.row(t, s)] - y[r][d.row(t, s - 1)]) / d.step(t, s)) / n;
                }
            }
            if (dummy) {
                for (int r = 0; r < reps; r++) {
                    out[d.k()] += Math.abs((y[(r + 1) % reps][d.row(t, 0)] - y[r][d.row(t, 0)]) / d.delta()) / n;
                }
            }
        }
        return out;
    }
}
