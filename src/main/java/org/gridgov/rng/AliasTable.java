package org.gridgov.rng;

import ec.util.MersenneTwisterFast;

import java.io.Serializable;

/**
 * Samples an index with probability proportional to its weight in O(1) time, by Walker's alias method built with
 * Vose's stable construction: M. D. Vose (1991), "A linear algorithm for generating random numbers with a given
 * distribution", IEEE Transactions on Software Engineering 17(9), 972-975. Each column i is kept with
 * probability {@code keep[i]} and otherwise replaced by {@code alias[i]}. An index of weight 0 is never sampled:
 * its column keeps probability 0 and no column aliases to it. Immutable.
 */
public final class AliasTable implements Serializable {

    private final double[] keep;
    private final int[] alias;

    /** Builds the table; weights must be finite and non-negative, at least one positive. */
    public AliasTable(double[] weights) {
        int n = weights.length;
        int heaviest = -1;
        for (int i = 0; i < n; i++) {
            double w = weights[i];
            if (!(w >= 0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weight " + i + " must be finite and >= 0: " + w);
            }
            if (w > 0 && (heaviest < 0 || w > weights[heaviest])) {
                heaviest = i;
            }
        }
        if (heaviest < 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        // Relative to the heaviest weight, so that the sum cannot overflow (it is at most n).
        double max = weights[heaviest];
        double sum = 0;
        for (double w : weights) {
            sum += w / max;
        }
        keep = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int nSmall = 0;
        int nLarge = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] / max / sum * n;
            if (scaled[i] < 1) {
                small[nSmall++] = i;
            } else {
                large[nLarge++] = i;
            }
        }
        while (nSmall > 0 && nLarge > 0) {
            int s = small[--nSmall];
            int l = large[--nLarge];
            keep[s] = scaled[s];
            alias[s] = l;
            // Vose's order of operations: (a + b) - 1 never goes below 0 when a >= 1.
            scaled[l] = (scaled[l] + scaled[s]) - 1;
            if (scaled[l] < 1) {
                small[nSmall++] = l;
            } else {
                large[nLarge++] = l;
            }
        }
        // What is left holds a scaled weight of 1 up to rounding, except a zero weight, which must stay unsampled.
        while (nLarge > 0) {
            int l = large[--nLarge];
            keep[l] = 1;
            alias[l] = l;
        }
        while (nSmall > 0) {
            int s = small[--nSmall];
            keep[s] = weights[s] > 0 ? 1 : 0;
            alias[s] = weights[s] > 0 ? s : heaviest;
        }
    }

    /** Number of indices. */
    public int size() {
        return keep.length;
    }

    /** An index, from two uniforms in [0, 1): {@code u1} picks the column, {@code u2} keeps it or takes its alias. */
    public int sample(double u1, double u2) {
        if (!(u1 >= 0 && u1 < 1 && u2 >= 0 && u2 < 1)) {
            throw new IllegalArgumentException("uniforms must be in [0, 1): " + u1 + ", " + u2);
        }
        int column = Math.min((int) (u1 * keep.length), keep.length - 1);
        return u2 < keep[column] ? column : alias[column];
    }

    /** An index, from two draws of {@code rng}. */
    public int sample(MersenneTwisterFast rng) {
        int column = rng.nextInt(keep.length);
        return rng.nextDouble() < keep[column] ? column : alias[column];
    }

    /** The probability with which the table samples index {@code i}: for checking, O(n). */
    public double probability(int i) {
        double p = keep[i];
        for (int j = 0; j < keep.length; j++) {
            if (alias[j] == i && j != i) {
                p += 1 - keep[j];
            }
        }
        return p / keep.length;
    }

    @Override
    public String toString() {
        return "AliasTable[size=" + keep.length + "]";
    }
}
