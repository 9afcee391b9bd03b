package org.gridgov.stats.moea;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The hypervolume of a set of points (objectives to minimise) with respect to a reference point: the volume of the
 * region they dominate and the reference bounds (Zitzler and Thiele 1998). Exact, by slicing along the last
 * objective and recursing (While et al. 2006): fine for the few objectives and the fronts of a hundred or so points
 * an optimisation here has. Points not strictly better than the reference in every objective add nothing.
 */
public final class Hypervolume {

    private Hypervolume() {
    }

    public static double of(List<double[]> points, double[] reference) {
        List<double[]> inside = new ArrayList<>();
        for (double[] p : points) {
            boolean below = true;
            for (int k = 0; k < reference.length; k++) {
                below &= p[k] < reference[k];
            }
            if (below) {
                inside.add(p);
            }
        }
        return volume(inside, reference, reference.length);
    }

    private static double volume(List<double[]> points, double[] ref, int d) {
        if (points.isEmpty()) {
            return 0;
        }
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(p -> p[d - 1]));
        if (d == 1) {
            return ref[0] - sorted.get(0)[0];
        }
        if (d == 2) {
            double area = 0;
            double lowest = ref[1];
            sorted.sort(Comparator.comparingDouble((double[] p) -> p[0]).thenComparingDouble(p -> p[1]));
            for (double[] p : sorted) {
                if (p[1] < lowest) {
                    area += (ref[0] - p[0]) * (lowest - p[1]);
                    lowest = p[1];
                }
            }
            return area;
        }
        double total = 0;
        for (int i = 0; i < sorted.size(); i++) {
            double next = i + 1 < sorted.size() ? sorted.get(i + 1)[d - 1] : ref[d - 1];
            double depth = next - sorted.get(i)[d - 1];
            if (depth > 0) {
                total += volume(sorted.subList(0, i + 1), ref, d - 1) * depth;
            }
        }
        return total;
    }
}
