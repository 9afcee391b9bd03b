package org.gridgov.rng;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AliasTableTest {

    private static final double[] WEIGHTS = {1, 2, 3, 0, 4, 0};
    private static final int N = 1_000_000;

    private static double[] normalised(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] p = new double[weights.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = weights[i] / sum;
        }
        return p;
    }

    @Test
    void tableProbabilitiesAreExact() {
        AliasTable table = new AliasTable(WEIGHTS);
        double[] p = normalised(WEIGHTS);
        for (int i = 0; i < p.length; i++) {
            assertEquals(p[i], table.probability(i), 1e-15, "index " + i);
        }
        assertEquals(0.0, table.probability(3));
        assertEquals(0.0, table.probability(5));
    }

    @Test
    void frequenciesFromKeyedUniforms() {
        AliasTable table = new AliasTable(WEIGHTS);
        KeyedStream s = new RandomStreams(11, 0).keyed("alias");
        long[] counts = new long[WEIGHTS.length];
        for (int i = 0; i < N; i++) {
            counts[table.sample(s.uniform(i, 0), s.uniform(i, 1))]++;
        }
        assertEquals(0, counts[3]);
        assertEquals(0, counts[5]);
        Stats.assertChiSquare(counts, normalised(WEIGHTS), "keyed");
    }

    @Test
    void frequenciesFromSequentialStream() {
        AliasTable table = new AliasTable(WEIGHTS);
        MersenneTwisterFast rng = new RandomStreams(11, 0).stream("alias");
        long[] counts = new long[WEIGHTS.length];
        for (int i = 0; i < N; i++) {
            counts[table.sample(rng)]++;
        }
        assertEquals(0, counts[3]);
        assertEquals(0, counts[5]);
        Stats.assertChiSquare(counts, normalised(WEIGHTS), "sequential");
    }

    /** Many categories, a third of them empty, weights over six orders of magnitude. */
    @Test
    void largeTableIsExactAndNeverDrawsZeroWeights() {
        SplittableRandom rnd = new SplittableRandom(5);
        double[] weights = new double[1000];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rnd.nextInt(3) == 0 ? 0 : Math.pow(10, rnd.nextDouble(-3, 3));
        }
        AliasTable table = new AliasTable(weights);
        double[] p = normalised(weights);
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            double q = table.probability(i);
            assertEquals(p[i], q, 1e-12 * p[i] + 1e-17, "index " + i);
            if (weights[i] == 0) {
                assertEquals(0.0, q, "index " + i);
            }
            total += q;
        }
        assertEquals(1, total, 1e-12);
        MersenneTwisterFast rng = new MersenneTwisterFast(9);
        long[] counts = new long[weights.length];
        for (int i = 0; i < N; i++) {
            counts[table.sample(rng)]++;
        }
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0) {
                assertEquals(0, counts[i], "index " + i);
            }
        }
    }

    @Test
    void degenerateTables() {
        AliasTable single = new AliasTable(new double[] {3});
        AliasTable onlyOne = new AliasTable(new double[] {0, 0, 5, 0});
        for (double u1 : new double[] {0, 0.3, 0.5, 0.74, 0.75, Math.nextDown(1.0)}) {
            for (double u2 : new double[] {0, 0.5, Math.nextDown(1.0)}) {
                assertEquals(0, single.sample(u1, u2));
                assertEquals(2, onlyOne.sample(u1, u2));
            }
        }
        AliasTable huge = new AliasTable(new double[] {Double.MAX_VALUE, Double.MAX_VALUE});
        assertEquals(0.5, huge.probability(0));
        assertEquals(4, onlyOne.size());
    }

    @Test
    void rejectsBadWeightsAndUniforms() {
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> new AliasTable(new double[] {1, Double.POSITIVE_INFINITY}));
        AliasTable table = new AliasTable(WEIGHTS);
        assertThrows(IllegalArgumentException.class, () -> table.sample(1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> table.sample(0.5, -0.1));
    }

    @Test
    void survivesSerialization() throws Exception {
        AliasTable table = new AliasTable(WEIGHTS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(table);
        }
        AliasTable copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (AliasTable) in.readObject();
        }
        for (int i = 0; i < 1000; i++) {
            double u1 = (i + 0.5) / 1000;
            double u2 = ((i * 7919) % 1000 + 0.5) / 1000;
            assertEquals(table.sample(u1, u2), copy.sample(u1, u2));
        }
    }
}
