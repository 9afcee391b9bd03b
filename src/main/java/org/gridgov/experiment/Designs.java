package org.gridgov.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ec.util.MersenneTwisterFast;
import org.gridgov.report.Num;
import org.gridgov.rng.RandomStreams;

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
        MersenneTwisterFast random = new RandomStreams(seed, 0).stream("latin-hypercube");
        List<Map<String, String>> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            points.add(new LinkedHashMap<>());
        }
        for (Range r : ranges) {
            int[] order = new int[samples];
            for (int i = 0; i < samples; i++) {
                order[i] = i;
            }
            for (int i = samples - 1; i > 0; i--) { // Fisher-Yates
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double width = r.whole() ? r.max() - r.min() + 1 : r.max() - r.min();
            for (int i = 0; i < samples; i++) {
                double x = r.min() + (order[i] + random.nextDouble()) / samples * width;
                String text = r.whole() ? Num.format(Math.min(r.max(), Math.floor(x))) : Num.format(Math.min(r.max(), x));
                points.get(i).put(r.path(), text);
            }
        }
        return points;
    }
}
