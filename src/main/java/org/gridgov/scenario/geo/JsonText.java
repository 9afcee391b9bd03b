package org.gridgov.scenario.geo;

import java.util.Map;

import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ScalarNode;

/** A parsed JSON value written back as compact JSON, numbers exactly as the file wrote them. */
final class JsonText {
    private JsonText() {
    }

    static String of(Node node) {
        StringBuilder b = new StringBuilder();
        write(node, b);
        return b.toString();
    }

    private static void write(Node node, StringBuilder b) {
        if (node instanceof MapNode m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Node> e : m.entries().entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(e.getKey(), b);
                b.append(':');
                write(e.getValue(), b);
            }
            b.append('}');
        } else if (node instanceof ListNode l) {
            b.append('[');
            for (int i = 0; i < l.items().size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(l.items().get(i), b);
            }
            b.append(']');
        } else {
            ScalarNode s = (ScalarNode) node;
            if (s.quoted()) {
                string(s.text(), b);
            } else {
                b.append(s.isNull() ? "null" : s.text());
            }
        }
    }

    /** A JSON string literal. */
    static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
