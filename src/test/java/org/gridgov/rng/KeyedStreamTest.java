package org.gridgov.rng;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyedStreamTest {

    private static final int N = 1_000_000;
    private static final KeyedStream STREAM = new RandomStreams(12345L, 0).keyed("effort");

    private static double[] acrossEntities(KeyedStream s, int draw) {
        double[] us = new double[N];
        for (int i = 0; i < N; i++) {
            us[i] = s.uniform(i, draw);
        }
        return us;
    }

    private static double[] acrossDraws(KeyedStream s, long entity) {
        double[] us = new double[N];
        for (int i = 0; i < N; i++) {
            us[i] = s.uniform(entity, i);
        }
        return us;
    }

    /** Mean 1/2, variance 1/12, whose standard error is sqrt((mu4 - sigma^4) / n) = sqrt((1/80 - 1/144) / n). */
    private static void assertUniformMoments(double[] us, String what) {
        Stats.assertMean(us, 0.5, Math.sqrt(1.0 / 12), what);
        double m = Stats.mean(us);
        double v = 0;
        for (double u : us) {
            assertTrue(u > 0 && u < 1, what + ": outside (0, 1): " + u);
            v += (u - m) * (u - m);
        }
        double variance = v / (us.length - 1);
        double se = Math.sqrt((1.0 / 80 - 1.0 / 144) / us.length);
        assertEquals(1.0 / 12, variance, Stats.Z * se, what + ": variance");
    }

    @Test
    void uniformAcrossEntitiesWithDrawFixed() {
        double[] us = acrossEntities(STREAM, 3);
        assertUniformMoments(us, "entities");
        Stats.assertUniformBins(us, 100, "entities");
    }

    @Test
    void uniformAcrossDrawsWithEntityFixed() {
        double[] us = acrossDraws(STREAM, 987_654_321L);
        assertUniformMoments(us, "draws");
        Stats.assertUniformBins(us, 100, "draws");
    }

    @Test
    void uniformAcrossNegativeAndHugeEntities() {
        double[] us = new double[N];
        for (int i = 0; i < N; i++) {
            us[i] = STREAM.uniform(Long.MIN_VALUE + 7L * i, -i);
        }
        assertUniformMoments(us, "negative");
        Stats.assertUniformBins(us, 100, "negative");
    }

    @Test
    void neighboursAreUncorrelated() {
        double[] base = acrossEntities(STREAM, 0);
        double[] nextDraw = acrossEntities(STREAM, 1);
        double[] nextEntity = new double[N];
        System.arraycopy(base, 1, nextEntity, 0, N - 1);
        nextEntity[N - 1] = STREAM.uniform(N, 0);
        double[] otherStream = acrossEntities(new RandomStreams(12345L, 0).keyed("delay"), 0);
        Stats.assertUncorrelated(base, nextDraw, "next draw");
        Stats.assertUncorrelated(base, nextEntity, "next entity");
        Stats.assertUncorrelated(base, otherStream, "other stream");
    }

    /** Each of the 64 bits is set half the time: 64 checks at 4.5 standard errors (together ~4e-4). */
    @Test
    void everyBitIsBalanced() {
        int n = 200_000;
        long[] ones = new long[64];
        for (int i = 0; i < n; i++) {
            long b = STREAM.bits(i, i % 5);
            for (int k = 0; k < 64; k++) {
                ones[k] += (b >>> k) & 1;
            }
        }
        double se = 0.5 / Math.sqrt(n);
        for (int k = 0; k < 64; k++) {
            double f = (double) ones[k] / n;
            assertEquals(0.5, f, 4.5 * se, "bit " + k);
        }
    }

    @Test
    void dependsOnlyOnKeyEntityAndDraw() {
        KeyedStream again = new RandomStreams(12345L, 0).keyed("effort");
        assertEquals(STREAM, again);
        for (int i = 0; i < 1000; i++) {
            assertEquals(STREAM.uniform(i * 31L, i % 7), again.uniform(i * 31L, i % 7));
        }
        // Order of evaluation is irrelevant.
        double late = STREAM.uniform(42, 9);
        STREAM.uniform(41, 0);
        assertEquals(late, STREAM.uniform(42, 9));
        assertNotEquals(STREAM.bits(1, 2), STREAM.bits(2, 1));
        assertNotEquals(STREAM.bits(0, 1), STREAM.bits(1, 0));
        assertNotEquals(STREAM.bits(5, 0), new KeyedStream(STREAM.key() + 1).bits(5, 0));
    }

    /**
     * Pinned values: a change here silently changes every experiment's random numbers. Checked against an
     * independent implementation (Python, 64-bit masked arithmetic).
     */
    @Test
    void pinnedValues() {
        KeyedStream s = new KeyedStream(0x0123456789ABCDEFL);
        assertEquals(PINNED_BITS, s.bits(17, 3));
        assertEquals(PINNED_UNIFORM, s.uniform(17, 3));
    }

    private static final long PINNED_BITS = 0x62B1469983703BB2L;
    private static final double PINNED_UNIFORM = 0x1.8ac51a660dc0ep-2; // 0.38551751373182774

    @Test
    void openUnitMappingHas53BitsAndAvoidsBothEnds() {
        assertEquals(0x1p-54, KeyedStream.toOpenUnit(0L));
        assertEquals(0x1p-54, KeyedStream.toOpenUnit(0x7FFL)); // low 11 bits are dropped
        assertEquals(0x1p-53, KeyedStream.toOpenUnit(1L << 11));
        assertEquals(2 * 0x1p-53, KeyedStream.toOpenUnit(2L << 11));
        assertEquals(Math.nextDown(1.0), KeyedStream.toOpenUnit(-1L));
        assertEquals(0.5, KeyedStream.toOpenUnit(Long.MIN_VALUE));
    }

    @Test
    void mixIsTheSplitMix64Finaliser() {
        // SplitMix64 seeded with 0 outputs mix(0x9E3779B97F4A7C15) first: 0xE220A8397B1DCDAF (Vigna's reference).
        assertEquals(0xE220A8397B1DCDAFL, KeyedStream.mix(0x9E3779B97F4A7C15L));
        assertEquals(0L, KeyedStream.mix(0L));
    }
}
