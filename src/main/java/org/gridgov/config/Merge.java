package org.gridgov.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Layers one input tree over another, e.g. a user's scenario over the built-in defaults. */
public final class Merge {

    private Merge() {
    }

    /** The keys of a schedule (a value that changes during a run) that hold its values before and after. */
    public static final String FROM = "from";
    public static final String TO = "to";

    /**
     * Deep merge of {@code top} over {@code base}. For each key of {@code top}: a null value removes
     * the key; a mapping over a mapping merges recursively; a mapping over a single value is a schedule
     * that changes that value (docs/ODD.md 6), which starts from it if it gives no {@code from}, or else
     * ends at it if it gives no {@code to}; anything else replaces. Keys keep
     * {@code base}'s order, new keys follow in {@code top}'s order. Nodes keep their sources, so a
     * problem points at the file that supplied the value; a merged mapping takes {@code top}'s.
     */
    public static MapNode over(MapNode base, MapNode top) {
        Map<String, Node> out = new LinkedHashMap<>(base.entries());
        top.entries().forEach((key, value) -> {
            Node under = out.get(key);
            if (ScalarNode.isNull(value)) {
                out.remove(key);
            } else if (value instanceof MapNode map && under instanceof MapNode underMap) {
                out.put(key, over(underMap, map));
            } else if (value instanceof MapNode schedule && under instanceof ScalarNode was && !was.isNull()) {
                out.put(key, replacing(schedule, was));
            } else {
                out.put(key, value);
            }
        });
        return new MapNode(out, top.source());
    }

    /** A schedule laid over the value it changes: that value fills the end it leaves open. */
    private static MapNode replacing(MapNode schedule, ScalarNode was) {
        String open = !schedule.entries().containsKey(FROM) ? FROM : !schedule.entries().containsKey(TO) ? TO : null;
        return open == null ? schedule : schedule.with(open, was);
    }
}
