package org.gridgov.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns YAML text into a {@link Node} tree with SnakeYAML's composer (its node graph, never Java
 * objects), reporting every syntax, limit and safety problem to a {@link ReadContext}.
 */
final class YamlTree {

    /** Largest input, in bytes of a file or characters of a string. */
    static final int MAX_SIZE = 1 << 20;
    /** Aliases of mappings or lists (which could otherwise multiply a small file into a huge tree). */
    static final int MAX_ALIASES = 10;
    /** Levels below the top-level mapping; SnakeYAML counts keys as well as values. */
    static final int MAX_DEPTH = 20;

    /** The explicit tags allowed on a single value; a mapping may only be tagged !!map, a list !!seq. */
    private static final Set<String> SCALAR_TAGS = Set.of(
            Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(), Tag.BOOL.getValue(), Tag.NULL.getValue());

    private final IntFunction<Source> at;
    private final int firstLineColumns;
    private final ReadContext ctx;
    /** Explicit tags as written, by SnakeYAML node; absent means the tag was resolved implicitly. */
    private final Map<org.yaml.snakeyaml.nodes.Node, String> explicitTags = new IdentityHashMap<>();
    /** Converted nodes, so that an alias shares its anchor's subtree instead of copying it. */
    private final Map<org.yaml.snakeyaml.nodes.Node, Node> converted = new IdentityHashMap<>();
    /** Collections being converted, to catch an alias inside its own anchor. */
    private final Set<org.yaml.snakeyaml.nodes.Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private TrackingParser tracker;

    private YamlTree(IntFunction<Source> at, int firstLineColumns, ReadContext ctx) {
        this.at = at;
        this.firstLineColumns = firstLineColumns;
        this.ctx = ctx;
    }

    /**
     * Parses one YAML document of a file.
     *
     * @param at the source of a 1-based line (0: the whole file)
     * @return the tree; a null scalar for an empty document; null if the text could not be parsed
     */
    static Node parse(String text, IntFunction<Source> at, ReadContext ctx) {
        return new YamlTree(at, 0, ctx).parse(text, false, "");
    }

    /**
     * Parses a one-line value such as the right-hand side of an override; a block mapping or list
     * is refused, so that {@code a: b} is not silently a mapping.
     *
     * @param source where every node and problem is located
     * @param column the value's 0-based column in the text that {@code source} shows
     * @param path   the key path the value goes to, for problems inside it
     * @return the tree; a null scalar for an empty value; null if the text could not be parsed
     */
    static Node parseValue(String text, Source source, int column, String path, ReadContext ctx) {
        return new YamlTree(line -> source, column, ctx).parse(text, true, path);
    }

    private Node parse(String text, boolean flowOnly, String path) {
        if (text.length() > MAX_SIZE) {
            ctx.report(at.apply(0), "", null, "too large; the limit is 1 MiB");
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false); // the composer does not check; convertMap() does
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_SIZE);
        options.setAllowRecursiveKeys(false);
        // Nothing is ever constructed from a tag, and convert() refuses non-core tags with a better message.
        options.setTagInspector(tag -> true);
        tracker = new TrackingParser(new ParserImpl(new StreamReader(new StringReader(text)), options));
        Composer composer = new TagRecordingComposer(tracker, options);
        org.yaml.snakeyaml.nodes.Node root;
        try {
            if (!composer.checkNode()) {
                return new ScalarNode("", false, true, at.apply(1));
            }
            root = composer.getNode();
            if (composer.checkNode()) {
                ctx.report(at.apply(tracker.peekEvent().getStartMark().getLine() + 1), "", null,
                        "only one YAML document is allowed, and a second one starts here");
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Mark start = e.getContextMark();
            // The context matters when the trouble began on an earlier line, e.g. an unclosed quote.
            String context = e.getContext() == null || start == null || mark == null || start.getLine() == mark.getLine()
                    ? "" : " (" + oneLine(e.getContext()) + " started at line " + (start.getLine() + 1)
                            + ", column " + column(start) + ")";
            report(mark, "syntax error", oneLine(e.getProblem()) + context);
            return null;
        } catch (ReaderException e) {
            String character = String.format("U+%04X", e.getCodePoint());
            report(markAt(text, e.getPosition()), "syntax error", "character " + character + " is not allowed");
            return null;
        } catch (YAMLException e) {
            reportLimit(e);
            return null;
        }
        if (flowOnly && root instanceof CollectionNode<?> c && c.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
            ctx.report(at.apply(1), path, null, "must be one value: text, [a, b] or {key: value}");
            return null;
        }
        return convert(root, path, null);
    }

