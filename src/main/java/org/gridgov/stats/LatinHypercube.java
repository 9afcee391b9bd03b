package org.gridgov.stats;

import ec.util.MersenneTwisterFast;

/** Latin hypercubes on the unit cube. */
public final class LatinHypercube {

    private LatinHypercube() {
    }

    /**
     * u[sample][dimension]: each dimension's strata [i/n, (i+1)/n) used once, in an order shuffled per dimension
     * (Fisher-Yates), the point uniform within its stratum; drawn dimension by dimension from {@code random}.
     */
    public static double[][] unit(int dimensions, int samples, MersenneTwisterFast random) {
        double[][] u = new double[samples][dimensions];
        int[] order = new int[samples];
        for (int j = 0; j < dimensions; j++) {
            for (int i = 0; i < samples; i++) {
                order[i] = i;
            }
            for (int i = samples - 1; i > 0; i--) {
                int r = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[r];
                order[r] = t;
            }
            for (int i = 0; i < samples; i++) {
                u[i][j] = (order[i] + random.nextDouble()) / samples;
            }
        }
        return u;
    }
}
