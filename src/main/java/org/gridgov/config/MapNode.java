package org.gridgov.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A YAML mapping: text keys to nodes, in the order written.
 *
 * @param entries the entries in file order (copied; unmodifiable)
 * @param source  where the mapping was written: for a mapping under a key, the key's line
 */
public record MapNode(Map<String, Node> entries, Source source) implements Node {

    public MapNode {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        Objects.requireNonNull(source, "source");
    }

    /** An empty mapping. */
    public static MapNode empty(Source source) {
        return new MapNode(Map.of(), source);
    }

    /** The node under {@code key}, or null when the key is absent. */
    public Node get(String key) {
        return entries.get(key);
    }

    /** A copy with {@code key} set to {@code value}: an existing key keeps its place, a new one goes last. */
    MapNode with(String key, Node value) {
        Map<String, Node> copy = new LinkedHashMap<>(entries);
        copy.put(key, value);
        return new MapNode(copy, source);
    }
}
