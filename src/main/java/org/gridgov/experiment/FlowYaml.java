package org.gridgov.experiment;

import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ScalarNode;

/**
 * Writes an input value back as one line of flow YAML, the form a {@code --set key.path=value} override
 * takes, so that an experiment's overrides are checked and applied exactly like command-line ones.
 */
final class FlowYaml {
    /** Plain text that reads back the same inside a flow collection. */
    private static final Pattern PLAIN = Pattern.compile("(?!- )[A-Za-z0-9_.+(\\-][A-Za-z0-9_.+\\-()=/ ]*(?<! )");

    private FlowYaml() {
    }

    static String render(Node node) {
        if (node instanceof ScalarNode s) {
            if (s.isNull()) {
                return "~";
            }
            // Quoting keeps text text: a quoted value is never read as a number.
            return !s.quoted() && PLAIN.matcher(s.text()).matches() ? s.text() : quote(s.text());
        }
        if (node instanceof ListNode l) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            l.items().forEach(item -> j.add(render(item)));
            return j.toString();
        }
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (Map.Entry<String, Node> e : ((MapNode) node).entries().entrySet()) {
            String key = PLAIN.matcher(e.getKey()).matches() ? e.getKey() : quote(e.getKey());
            j.add(key + ": " + render(e.getValue()));
        }
        return j.toString();
    }

    /** YAML double-quoted text; the escapes used are those JSON shares with YAML. */
    private static String quote(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
