package org.gridgov.stats.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sample for first-order and total Sobol' indices (Saltelli et al. 2010): two base matrices A and B
 * of n rows on the k-dimensional unit cube, the first and second halves of the points of a 2k-dimensional
 * Sobol' sequence (Joe and Kuo's direction numbers, as Commons Math ships them; its first point, the origin, is
 * skipped), and for each input i the matrix AB_i: A with column i taken from B. The model is run at
 * n (k + 2) points, in the order of {@link #points()}. A random shift modulo 1 (Cranley and Patterson 1976)
 * keeps the sequence's balance and makes repeated samples independent, so that intervals can be checked for
 * coverage; shift seed 0 gives the plain sequence.
 */
public final class SaltelliSample {
    private final int n;
    private final int k;
    private final double[][] a;
    private final double[][] b;

    private SaltelliSample(int n, int k, double[][] a, double[][] b) {
        this.n = n;
        this.k = k;
        this.a = a;
        this.b = b;
    }

    /** n base rows for k inputs on the plain sequence (Sobol' points are best balanced when n is a power of 2). */
    public static SaltelliSample of(int n, int k) {
        return of(n, k, 0);
    }

    /** As {@link #of(int, int)}, the points shifted at random modulo 1 unless {@code shiftSeed} is 0. */
    public static SaltelliSample of(int n, int k, long shiftSeed) {
        if (n < 2 || k < 1 || 2 * k > 1000) {
            throw new IllegalArgumentException("n >= 2 and 1 <= k <= 500, not n = " + n + ", k = " + k);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1);
        double[] shift = new double[2 * k];
        if (shiftSeed != 0) {
            org.apache.commons.math3.random.Well19937c random = new org.apache.commons.math3.random.Well19937c(shiftSeed);
            for (int i = 0; i < shift.length; i++) {
                shift[i] = random.nextDouble();
            }
        }
        double[][] a = new double[n][k];
        double[][] b = new double[n][k];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            for (int i = 0; i < v.length; i++) {
                v[i] = (v[i] + shift[i]) % 1.0;
            }
            System.arraycopy(v, 0, a[j], 0, k);
            System.arraycopy(v, k, b[j], 0, k);
        }
        return new SaltelliSample(n, k, a, b);
    }

    public int n() { return n; }
    public int k() { return k; }

    /** The points to run: A's rows, B's, then AB_1's ... AB_k's; n (k + 2) in all. */
    public double[][] points() {
        double[][] p = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            p[j] = a[j].clone();
            p[n + j] = b[j].clone();
            for (int i = 0; i < k; i++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                p[(2 + i) * n + j] = ab;
            }
        }
        return p;
    }

    /** Where row j of A, B and AB_i lie in {@link #points()}. */
    int rowOfA(int j) { return j; }
    int rowOfB(int j) { return n + j; }
    int rowOfAB(int i, int j) { return (2 + i) * n + j; }
}
