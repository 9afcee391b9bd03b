package org.gridgov.experiment;

import java.util.Map;

import org.gridgov.config.MapNode;
import org.gridgov.config.Node;

/**
 * Writes an input tree as YAML that a person can read and edit: mappings in block style, one key a line and
 * indented by two spaces; lists and scalars as one line of flow YAML ({@link FlowYaml}), which reads back the same.
 */
public final class BlockYaml {

    private BlockYaml() {
    }

    public static String render(MapNode root) {
        StringBuilder b = new StringBuilder();
        write(root, "", b);
        return b.toString();
    }

    private static void write(MapNode map, String indent, StringBuilder b) {
        for (Map.Entry<String, Node> e : map.entries().entrySet()) {
            String key = FlowYaml.render(new org.gridgov.config.ScalarNode(e.getKey(), false, false, map.source()));
            if (e.getValue() instanceof MapNode inner && !inner.entries().isEmpty()) {
                b.append(indent).append(key).append(":\n");
                write(inner, indent + "  ", b);
            } else {
                b.append(indent).append(key).append(": ").append(FlowYaml.render(e.getValue())).append('\n');
            }
        }
    }
}
