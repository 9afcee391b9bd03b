package org.gridgov.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * Reads a JSON file written by gridgov (an experiment's {@code journal/plan.json}) into the same tree as
 * {@link YamlInput}, so that {@link Section} checks it and reports problems with file and line. Jackson does
 * the parsing (its streaming parser, which knows the line of every value), strictly: a duplicate key, text after the value or anything that is not JSON is a problem.
 *
 * <p>Never throws for bad input: the problem goes to the {@link ReadContext} and an empty mapping is returned.
 */
public final class JsonInput {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonInput() {
    }

    /** Reads a file whose top level must be an object; the file name in problems is {@code file} as given. */
    public static MapNode parseFile(Path file, ReadContext ctx) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(name, 0, "file not found", ctx);
        } catch (IOException e) {
            return failed(name, 0, "cannot read the file: " + e.getMessage(), ctx);
        }
        return parseBytes(bytes, name, ctx);
    }

    /** Reads a file's bytes, already read, whose top level must be an object; {@code name} is used in problems. */
    public static MapNode parseBytes(byte[] bytes, String name, ReadContext ctx) {
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return failed(name, line(p), "the top level must be a JSON object", ctx);
            }
            MapNode root = (MapNode) value(p, name);
            if (p.nextToken() != null) {
                return failed(name, line(p), "text after the JSON object", ctx);
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? Math.max(0, e.getLocation().getLineNr()) : 0;
            return failed(name, line, "not valid JSON: " + e.getOriginalMessage(), ctx);
        } catch (IOException e) {
            return failed(name, 0, "cannot read the file: " + e.getMessage(), ctx);
        }
    }

    /** The value at the parser's current token, with the line it starts on. */
    private static Node value(JsonParser p, String name) throws IOException {
        Source at = new Source(name, line(p));
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    entries.put(key, value(p, name));
                }
                return new MapNode(entries, at);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, name));
                }
                return new ListNode(items, at);
            }
            case VALUE_STRING:
                return new ScalarNode(p.getText(), true, false, at);
            case VALUE_NULL:
                return new ScalarNode("null", false, true, at);
            default:
                // Numbers as written (no rounding through a double), true and false.
                return new ScalarNode(p.getText(), false, false, at);
        }
    }

    private static int line(JsonParser p) {
        return Math.max(0, p.currentTokenLocation().getLineNr());
    }

    private static MapNode failed(String name, int line, String message, ReadContext ctx) {
        ctx.report(new Source(name, line), "", null, message);
        return MapNode.empty(new Source(name, line));
    }
}
