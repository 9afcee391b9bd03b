package org.gridgov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Factorial designs list every combination in order; Latin hypercubes use every stratum once, reproducibly. */
class DesignsTest {

    @Test
    void factorialListsEveryCombinationFirstFactorSlowest() {
        Map<String, List<String>> factors = new LinkedHashMap<>();
        factors.put("a", List.of("1", "2"));
        factors.put("b", List.of("x", "y", "z"));
        List<Map<String, String>> points = Designs.factorial(factors);
        assertEquals(6, points.size());
        assertEquals(Map.of("a", "1", "b", "x"), points.get(0));
        assertEquals(Map.of("a", "1", "b", "z"), points.get(2));
        assertEquals(Map.of("a", "2", "b", "x"), points.get(3));
    }

    @Test
    void latinHypercubeUsesEachStratumOfEachRangeExactlyOnce() {
        int n = 40;
        List<Designs.Range> ranges = List.of(new Designs.Range("share", 0.1, 0.5, false),
                new Designs.Range("households", 300, 750, true));
        List<Map<String, String>> points = Designs.latinHypercube(ranges, n, 7);
        assertEquals(n, points.size());
        for (Designs.Range r : ranges) {
            Set<Integer> strata = new TreeSet<>();
            double width = (r.whole() ? r.max() + 1 - r.min() : r.max() - r.min()) / n;
            for (Map<String, String> p : points) {
                double x = Double.parseDouble(p.get(r.path()));
                assertTrue(x >= r.min() && x <= r.max(), x + " outside " + r);
                if (r.whole()) {
                    assertEquals(Math.rint(x), x, 0);
                } else {
                    strata.add((int) Math.floor((x - r.min()) / width));
                }
            }
            if (!r.whole()) {
                assertEquals(n, strata.size(), "every stratum once");
            }
        }
        assertEquals(points, Designs.latinHypercube(ranges, n, 7));
        assertNotEquals(points, Designs.latinHypercube(ranges, n, 8));
    }
}
