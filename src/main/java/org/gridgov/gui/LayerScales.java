package org.gridgov.gui;

import java.util.EnumMap;
import java.util.Map;

import org.gridgov.model.GridCell;

/**
 * The colour range of every map layer during one run. Counts that change start at 0 to 5 and only grow
 * (to a round number), so a colour keeps its meaning as the run goes on; households span the city's
 * smallest to largest cell; rates and hours have fixed ranges.
 */
final class LayerScales {
    private static final double FIRST_COUNT_MAX = 5;

    private volatile Map<MapLayer, ScaleRange> ranges;

    LayerScales(LiveRun run) {
        Map<MapLayer, ScaleRange> r = new EnumMap<>(MapLayer.class);
        r.put(MapLayer.OPEN_CASES, new ScaleRange(0, FIRST_COUNT_MAX));
        r.put(MapLayer.LATENT_ISSUES, new ScaleRange(0, FIRST_COUNT_MAX));
        r.put(MapLayer.PATROL_GAP, new ScaleRange(0, MapLayer.PATROL_GAP_MAX_HOURS));
        r.put(MapLayer.WORKER_LOAD, new ScaleRange(0, 1));
        r.put(MapLayer.TRUST, new ScaleRange(0, 1));
        r.put(MapLayer.HOUSEHOLDS, spread(run, MapLayer.HOUSEHOLDS));
        ranges = r;
    }

    private static ScaleRange spread(LiveRun run, MapLayer layer) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (GridCell c : run.model().city().cells()) {
            double v = layer.value(run, c);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double lo = ScaleRange.niceFloor(min, max - min);
        double hi = lo + ScaleRange.niceCeiling(max - lo);
        return new ScaleRange(lo, hi);
    }

    ScaleRange range(MapLayer layer) {
        return ranges.get(layer);
    }

    /** Widens the ranges of changing counts to the largest value now on the map; call once a day. */
    void grow(LiveRun run) {
        Map<MapLayer, ScaleRange> next = new EnumMap<>(ranges);
        for (MapLayer layer : new MapLayer[] {MapLayer.OPEN_CASES, MapLayer.LATENT_ISSUES}) {
            double max = 0;
            for (GridCell c : run.model().city().cells()) {
                max = Math.max(max, layer.value(run, c));
            }
            if (max > next.get(layer).hi()) {
                next.put(layer, new ScaleRange(0, ScaleRange.niceCeiling(max)));
            }
        }
        ranges = next;
    }
}
