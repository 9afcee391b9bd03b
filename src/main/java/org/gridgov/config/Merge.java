package org.gridgov.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Layers one input tree over another, e.g. a user's scenario over the built-in defaults. */
public final class Merge {

    private Merge() {
    }

    /**
     * Deep merge of {@code top} over {@code base}. For each key of {@code top}: a null value removes
     * the key; a mapping over a mapping merges recursively; anything else replaces. Keys keep
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
            } else {
                out.put(key, value);
            }
        });
        return new MapNode(out, top.source());
    }
}
