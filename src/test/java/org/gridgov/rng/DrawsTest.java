package org.gridgov.rng;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrawsTest {

    private static final int N = 200_000;
    private static final RandomStreams STREAMS = new RandomStreams(20260101L, 0);

    private static double[] uniforms(String name) {
        KeyedStream s = STREAMS.keyed(name);
        double[] us = new double[N];
        for (int i = 0; i < N; i++) {
            us[i] = s.uniform(i, 0);
        }
        return us;
    }

    // ---- exponential ----

    /** Exponential: sd = mean, kurtosis 9. */
    @ParameterizedTest
    @CsvSource({"1", "2.5", "1000"})
    void exponentialMoments(double mean) {
        double[] us = uniforms("exponential");
        double[] xs = new double[N];
        for (int i = 0; i < N; i++) {
            xs[i] = Draws.exponential(us[i], mean);
        }
        Stats.assertMean(xs, mean, mean, "exponential");
        Stats.assertSd(xs, mean, 9, "exponential");
    }

    @Test
    void exponentialIsIncreasingInU() {
        assertTrue(Draws.exponential(0.2, 3) < Draws.exponential(0.8, 3));
        assertEquals(3 * Math.log(2), Draws.exponential(0.5, 3), 1e-15);
        assertEquals(0, Draws.exponential(0.5, 0));
        assertTrue(Double.isFinite(Draws.exponential(Math.nextDown(1.0), 1)));
        assertThrows(IllegalArgumentException.class, () -> Draws.exponential(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Draws.exponential(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Draws.exponential(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> Draws.exponential(0.5, -1));
    }

    // ---- normal ----

    @Test
    void normalMatchesCommonsMath() {
        NormalDistribution reference = new NormalDistribution(0, 1);
        for (int i = 1; i < 10_000; i++) {
            double p = i / 10_000.0;
            assertEquals(reference.inverseCumulativeProbability(p), Draws.normal(p), 1e-9, "p = " + p);
        }
        for (double p = 1e-6; p < 1e-4; p *= 1.1) {
            assertEquals(reference.inverseCumulativeProbability(p), Draws.normal(p), 1e-9, "p = " + p);
            assertEquals(reference.inverseCumulativeProbability(1 - p), Draws.normal(1 - p), 1e-9, "1 - p = " + p);
        }
    }

    /**
     * Far in the tails Commons Math's quantile loses accuracy (it computes erfInv(2p - 1)), but its CDF (from
     * erfc) stays accurate relative to p: so check that Phi(normal(p)) = p to 1e-9 relative, down to 1e-300.
     */
    @Test
    void normalTailsAreAccurate() {
        NormalDistribution reference = new NormalDistribution(0, 1);
        for (double p = 1e-300; p < 1e-6; p *= 7.3) {
            double x = Draws.normal(p);
            assertEquals(p, reference.cumulativeProbability(x), 1e-9 * p, "p = " + p);
        }
        assertEquals(0, Draws.normal(0.5));
        for (int k = 1; k < 1 << 20; k += 997) {
            double u = k * 0x1p-21; // 1 - u is exact
            assertEquals(-Draws.normal(u), Draws.normal(1 - u), 1e-15 * Math.max(1, Math.abs(Draws.normal(u))));
        }
        assertTrue(Double.isFinite(Draws.normal(KeyedStream.toOpenUnit(0L)))); // the smallest keyed uniform
        assertTrue(Double.isFinite(Draws.normal(Math.nextDown(1.0))));
    }

    @Test
    void normalMoments() {
        double[] us = uniforms("normal");
        double[] xs = new double[N];
        for (int i = 0; i < N; i++) {
            xs[i] = Draws.normal(us[i]);
        }
        Stats.assertMean(xs, 0, 1, "normal");
        Stats.assertSd(xs, 1, 3, "normal");
    }

    // ---- lognormal ----

    /** Lognormal: sigma^2 = ln(1 + cv^2), kurtosis = e^{4 s2} + 2 e^{3 s2} + 3 e^{2 s2} - 3. */
    @ParameterizedTest
    @CsvSource({"10, 5", "1, 1", "200, 20"})
    void lognormalMoments(double mean, double sd) {
        double[] us = uniforms("lognormal");
        double[] xs = new double[N];
        for (int i = 0; i < N; i++) {
            xs[i] = Draws.lognormalFromMeanSd(us[i], mean, sd);
        }
        double s2 = Math.log1p((sd / mean) * (sd / mean));
        double kurtosis = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
        Stats.assertMean(xs, mean, sd, "lognormal");
        Stats.assertSd(xs, sd, kurtosis, "lognormal");
        Stats.assertDistribution(xs, new LogNormalDistribution(Math.log(mean) - s2 / 2, Math.sqrt(s2)), "lognormal");
    }

    @Test
    void lognormalEdgeCases() {
        assertEquals(7.5, Draws.lognormalFromMeanSd(0.01, 7.5, 0));
        // The median is mean / sqrt(1 + cv^2).
        assertEquals(10 / Math.sqrt(1.25), Draws.lognormalFromMeanSd(0.5, 10, 5), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Draws.lognormalFromMeanSd(0.5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Draws.lognormalFromMeanSd(0.5, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> Draws.lognormalFromMeanSd(0.5, 1, Double.NaN));
    }

    // ---- geometric ----

    /** Trials to the first success: mean 1/p, variance (1-p)/p^2, P(N = 1) = p. */
    @ParameterizedTest
    @CsvSource({"0.9", "0.3", "0.05", "0.001"})
    void geometricMoments(double p) {
        double[] us = uniforms("geometric");
        double[] xs = new double[N];
        long ones = 0;
        for (int i = 0; i < N; i++) {
            long trials = Draws.geometricTrials(us[i], p);
            assertTrue(trials >= 1);
            xs[i] = trials;
            ones += trials == 1 ? 1 : 0;
        }
        Stats.assertMean(xs, 1 / p, Math.sqrt(1 - p) / p, "geometric");
        assertEquals(p, (double) ones / N, Stats.Z * Math.sqrt(p * (1 - p) / N), "P(N = 1)");
    }

    @Test
    void geometricEdgeCases() {
        assertEquals(1, Draws.geometricTrials(0.999, 1));
        assertEquals(Long.MAX_VALUE, Draws.geometricTrials(0.5, 0));
        assertEquals(Long.MAX_VALUE, Draws.geometricTrials(0.5, -0.1));
        assertEquals(1, Draws.geometricTrials(0.2, 0.25)); // u <= p: first trial succeeds
        assertEquals(2, Draws.geometricTrials(0.3, 0.25)); // p < u <= 1 - 0.75^2
        assertEquals(Long.MAX_VALUE, Draws.geometricTrials(0.5, 1e-300)); // saturates rather than overflows
        assertThrows(IllegalArgumentException.class, () -> Draws.geometricTrials(0.5, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Draws.geometricTrials(0.5, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Draws.geometricTrials(0, 0.5));
    }

    // ---- gamma ----

    /** Gamma: shape k = (mean/sd)^2, kurtosis 3 + 6/k; includes shapes below 1 (the u^(1/k) boost). */
    @ParameterizedTest
    @CsvSource({"10, 5", "2, 2", "1, 1.4142135623730951", "0.3, 0.6", "100, 1"})
    void keyedGammaMomentsAndShape(double mean, double sd) {
        KeyedStream s = STREAMS.keyed("gamma");
        double[] xs = new double[N];
        for (int i = 0; i < N; i++) {
            xs[i] = Draws.gammaFromMeanSd(s, i, 0, mean, sd);
        }
        assertGamma(xs, mean, sd, "keyed gamma");
        // The next block of the same entities is another, independent variate.
        double[] ys = new double[N];
        for (int i = 0; i < N; i++) {
            ys[i] = Draws.gammaFromMeanSd(s, i, Draws.GAMMA_DRAWS, mean, sd);
        }
        assertGamma(ys, mean, sd, "keyed gamma, second block");
        Stats.assertUncorrelated(xs, ys, "gamma blocks");
    }

    @ParameterizedTest
    @CsvSource({"10, 5", "2, 2", "1, 1.4142135623730951", "0.3, 0.6"})
    void sequentialGammaMomentsAndShape(double mean, double sd) {
        MersenneTwisterFast rng = STREAMS.stream("gamma");
        double[] xs = new double[N];
        for (int i = 0; i < N; i++) {
            xs[i] = Draws.gammaFromMeanSd(rng, mean, sd);
        }
        assertGamma(xs, mean, sd, "sequential gamma");
    }

    private static void assertGamma(double[] xs, double mean, double sd, String what) {
        double shape = (mean / sd) * (mean / sd);
        for (double x : xs) {
            assertTrue(x >= 0 && Double.isFinite(x), what + ": " + x);
        }
        Stats.assertMean(xs, mean, sd, what);
        Stats.assertSd(xs, sd, 3 + 6 / shape, what);
        Stats.assertDistribution(xs, new GammaDistribution(shape, sd * sd / mean), what);
    }

    @Test
    void keyedGammaIsReproducibleAndValidated() {
        KeyedStream s = STREAMS.keyed("gamma");
        double x = Draws.gammaFromMeanSd(s, 77, 128, 3, 4);
        assertEquals(x, Draws.gammaFromMeanSd(STREAMS.keyed("gamma"), 77, 128, 3, 4));
        assertTrue(x != Draws.gammaFromMeanSd(s, 78, 128, 3, 4));
        assertEquals(5, Draws.gammaFromMeanSd(s, 1, 0, 5, 0));
        assertEquals(5, Draws.gammaFromMeanSd(new MersenneTwisterFast(1), 5, 0));
        assertThrows(IllegalArgumentException.class, () -> Draws.gammaFromMeanSd(s, 1, -1, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Draws.gammaFromMeanSd(s, 1, Integer.MAX_VALUE - Draws.GAMMA_DRAWS + 2, 1, 1));
        assertTrue(Draws.gammaFromMeanSd(s, 1, Integer.MAX_VALUE - Draws.GAMMA_DRAWS + 1, 1, 1) > 0);
        assertThrows(IllegalArgumentException.class, () -> Draws.gammaFromMeanSd(s, 1, 0, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> Draws.gammaFromMeanSd(s, 1, 0, 1, Double.NaN));
    }
}
