package org.gridgov.stats.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PrimTest {
    private static final int SAMPLES = 1000;

    /** Uniform samples of three inputs, from a fixed seed. */
    private static double[][] inputs(long seed) {
        Random random = new Random(seed);
        double[][] x = new double[SAMPLES][3];
        for (double[] row : x) {
            for (int d = 0; d < 3; d++) {
                row[d] = random.nextDouble();
            }
        }
        return x;
    }

    /**
     * The toy comparison: a reform whose outcome is its first input (higher is better) against a baseline at 0.6,
     * so the reform wins exactly when input 0 exceeds 0.6, and fails below it. Each peel cuts ALPHA of the box's
     * samples, about ALPHA x 0.6 of input 0's range when the box's edge is near the threshold, so the box's limit
     * lands within that of 0.6 (plus the spacing of 1,000 samples, under 0.01).
     */
    @Test
    void recoversTheThresholdBelowWhichAReformFailsToBeatTheBaseline() {
        double[][] x = inputs(1);
        double[][] value = new double[SAMPLES][];
        for (int s = 0; s < SAMPLES; s++) {
            value[s] = new double[] {0.6, x[s][0]};
        }
        Robustness r = Robustness.of(value, 0, +1, 1e-9, 0.95);
        boolean[] fails = new boolean[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            fails[s] = r.options().get(1).effects()[s] < 1e-9;
        }
        List<Prim.Box> trajectory = Prim.peel(x, fails, Prim.ALPHA, Prim.MIN_MASS);
        Prim.Box box = Prim.chosen(trajectory);
        assertEquals(1, box.limits().size(), "only the input that decides is restricted: " + box.limits());
        Prim.Limit limit = box.limits().get(0);
        assertEquals(0, limit.input());
        assertEquals(Double.NEGATIVE_INFINITY, limit.low());
        assertEquals(0.6, limit.high(), Prim.ALPHA * 0.6 + 0.01);
        assertTrue(box.coverage() > 0.9 && box.density() > 0.9, box.toString());
        assertTrue(limit.quasiP() < 1e-6, "the limit is no artefact: " + limit.quasiP());
        // The trajectory starts with the whole space and ends in a box holding only failures.
        assertEquals(1, trajectory.get(0).mass());
        assertEquals(1, trajectory.get(trajectory.size() - 1).density());
    }

    /** Failure in a corner of two inputs (input 0 above 0.7 and input 2 below 0.4): both limits, nothing on input 1. */
    @Test
    void recoversABoxOfTwoLimitsAndLeavesTheInertInputFree() {
        double[][] x = inputs(2);
        boolean[] fails = new boolean[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            fails[s] = x[s][0] > 0.7 && x[s][2] < 0.4;
        }
        Prim.Box box = Prim.chosen(Prim.peel(x, fails, Prim.ALPHA, Prim.MIN_MASS));
        assertEquals(List.of(0, 2), box.limits().stream().map(Prim.Limit::input).toList(), box.toString());
        // Each limit is within one peel of its threshold: ALPHA of the box's extent along the input.
        assertEquals(0.7, box.limits().get(0).low(), Prim.ALPHA * 1.0 + 0.01);
        assertEquals(0.4, box.limits().get(1).high(), Prim.ALPHA * 1.0 + 0.01);
        assertTrue(box.coverage() > 0.8 && box.density() > 0.8, box.toString());
        box.limits().forEach(l -> assertTrue(l.quasiP() < 1e-6, l.toString()));
    }

    /** A limit the sample does not support is dropped from the box shown; the real one stays. */
    @Test
    void aSimplifiedBoxKeepsOnlyTheLimitsTheSampleSupports() {
        double[][] x = inputs(5);
        boolean[] fails = new boolean[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            fails[s] = x[s][0] < 0.4;
        }
        // The true limit, and a spurious one on input 2 that cuts off a tenth of the space.
        Prim.Box box = new Prim.Box(7, 0, 0, 0, 0, 0, List.of(new Prim.Limit(0, Double.NEGATIVE_INFINITY, 0.4, 0),
                new Prim.Limit(2, Double.NEGATIVE_INFINITY, 0.9, 0.5)));
        Prim.Box shown = Prim.simplified(x, fails, box, 0.05);
        assertEquals(List.of(0), shown.limits().stream().map(Prim.Limit::input).toList(), shown.toString());
        assertEquals(1, shown.density());
        assertEquals(1, shown.coverage());
        assertEquals(7, shown.step());
        assertTrue(shown.limits().get(0).quasiP() < 1e-6);
    }

    @Test
    void noSampleOfInterestGivesOnlyTheWholeSpace() {
        List<Prim.Box> trajectory = Prim.peel(inputs(3), new boolean[SAMPLES], Prim.ALPHA, Prim.MIN_MASS);
        assertEquals(1, trajectory.size());
        assertTrue(trajectory.get(0).limits().isEmpty());
    }

    @Test
    void peelingStopsAtTheSmallestMass() {
        double[][] x = inputs(4);
        boolean[] fails = new boolean[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            fails[s] = x[s][1] < 0.05; // rarer than the smallest box
        }
        List<Prim.Box> trajectory = Prim.peel(x, fails, Prim.ALPHA, Prim.MIN_MASS);
        trajectory.forEach(b -> assertTrue(b.mass() >= Prim.MIN_MASS, b.toString()));
        assertTrue(trajectory.size() > 10, "it peels down to the smallest box: " + trajectory.size());
    }
}
