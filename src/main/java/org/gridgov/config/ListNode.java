package org.gridgov.config;

import java.util.List;
import java.util.Objects;

/**
 * A YAML sequence.
 *
 * @param items  the items in file order (copied; unmodifiable)
 * @param source where the list was written: for a list under a key, the key's line
 */
public record ListNode(List<Node> items, Source source) implements Node {

    public ListNode {
        items = List.copyOf(items);
        Objects.requireNonNull(source, "source");
    }
}
