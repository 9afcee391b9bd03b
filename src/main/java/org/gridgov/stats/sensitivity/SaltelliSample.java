package org.gridgov.stats.sensitivity;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's sample for first-order and total Sobol' indices (Saltelli et al. 2010): two base matrices A and B
 * of n rows on the k-dimensional unit cube, the first and second halves of the points of a 2k-dimensional
 * Sobol' sequence (Joe and Kuo's direction numbers, as Commons Math ships them; its first point, the origin, is
 * skipped), and for each input i the matrix AB_i: A with column i taken from B; for second-order indices also BA_i,
 * B with column i taken from A (Saltelli 2002). The model is run at n (k + 2) points, or n (2k + 2), base row by base
 * row in the order of {@link #points()}: the runs of the first rows finish first, and the first n' rows of a sample
 * are the sample of n' rows, so a partly run design can be analysed. A random shift modulo 1 (Cranley and Patterson
 * 1976) keeps the sequence's balance and makes repeated samples independent, so that intervals can be checked for
 * coverage; shift seed 0 gives the plain sequence.
 */
public final class SaltelliSample {
    private final int n;
    private final int k;
    private final boolean secondOrder;
    private final double[][] a;
    private final double[][] b;

    private SaltelliSample(int n, int k, boolean secondOrder, double[][] a, double[][] b) {
        this.n = n;
        this.k = k;
        this.secondOrder = secondOrder;
        this.a = a;
        this.b = b;
    }

    /** n base rows for k inputs on the plain sequence (Sobol' points are best balanced when n is a power of 2). */
    public static SaltelliSample of(int n, int k) {
        return of(n, k, 0, false);
    }

    /** As {@link #of(int, int)}, the points shifted at random modulo 1 unless {@code shiftSeed} is 0. */
    public static SaltelliSample of(int n, int k, long shiftSeed) {
        return of(n, k, shiftSeed, false);
    }

    /** As {@link #of(int, int, long)}, with the BA_i rows for second-order indices if asked. */
    public static SaltelliSample of(int n, int k, long shiftSeed, boolean secondOrder) {
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
        return new SaltelliSample(n, k, secondOrder, a, b);
    }

    /** The sample of the given base rows only, in their order: the design of a partly run experiment's rows. */
    public SaltelliSample rows(int[] kept) {
        double[][] ka = new double[kept.length][];
        double[][] kb = new double[kept.length][];
        for (int j = 0; j < kept.length; j++) {
            ka[j] = a[kept[j]];
            kb[j] = b[kept[j]];
        }
        return new SaltelliSample(kept.length, k, secondOrder, ka, kb);
    }

    public int n() { return n; }
    public int k() { return k; }
    public boolean secondOrder() { return secondOrder; }

    /** Points per base row: A_j, B_j, each AB_ij, and each BA_ij for second order. */
    public int pointsPerRow() {
        return secondOrder ? 2 * k + 2 : k + 2;
    }

    /** The points to run, base row by base row: A_j, B_j, AB_1j ... AB_kj (then BA_1j ... BA_kj). */
    public double[][] points() {
        double[][] p = new double[n * pointsPerRow()][];
        for (int j = 0; j < n; j++) {
            p[rowOfA(j)] = a[j].clone();
            p[rowOfB(j)] = b[j].clone();
            for (int i = 0; i < k; i++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                p[rowOfAB(i, j)] = ab;
                if (secondOrder) {
                    double[] ba = b[j].clone();
                    ba[i] = a[j][i];
                    p[rowOfBA(i, j)] = ba;
                }
            }
        }
        return p;
    }

    /** Where row j of A, B, AB_i and BA_i lie in {@link #points()}. */
    int rowOfA(int j) { return j * pointsPerRow(); }
    int rowOfB(int j) { return j * pointsPerRow() + 1; }
    int rowOfAB(int i, int j) { return j * pointsPerRow() + 2 + i; }
    int rowOfBA(int i, int j) { return j * pointsPerRow() + 2 + k + i; }
}
