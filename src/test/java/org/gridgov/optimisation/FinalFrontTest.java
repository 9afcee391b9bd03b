package org.gridgov.optimisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ec.util.MersenneTwisterFast;
import org.gridgov.sizing.Target;
import org.gridgov.stats.moea.Nsga2;
import org.junit.jupiter.api.Test;

/**
 * The final front's judgement on its fresh runs, on made-up runs with noise: a point another beats by far on both
 * objectives is dropped; a point beaten by less than the noise can show in 20 runs is kept (no confidence); a point
 * that trades one objective for the other is kept; a point whose constraint metric lies far below its bound is
 * dropped, and beats no point that meets the constraint. Runs share part of their noise across points (common
 * random numbers), as the model's do; each point has noise of its own besides.
 */
class FinalFrontTest {

    @Test
    void dropsOnlyWhatTheFreshRunsShowWithConfidence() {
        OptimisationPlan plan = new OptimisationPlan("t", "", "", "", "", List.of(), List.of(),
                List.of(new Objective("cost_per_year", true), new Objective("mean_trust_end", false)),
                List.of(new Target("resolution_rate", true, 0.95, "resolution_rate>=0.95")), Double.NaN, 4, 0, 2, 0, 20,
                1, 10, 1, List.of());
        // cost, trust, closure: A; B better than A by 10 noise units on both; C like A; D cheaper but less trusted
        // than B; E better than B on both, with closure of 0.5; F better than D by a thousandth of the noise.
        double[][] means = {{100, 0.5, 0.99}, {90, 0.6, 0.99}, {100, 0.5, 0.99}, {80, 0.3, 0.99}, {89, 0.61, 0.5},
            {79.9995, 0.300005, 0.99}};
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        double[][] common = new double[20][3];
        for (double[] r : common) {
            r[0] = random.nextGaussian();
            r[1] = 0.01 * random.nextGaussian();
            r[2] = 0.001 * random.nextGaussian();
        }
        List<Nsga2.Candidate> front = new ArrayList<>();
        List<double[][]> finals = new ArrayList<>();
        for (int i = 0; i < means.length; i++) {
            front.add(new Nsga2.Candidate(i, 0, new double[0]));
            double[][] runs = new double[20][3];
            for (int r = 0; r < 20; r++) {
                runs[r][0] = means[i][0] + common[r][0] + 0.5 * random.nextGaussian();
                runs[r][1] = means[i][1] + common[r][1] + 0.005 * random.nextGaussian();
                runs[r][2] = means[i][2] + common[r][2];
            }
            finals.add(runs);
        }
        OptimisationResult result = new OptimisationResult(plan, new Nsga2.Result(List.of(), List.of(), List.of()),
                Map.of(), Map.of(), front, finals, 100);
        List<OptimisationResult.FinalPoint> points = result.finalPoints();
        assertEquals(List.of(1), points.get(0).dominatedBy(), "A is beaten by B (E misses the constraint)");
        assertEquals(List.of(), points.get(1).dominatedBy(), "B is beaten by no one that meets the constraint");
        assertEquals(List.of(1), points.get(2).dominatedBy(), "C, like A, is beaten by B");
        assertEquals(List.of(), points.get(3).dominatedBy(), "D trades trust for cost; F beats it within the noise");
        assertEquals(List.of("resolution_rate>=0.95"), points.get(4).failed());
        assertEquals(List.of(), points.get(5).dominatedBy());
        assertEquals(List.of(false, true, false, true, false, true), points.stream()
                .map(OptimisationResult.FinalPoint::kept).toList());
    }
}
