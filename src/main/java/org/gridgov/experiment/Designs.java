package org.gridgov.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ec.util.MersenneTwisterFast;
import org.gridgov.report.Num;
import org.gridgov.rng.RandomStreams;
import org.gridgov.stats.LatinHypercube;

/** The design points of factorial and Latin hypercube designs, as parameter path to value text. */
final class Designs {

    /** A parameter of a Latin hypercube: drawn from [min, max], rounded to whole numbers if asked. */
    record Range(String path, double min, double max, boolean whole) {
    }

    private Designs() {
    }

    /** Every combination of the factors' levels; the first factor varies slowest, like nested loops. */
    static List<Map<String, String>> factorial(Map<String, List<String>> factors) {
        List<Map<String, String>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> factor : factors.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> point : points) {
                for (String level : factor.getValue()) {
                    Map<String, String> p = new LinkedHashMap<>(point);
                    p.put(factor.getKey(), level);
                    next.add(p);
                }
            }
            points = next;
        }
        return points;
    }

    /**
     * {@code samples} points of a Latin hypercube: each parameter's range is cut into {@code samples}
     * equal strata, each stratum is used exactly once, in an order shuffled independently per parameter,
     * and the value is drawn uniformly within its stratum. A whole-number parameter uses strata of
     * [min, max + 1) and rounds down. The draws come from the stream "latin-hypercube" of the seed, so the
     * same file and seed give the same points.
     */
    static List<Map<String, String>> latinHypercube(List<Range> ranges, int samples, long seed) {
        double[][] u = unitLatinHypercube(ranges.size(), samples, seed);
        List<Map<String, String>> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            Map<String, String> point = new LinkedHashMap<>();
            for (int j = 0; j < ranges.size(); j++) {
                Range r = ranges.get(j);
                double width = r.whole() ? r.max() - r.min() + 1 : r.max() - r.min();
                double x = r.min() + u[i][j] * width;
                point.put(r.path(), r.whole() ? Num.format(Math.min(r.max(), Math.floor(x))) : Num.format(Math.min(r.max(), x)));
            }
            points.add(point);
        }
        return points;
    }

    /**
     * A Latin hypercube on the unit cube, u[sample][dimension]: each dimension's strata [i/n, (i+1)/n) used once,
     * in an order shuffled per dimension, the point uniform within its stratum; from the stream "latin-hypercube"
     * of the seed, dimension by dimension.
     */
    static double[][] unitLatinHypercube(int dimensions, int samples, long seed) {
        return LatinHypercube.unit(dimensions, samples, new RandomStreams(seed, 0).stream("latin-hypercube"));
    }
}
