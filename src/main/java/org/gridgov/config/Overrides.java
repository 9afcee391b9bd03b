package org.gridgov.config;

import java.util.List;
import java.util.Map;

/** Applies command-line overrides such as {@code city.residents=200000} to an input tree. */
public final class Overrides {

    private Overrides() {
    }

    /**
     * Applies each {@code dotted.key.path=VALUE} in turn. VALUE is one YAML flow value (text, a
     * number, {@code [a, b]}, {@code {k: v}}) read with the same limits as a file; it is layered over
     * the input like a file would be ({@link Merge#over}): a mapping merges into a mapping, an empty
     * value or {@code ~} removes the key, anything else replaces. Missing mappings along the path
     * are created. A malformed assignment, a path through a value or a list, or a bad VALUE is a
     * problem located at the assignment, and that assignment is skipped. An unknown key is not a
     * problem here: the {@link Section} that reads the result reports it, with a suggestion.
     */
    public static MapNode apply(MapNode base, List<String> assignments, ReadContext ctx) {
        MapNode result = base;
        for (String assignment : assignments) {
            result = apply(result, assignment, ctx);
        }
        return result;
    }

    private static MapNode apply(MapNode base, String assignment, ReadContext ctx) {
        Source source = Source.override(assignment);
        int equals = assignment.indexOf('=');
        if (equals < 0) {
            ctx.report(source, "", null, "must have the form key.path=value");
            return base;
        }
        String path = assignment.substring(0, equals).strip();
        String[] keys = path.split("\\.", -1);
        for (String key : keys) {
            if (key.isBlank()) {
                ctx.report(source, "", null, path.isEmpty()
                        ? "must have the form key.path=value" : "empty key in the path '" + path + "'");
                return base;
            }
        }
        MapNode map = base;
        for (int i = 0; i < keys.length - 1; i++) {
            Node next = map.get(keys[i]);
            if (next == null || ScalarNode.isNull(next)) {
                break;
            }
            if (!(next instanceof MapNode nextMap)) {
                String through = String.join(".", List.of(keys).subList(0, i + 1));
                String kind = next instanceof ListNode ? "a list" : "a single value";
                ctx.report(source, path, null, "cannot set: '" + through + "' is " + kind
                        + ", not a mapping (" + next.source().describe() + ")");
                return base;
            }
            map = nextMap;
        }
        int problemsBefore = ctx.problems().size();
        Node value = YamlTree.parseValue(assignment.substring(equals + 1), source, equals + 1, path, ctx);
        if (value == null || ctx.problems().size() > problemsBefore) {
            return base;
        }
        return set(base, keys, 0, value, source);
    }

    private static MapNode set(MapNode map, String[] keys, int i, Node value, Source source) {
        if (i == keys.length - 1) {
            return Merge.over(map, new MapNode(Map.of(keys[i], value), map.source()));
        }
        Node child = map.get(keys[i]);
        MapNode childMap = child instanceof MapNode m ? m : MapNode.empty(source);
        return map.with(keys[i], set(childMap, keys, i + 1, value, source));
    }
}
