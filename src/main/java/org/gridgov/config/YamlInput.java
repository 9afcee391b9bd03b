package org.gridgov.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a YAML input file into a {@link MapNode}, safely: UTF-8, at most 1 MiB, at most 10 aliases
 * of mappings or lists, at most 20 levels below the top, one document whose top level is a mapping,
 * no tags but YAML's core ones ({@code !!str !!int !!float !!bool !!null !!map !!seq}), no merge
 * keys ({@code <<}), no duplicate or non-text keys.
 *
 * <p>Never throws for bad input: every problem goes to the {@link ReadContext} with file and line,
 * and an empty or partial mapping is returned. A syntax error or a broken limit is one problem and
 * ends the reading of that file; the other problems (tags, keys...) are all collected. An empty
 * file is an empty mapping.
 */
public final class YamlInput {

    private YamlInput() {
    }

    /** Reads a file; the file name in problems is {@code file} as given. */
    public static MapNode parseFile(Path file, ReadContext ctx) {
        byte[] bytes = readFile(file, ctx);
        return bytes == null ? MapNode.empty(new Source(file.toString(), 0)) : parseBytes(bytes, file.toString(), ctx);
    }

    /** "file not found", with the folder a relative path was looked for in (the working directory). */
    public static String notFound(Path file) {
        return file.isAbsolute() ? NOT_FOUND
                : NOT_FOUND + " (looked for in the working directory, " + Path.of("").toAbsolutePath() + ")";
    }

    /** The start of every file-not-found message. */
    public static final String NOT_FOUND = "file not found";

    /**
     * The bytes of an input file, read once (a pipe or FIFO can be read only once), up to one byte over the
     * limit; null when it cannot be read, the problem reported.
     */
    public static byte[] readFile(Path file, ReadContext ctx) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            failed(name, "is a directory, not a file", ctx);
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(YamlTree.MAX_SIZE + 1);
        } catch (NoSuchFileException e) {
            failed(name, notFound(file), ctx);
        } catch (AccessDeniedException e) {
            failed(name, "cannot read the file: permission denied", ctx);
        } catch (IOException e) {
            failed(name, "cannot read the file: " + e.getMessage(), ctx);
        }
        return null;
    }

    /**
     * Reads a resource from the class path, such as built-in defaults.
     *
     * @param classpathPath an absolute resource path, e.g. {@code /org/gridgov/scenario/defaults.yaml};
     *                      it is also the file name in problems
     */
    public static MapNode parseResource(String classpathPath, ReadContext ctx) {
        String absolute = classpathPath.startsWith("/") ? classpathPath : "/" + classpathPath;
        try (InputStream in = YamlInput.class.getResourceAsStream(absolute)) {
            if (in == null) {
                return failed(classpathPath, "file not found", ctx);
            }
            return parseBytes(in.readNBytes(YamlTree.MAX_SIZE + 1), classpathPath, ctx);
        } catch (IOException e) {
            return failed(classpathPath, "cannot read the file: " + e.getMessage(), ctx);
        }
    }

    /** Reads YAML text; {@code fileName} names it in problems. */
    public static MapNode parseString(String text, String fileName, ReadContext ctx) {
        // A byte order mark is legal at the start of a file but would otherwise become part of the first key.
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Node root = YamlTree.parse(body, line -> new Source(fileName, line), ctx);
        if (root == null) {
            return MapNode.empty(new Source(fileName, 1));
        }
        if (root instanceof MapNode map) {
            return map;
        }
        if (!ScalarNode.isNull(root)) {
            String kind = root instanceof ListNode ? "a list" : "a single value";
            ctx.report(root.source(), "", null, "the top level must be a mapping of keys to values, not " + kind);
        }
        return MapNode.empty(new Source(fileName, 1));
    }

    /** Reads the bytes of a file read by {@link #readFile}; {@code name} names it in problems. */
    public static MapNode parseBytes(byte[] bytes, String name, ReadContext ctx) {
        if (bytes.length > YamlTree.MAX_SIZE) {
            return failed(name, "too large; the limit is 1 MiB", ctx);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            ctx.report(new Source(name, line), "", null, "not UTF-8 text; save the file as UTF-8");
            return MapNode.empty(new Source(name, 1));
        }
        decoder.flush(out);
        return parseString(out.flip().toString(), name, ctx);
    }

    private static MapNode failed(String name, String message, ReadContext ctx) {
        ctx.report(new Source(name, 0), "", null, message);
        return MapNode.empty(new Source(name, 0));
    }
}
