package org.gridgov.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The search on known, noiseless response surfaces: it finds the smallest passing count from above and from
 * below in a number of evaluations that grows with the logarithm of the distance, reports failure at the upper
 * bound, and sizes several groups coordinate-wise to a staffing no single group can cut.
 */
class StaffingSearchTest {

    private static final StaffGroup A = StaffGroup.GRID_WORKERS;
    private static final StaffGroup B = StaffGroup.department("b");

    /** Every replication gives the same value, so the bounds are the value itself. */
    private static Evaluator surface(ToDoubleFunction<Staffing> load, List<Staffing> asked) {
        return s -> {
            asked.add(s);
            double v = load.applyAsDouble(s);
            return new Evaluation(s, List.of(Map.of("load", v), Map.of("load", v)));
        };
    }

    private static Map<StaffGroup, List<Integer>> ladders(int max, StaffGroup... groups) {
        Map<StaffGroup, List<Integer>> l = new LinkedHashMap<>();
        for (StaffGroup g : groups) {
            l.put(g, IntStream.rangeClosed(1, max).boxed().toList());
        }
        return l;
    }

    private static SizingResult search(ToDoubleFunction<Staffing> load, double target, int max, Staffing start,
            List<Staffing> asked) throws Exception {
        Target t = Target.parse("load<=" + target);
        return new StaffingSearch(surface(load, asked), List.of(t), 0.95,
                ladders(max, start.groups().toArray(new StaffGroup[0])), (e, ok) -> { }).run(start);
    }

    @Test
    void findsTheSmallestPassingCountFromBelowAndFromAbove() throws Exception {
        // load = 100 / n <= 3 first holds at n = 34.
        for (int start : new int[] {1, 5, 33, 34, 35, 200, 1000}) {
            List<Staffing> asked = new ArrayList<>();
            SizingResult r = search(s -> 100.0 / s.count(A), 3, 1000, new Staffing(Map.of(A, start)), asked);
            assertTrue(r.feasible());
            assertEquals(34, r.recommended().count(A), "from " + start);
            assertEquals(33, r.stepBelow().get(A).staffing().count(A));
            assertFalse(r.meets(r.stepBelow().get(A)));
            // The first step is about sqrt(start); each step doubles, then bisection halves the bracket.
            int distance = Math.max(Math.abs(start - 34), (int) Math.ceil(Math.sqrt(start))) + 1;
            int bound = 2 * (int) Math.ceil(Math.log(distance) / Math.log(2)) + 3;
            assertTrue(asked.size() <= bound, asked.size() + " evaluations from " + start + ", expected at most " + bound);
            assertEquals(asked.size(), asked.stream().distinct().count(), "no staffing is simulated twice");
        }
    }

    @Test
    void aTargetMetAtTheLowerBoundRecommendsItWithNothingBelow() throws Exception {
        SizingResult r = search(s -> 1, 3, 50, new Staffing(Map.of(A, 20)), new ArrayList<>());
        assertTrue(r.feasible());
        assertEquals(1, r.recommended().count(A));
        assertTrue(r.stepBelow().isEmpty());
    }

    @Test
    void aTargetMissedAtTheUpperBoundIsInfeasibleThere() throws Exception {
        SizingResult r = search(s -> 100.0 / s.count(A), 3, 20, new Staffing(Map.of(A, 4)), new ArrayList<>());
        assertFalse(r.feasible());
        assertEquals(20, r.recommended().count(A));
        SizingResult.Miss miss = r.misses(r.atRecommended()).get(0);
        assertEquals(5.0, miss.bound(), 1e-12);
        assertEquals(2.0, miss.shortfall(), 1e-12);
    }

    @Test
    void severalGroupsAreSizedUntilNoSingleGroupCanBeCut() throws Exception {
        // load = 60 / a + 30 / b <= 3: one group's need depends on the other's count.
        ToDoubleFunction<Staffing> load = s -> 60.0 / s.count(A) + 30.0 / s.count(B);
        Map<StaffGroup, Integer> start = new LinkedHashMap<>();
        start.put(A, 2);
        start.put(B, 2);
        SizingResult r = search(load, 3, 200, new Staffing(start), new ArrayList<>());
        assertTrue(r.feasible());
        Staffing rec = r.recommended();
        assertTrue(load.applyAsDouble(rec) <= 3);
        for (StaffGroup g : List.of(A, B)) {
            Staffing cut = rec.with(g, rec.count(g) - 1);
            assertTrue(load.applyAsDouble(cut) > 3, "cutting " + g.key() + " from " + rec.label() + " still meets");
            assertEquals(cut, r.stepBelow().get(g).staffing());
        }
        assertTrue(r.passes() >= 2, "a pass that changed something is followed by one that checks");
        // Along each group, the frontier holds only staffings that keep the other group at its recommendation.
        for (Evaluation e : r.frontier(A)) {
            assertEquals(rec.count(B), e.staffing().count(B));
        }
    }

    @Test
    void severalGroupsMissingAtTheirBoundsAreInfeasible() throws Exception {
        ToDoubleFunction<Staffing> load = s -> 60.0 / s.count(A) + 30.0 / s.count(B);
        Map<StaffGroup, Integer> start = new LinkedHashMap<>();
        start.put(A, 2);
        start.put(B, 2);
        SizingResult r = search(load, 3, 15, new Staffing(start), new ArrayList<>());
        assertFalse(r.feasible());
        assertEquals(15, r.recommended().count(A));
        assertEquals(15, r.recommended().count(B));
    }
}
