package org.gridgov.report;

import java.util.List;
import java.util.Map;

/**
 * Renders maps, lists, strings, numbers and booleans as pretty-printed JSON with keys in insertion order.
 * Whole-number types (int, long, BigInteger) are written exactly, every digit; other numbers use
 * {@link Num#format}; NaN becomes null.
 */
public final class Json {
    private Json() {
    }

    public static String render(Object value) {
        StringBuilder sb = new StringBuilder();
        render(value, sb, 0);
        return sb.append('\n').toString();
    }

    private static void render(Object value, StringBuilder sb, int depth) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String) {
            string((String) value, sb);
        } else if (value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte || value instanceof java.math.BigInteger) {
            sb.append(value); // exactly: a seed of 2^53 + 1 must not pass through a double
        } else if (value instanceof Number) {
            double d = ((Number) value).doubleValue();
            sb.append(Double.isNaN(d) || Double.isInfinite(d) ? "null" : Num.format(d));
        } else if (value instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) value;
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                indent(sb, depth + 1);
                string(String.valueOf(e.getKey()), sb);
                sb.append(": ");
                render(e.getValue(), sb, depth + 1);
                sb.append(++i < map.size() ? ",\n" : "\n");
            }
            indent(sb, depth);
            sb.append('}');
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                indent(sb, depth + 1);
                render(list.get(i), sb, depth + 1);
                sb.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            indent(sb, depth);
            sb.append(']');
        } else {
            throw new IllegalArgumentException("cannot render " + value.getClass().getName() + " as JSON");
        }
    }

    private static void indent(StringBuilder sb, int depth) {
        for (int i = 0; i < depth; i++) {
            sb.append("  ");
        }
    }

    /** A JSON string literal of {@code s}. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder();
        string(s, sb);
        return sb.toString();
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
