package org.gridgov.stats.abc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * ABC-SMC against posteriors known exactly. With a deterministic model, the ABC posterior at tolerance epsilon is
 * the prior restricted to the parameters whose output lies within epsilon of the target: for a uniform prior, a
 * uniform distribution on that set. Every bound below is derived from it: a weighted mean's standard error is the
 * posterior standard deviation / sqrt(ESS), and each check allows 4 of them (a two-sided chance of 6e-5 of failing
 * for a correct sampler; the seeds are fixed, so the outcome is reproducible).
 */
class AbcSmcTest {

    private static final AbcSmc.Listener QUIET = new AbcSmc.Listener() {
        @Override
        public void batch(int generation, int batch, int proposals, double epsilon) {
        }

        @Override
        public void population(AbcSmc.Population population) {
        }
    };

    /** The model whose one output is the first coordinate. */
    private static AbcSmc.Model<RuntimeException> firstCoordinate() {
        return AbcSmc.exact(1, points -> {
            double[][] out = new double[points.length][];
            for (int i = 0; i < points.length; i++) {
                out[i] = new double[] {points[i][0]};
            }
            return out;
        });
    }

    private static AbcSmc.Settings settings(int particles, long seed) {
        return new AbcSmc.Settings(particles, 12, 0.5, 0.02, 1, seed);
    }

    /** Output = first coordinate; target 0.3 +- 0.05: the posterior is uniform on [0.25, 0.35] x [0, 1]. */
    @Test
    void aDeterministicModelGivesTheUniformPosteriorOnTheAcceptedSet() throws InterruptedException {
        AbcSmc abc = new AbcSmc(settings(400, 1), 2, new double[] {0.3}, new double[] {0.05});
        AbcSmc.Result r = abc.run(firstCoordinate(), QUIET);
        assertEquals(AbcSmc.Stop.REACHED, r.stop());
        AbcSmc.Population p = r.last();
        assertEquals(1.0, p.epsilon());
        double ess = p.ess();
        assertTrue(ess > 100, "weights do not degenerate: ESS " + ess);
        double[] x = p.coordinate(0);
        for (double v : x) {
            assertTrue(v >= 0.25 - 1e-12 && v <= 0.35 + 1e-12, "inside the accepted set: " + v);
        }
        double se0 = 0.1 / Math.sqrt(12) / Math.sqrt(ess);
        assertEquals(0.3, AbcSmc.weightedMean(x, p.weights()), 4 * se0);
        // The parameter the target ignores keeps its prior, U(0, 1): mean 1/2, variance 1/12. Without importance
        // weights the truncated kernels would pull it inwards, generation after generation.
        double[] y = p.coordinate(1);
        double se1 = Math.sqrt(1 / 12.0) / Math.sqrt(ess);
        assertEquals(0.5, AbcSmc.weightedMean(y, p.weights()), 4 * se1);
        // The variance of U(0, 1) is 1/12; the standard error of a variance estimate is about sqrt(1/80 - 1/144)/sqrt(n).
        double seVar = Math.sqrt(1 / 80.0 - 1 / 144.0) / Math.sqrt(ess);
        assertEquals(1 / 12.0, AbcSmc.weightedVariance(y, p.weights()), 4 * seVar);
    }

    /** Each population is the posterior at its own tolerance: the interval narrows as the tolerance falls. */
    @Test
    void thePosteriorNarrowsAsTheToleranceFalls() throws InterruptedException {
        AbcSmc abc = new AbcSmc(settings(200, 2), 1, new double[] {0.6}, new double[] {0.02});
        AbcSmc.Result r = abc.run(firstCoordinate(), QUIET);
        double before = Double.POSITIVE_INFINITY;
        for (AbcSmc.Population p : r.populations()) {
            double width = AbcSmc.weightedQuantile(p.coordinate(0), p.weights(), 0.95)
                    - AbcSmc.weightedQuantile(p.coordinate(0), p.weights(), 0.05);
            // Uniform on [0.6 - eps tol, 0.6 + eps tol]: the 90% interval is 0.9 x 2 eps tol wide.
            if (p.generation() > 0) {
                double expected = 0.9 * 2 * Math.min(p.epsilon() * 0.02, 0.4);
                assertEquals(expected, width, 0.15 * expected, "generation " + p.generation());
            }
            assertTrue(width < before, "generation " + p.generation() + " is narrower than the one before");
            before = width;
        }
        assertEquals(AbcSmc.Stop.REACHED, r.stop());
        assertTrue(r.populations().size() >= 4, "several generations: " + r.populations().size());
    }

    /** Two targets on one output, 0.2 and 0.6 +- 0.05: each can be met, never both; the search says it stalled. */
    @Test
    void targetsThatCannotBeMetTogetherStopTheSearchShortOfTheirTolerance() throws InterruptedException {
        AbcSmc abc = new AbcSmc(settings(100, 3), 1, new double[] {0.2, 0.6}, new double[] {0.05, 0.05});
        AbcSmc.Result r = abc.run(AbcSmc.exact(2, points -> {
            double[][] out = new double[points.length][];
            for (int i = 0; i < points.length; i++) {
                out[i] = new double[] {points[i][0], points[i][0]};
            }
            return out;
        }), QUIET);
        assertTrue(r.stop() != AbcSmc.Stop.REACHED, r.stop().toString());
        // The best compromise is 0.4, 4 tolerances from each target.
        assertTrue(r.last().epsilon() >= 4, "epsilon " + r.last().epsilon());
        double mean = AbcSmc.weightedMean(r.last().coordinate(0), r.last().weights());
        assertEquals(0.4, mean, 0.05);
    }

    /** Batches may be simulated in any way: the same seed gives the same populations. */
    @Test
    void theSameSeedGivesTheSamePopulations() throws InterruptedException {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (List<String> out : List.of(a, b)) {
            AbcSmc abc = new AbcSmc(settings(50, 4), 2, new double[] {0.5}, new double[] {0.05});
            AbcSmc.Result r = abc.run(AbcSmc.exact(1, points -> {
                double[][] o = new double[points.length][];
                for (int i = 0; i < points.length; i++) {
                    o[i] = new double[] {points[i][0] * points[i][1] * 2};
                }
                return o;
            }), QUIET);
            r.evaluated().forEach(p -> out.add(java.util.Arrays.toString(p.point()) + p.fate()));
        }
        assertEquals(a, b);
    }

    @Test
    void truncatedNormalStaysInsideTheUnitIntervalAndItsDensityIntegratesToOne() {
        for (double u : new double[] {0, 1e-9, 0.5, 1 - 1e-9, 1}) {
            double x = AbcSmc.truncatedNormal(0.95, 0.3, u);
            assertTrue(x >= 0 && x <= 1, "u " + u + " gives " + x);
        }
        double s = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            s += AbcSmc.truncatedNormalDensity((i + 0.5) / n, 0.95, 0.3) / n;
        }
        assertEquals(1, s, 1e-6);
    }
}