    /** The composer's limits throw without a place; the last event read is where it stopped. */
    private void reportLimit(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Number of aliases")) {
            report(tracker.lastMark(), "too many aliases", "more than " + MAX_ALIASES + " aliases of mappings or lists");
        } else if (message.startsWith("Nesting Depth")) {
            report(tracker.lastMark(), "nested too deeply", "more than " + MAX_DEPTH + " levels");
        } else if (message.contains("exceeds the limit")) {
            ctx.report(at.apply(0), "", null, "too large; the limit is 1 MiB");
        } else {
            report(tracker.lastMark(), "cannot read YAML", oneLine(message));
        }
    }

    private Node convert(org.yaml.snakeyaml.nodes.Node node, String path, Source keySource) {
        Node done = converted.get(node);
        if (done != null) {
            return done;
        }
        Source source = at.apply(node.getStartMark().getLine() + 1);
        if (!open.add(node)) {
            ctx.report(source, path, null, "an alias refers to a mapping or list that contains it");
            return new ScalarNode("", false, true, source);
        }
        Node result;
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode s) {
            result = convertScalar(s, path, source);
        } else if (node instanceof SequenceNode s) {
            checkTag(s, Tag.SEQ, path, source);
            List<Node> items = new ArrayList<>();
            for (org.yaml.snakeyaml.nodes.Node item : s.getValue()) {
                items.add(convert(item, path + "[" + items.size() + "]", null));
            }
            result = new ListNode(items, keySource != null ? keySource : source);
        } else {
            result = convertMap((MappingNode) node, path, keySource != null ? keySource : source);
        }
        open.remove(node);
        converted.put(node, result);
        return result;
    }

    private Node convertScalar(org.yaml.snakeyaml.nodes.ScalarNode s, String path, Source source) {
        String tag = explicitTags.get(s);
        if (tag != null && !SCALAR_TAGS.contains(tag)) {
            refuseTag(tag, "a single value", path, source);
        }
        boolean quoted = !s.isPlain() || Tag.STR.getValue().equals(tag);
        boolean isNull = tag != null ? Tag.NULL.getValue().equals(tag) : Tag.NULL.equals(s.getTag());
        return new ScalarNode(s.getValue(), quoted, isNull, source);
    }

    private MapNode convertMap(MappingNode m, String path, Source source) {
        checkTag(m, Tag.MAP, path, source);
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Source> firstSeen = new LinkedHashMap<>();
        for (NodeTuple tuple : m.getValue()) {
            org.yaml.snakeyaml.nodes.Node keyNode = tuple.getKeyNode();
            Source keySource = at.apply(keyNode.getStartMark().getLine() + 1);
            String key = key(keyNode, path, keySource);
            if (key == null) {
                continue;
            }
            String keyPath = path.isEmpty() ? key : path + "." + key;
            Source first = firstSeen.putIfAbsent(key, keySource);
            if (first != null) {
                String where = first.line() > 0 ? "; first written at line " + first.line() : "";
                ctx.report(keySource, keyPath, null, "duplicate key" + where);
                continue;
            }
            entries.put(key, convert(tuple.getValueNode(), keyPath, keySource));
        }
        return new MapNode(entries, source);
    }

    /** The text of a mapping key, or null (reported) if it is not a usable key. */
    private String key(org.yaml.snakeyaml.nodes.Node keyNode, String path, Source source) {
        if (!(keyNode instanceof org.yaml.snakeyaml.nodes.ScalarNode)) {
            String kind = keyNode instanceof MappingNode ? "a mapping" : "a list";
            ctx.report(source, path, null, "a key must be text, not " + kind);
            return null;
        }
        ScalarNode key = (ScalarNode) convert(keyNode, path, null);
        if (key.isNull()) {
            ctx.report(source, path, null, "a key is missing before ':'");
            return null;
        }
        if (Tag.MERGE.equals(keyNode.getTag()) && !key.quoted()) {
            ctx.report(source, path.isEmpty() ? "<<" : path + ".<<", null,
                    "merge keys are not allowed; write the keys out in full");
            return null;
        }
        return key.text();
    }

    private void checkTag(org.yaml.snakeyaml.nodes.Node node, Tag allowed, String path, Source source) {
        String tag = explicitTags.get(node);
        if (tag != null && !tag.equals(allowed.getValue())) {
            refuseTag(tag, allowed == Tag.MAP ? "a mapping" : "a list", path, source);
        }
    }

    private void refuseTag(String tag, String kind, String path, Source source) {
        boolean core = SCALAR_TAGS.contains(tag) || tag.equals(Tag.MAP.getValue()) || tag.equals(Tag.SEQ.getValue());
        String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
        ctx.report(source, path, null, core
                ? "tag " + shown + " does not fit " + kind
                : "tags are not allowed (found " + shown + ")");
    }

    /** Reports "what at column C: detail" at the mark's line. */
    private void report(Mark mark, String what, String detail) {
        if (mark == null) {
            ctx.report(at.apply(0), "", null, what + ": " + detail);
        } else {
            ctx.report(at.apply(mark.getLine() + 1), "", null, what + " at column " + column(mark) + ": " + detail);
        }
    }

    private int column(Mark mark) {
        return mark.getColumn() + 1 + (mark.getLine() == 0 ? firstLineColumns : 0);
    }

    /** A mark for a code point offset, counting lines and columns the way SnakeYAML does. */
    private static Mark markAt(String text, int codePointOffset) {
        int line = 0;
        int column = 0;
        int index = 0;
        for (int i = 0; i < codePointOffset && index < text.length(); i++) {
            int c = text.codePointAt(index);
            index += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new Mark("", index, line, column, new int[0], 0);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Remembers each node's explicit tag, which the composer does not keep apart from resolved ones. */
    private final class TagRecordingComposer extends Composer {

        TagRecordingComposer(Parser parser, LoaderOptions options) {
            super(parser, new Resolver(), options);
        }

        @Override
        protected org.yaml.snakeyaml.nodes.Node composeScalarNode(String anchor, List<CommentLine> comments) {
            String tag = ((ScalarEvent) parser.peekEvent()).getTag();
            return remember(super.composeScalarNode(anchor, comments), tag);
        }

        @Override
        protected org.yaml.snakeyaml.nodes.Node composeSequenceNode(String anchor) {
            String tag = ((CollectionStartEvent) parser.peekEvent()).getTag();
            return remember(super.composeSequenceNode(anchor), tag);
        }

        @Override
        protected org.yaml.snakeyaml.nodes.Node composeMappingNode(String anchor) {
            String tag = ((CollectionStartEvent) parser.peekEvent()).getTag();
            return remember(super.composeMappingNode(anchor), tag);
        }

        private org.yaml.snakeyaml.nodes.Node remember(org.yaml.snakeyaml.nodes.Node node, String tag) {
            if (tag != null && !tag.equals("!")) { // "!" only means "not a plain scalar"
                explicitTags.put(node, tag);
            }
            return node;
        }
    }

    /** A parser that remembers the last event handed out, to place errors that come without a mark. */
    private static final class TrackingParser implements Parser {

        private final Parser parser;
        private Event last;

        TrackingParser(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            Event e = parser.peekEvent();
            last = e != null ? e : last;
            return e;
        }

        @Override
        public Event getEvent() {
            Event e = parser.getEvent();
            last = e != null ? e : last;
            return e;
        }

        Mark lastMark() {
            return last == null ? null : last.getStartMark();
        }
    }
}
