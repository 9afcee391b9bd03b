package org.gridgov.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gridgov.text.HumanNum;

/**
 * Reads and checks the values of one mapping of the input, found at a key path.
 *
 * <p>Getters never throw for bad input. They report a {@link Problem} to the {@link ReadContext}
 * (saying what is allowed) and return a harmless placeholder (usually the minimum), so that reading
 * goes on and every problem is reported at once; call {@link ReadContext#throwIfProblems()} before
 * using the values. A missing or null value is a problem too, located at the mapping. Values read
 * successfully are recorded in the context ({@link ReadContext#resolved()}).
 *
 * <p>When a mapping is missing, {@link #section} reports it once and returns an empty section that
 * reports nothing, so one missing mapping does not bury the user in one problem per key.
 *
 * <p>Call {@link #finish()} when done: keys present but never read are reported as unknown. Finishing
 * a section finishes every section opened from it, so finishing the root is enough.
 */
public final class Section {

    /** Decimal numbers as YAML 1.1 writes them (underscores between digits), plus exponents as in 1e5. */
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9][0-9_]*)([eE][-+]?[0-9]+)?");
    private static final Set<String> YAML11_TRUE = Set.of("y", "yes", "on", "true");
    private static final Set<String> YAML11_FALSE = Set.of("n", "no", "off", "false");

    private final MapNode node;
    private final String path;
    private final ReadContext ctx;
    /** True for the empty stand-in of a missing mapping: its problems were already reported once. */
    private final boolean silent;
    private final Set<String> read = new LinkedHashSet<>();
    /** Sections opened from this one, by key. */
    private final Map<String, Section> children = new LinkedHashMap<>();
    private boolean finished;

    private Section(MapNode node, String path, ReadContext ctx, boolean silent) {
        this.node = node;
        this.path = path;
        this.ctx = ctx;
        this.silent = silent;
    }

    /** A reader over the top-level mapping of the input. */
    public static Section root(MapNode node, ReadContext ctx) {
        return new Section(node, "", ctx, false);
    }

    /**
     * A reader over a mapping found where no getter reaches, such as an item of a list of mappings;
     * {@code path} names it in problems, e.g. {@code scenarios[2]}. Finish it yourself.
     */
    public static Section at(MapNode node, String path, ReadContext ctx) {
        return new Section(node, path, ctx, false);
    }

    /**
     * The value under {@code key} as written, or null, for structures no getter reads (a list of
     * mappings, a value passed on as text); counts as reading the key.
     */
    public Node node(String key) {
        touch(key);
        return node.get(key);
    }

    /** The dotted key path of this mapping; "" at the top. */
    public String path() {
        return path;
    }

    /** Where this mapping was written. */
    public Source source() {
        return node.source();
    }

    /** The keys present, in file order. */
    public Set<String> keys() {
        return node.entries().keySet();
    }

    /** True if {@code key} is present with a non-null value. Does not count as reading it. */
    public boolean has(String key) {
        Node value = node.get(key);
        return value != null && !ScalarNode.isNull(value);
    }

    /** A whole number from {@code min} to {@code max}; placeholder {@code min}. */
    public int integer(String key, int min, int max) {
        return (int) longInteger(key, min, max);
    }

    /**
     * A whole number from {@code min} to {@code max}, written as in {@code 250}, {@code 1_000_000} or
     * {@code 2e5}; not {@code 2.5}, not quoted. Placeholder {@code min}.
     */
    public long longInteger(String key, long min, long max) {
        String expected = "a whole number from " + min + " to " + max;
        ScalarNode value = scalar(key, expected);
        if (value == null) {
            return min;
        }
        Long parsed = value.quoted() ? null : parseWhole(value.text());
        if (parsed == null || parsed < min || parsed > max) {
            refuse(key, value, expected + unquoteHint(value));
            return min;
        }
        accept(key, Long.toString(parsed), value);
        return parsed;
    }

    /** A finite number from {@code min} to {@code max}, both included; placeholder {@code min}. */
    public double number(String key, double min, double max) {
        return decimal(key, min, max, false, "a number from " + HumanNum.exact(min) + " to " + HumanNum.exact(max));
    }

    /** A finite number greater than 0 and at most {@code max}; placeholder {@code max}. */
    public double positive(String key, double max) {
        return decimal(key, 0, max, true, "a number greater than 0 and at most " + HumanNum.exact(max));
    }

    private double decimal(String key, double min, double max, boolean minExcluded, String expected) {
        double placeholder = minExcluded ? max : min;
        ScalarNode value = scalar(key, expected);
        if (value == null) {
            return placeholder;
        }
        double parsed = value.quoted() || !NUMBER.matcher(value.text()).matches()
                ? Double.NaN : Double.parseDouble(value.text().replace("_", "")) + 0.0; // + 0.0 turns -0 into 0
        boolean fits = parsed >= min && parsed <= max && !(minExcluded && parsed == min); // false for NaN
        if (!fits) {
            refuse(key, value, expected + unquoteHint(value));
            return placeholder;
        }
        accept(key, HumanNum.exact(parsed), value);
        return parsed;
    }

    /** {@code true} or {@code false}, unquoted; YAML 1.1's {@code yes}, {@code on}... are refused. Placeholder false. */
    public boolean flag(String key) {
        String expected = "true or false";
        ScalarNode value = scalar(key, expected);
        if (value == null) {
            return false;
        }
        String text = value.text();
        if (!value.quoted() && (text.equals("true") || text.equals("false"))) {
            accept(key, text, value);
            return text.equals("true");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String hint = value.quoted() ? unquoteHint(value)
                : YAML11_TRUE.contains(lower) ? " (write true, not " + text + ")"
                : YAML11_FALSE.contains(lower) ? " (write false, not " + text + ")"
                : "";
        refuse(key, value, expected + hint);
        return false;
    }

    /**
     * A constant of {@code type}, written as its name in lower case ({@code WORKING_HOURS} is
     * {@code working_hours}). Placeholder: the first constant.
     */
    public <E extends Enum<E>> E choice(String key, Class<E> type) {
        Map<String, E> byName = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            byName.put(constant.name().toLowerCase(Locale.ROOT), constant);
        }
        String chosen = pick(key, byName.keySet());
        return chosen == null ? type.getEnumConstants()[0] : byName.get(chosen);
    }

    /** One of {@code allowed}, exactly as listed. Placeholder: the first allowed value, or "". */
    public String oneOf(String key, Collection<String> allowed) {
        String chosen = pick(key, allowed);
        return chosen != null ? chosen : allowed.stream().findFirst().orElse("");
    }

    private String pick(String key, Collection<String> allowed) {
        String expected = allowed.isEmpty() ? "one of (none defined)" : "one of " + String.join(", ", allowed);
        ScalarNode value = scalar(key, expected);
        if (value == null) {
            return null;
        }
        if (allowed.contains(value.text())) {
            accept(key, value.text(), value);
            return value.text();
        }
        String hint = DidYouMean.closest(value.text(), allowed).map(c -> "; did you mean '" + c + "'?").orElse("");
        refuse(key, value, expected + hint);
        return null;
    }

    /** Non-blank text, quoted or not. Placeholder "". */
    public String text(String key) {
        String expected = "non-empty text";
        ScalarNode value = scalar(key, expected);
        if (value == null) {
            return "";
        }
        if (value.text().isBlank()) {
            refuse(key, value, expected);
            return "";
        }
        accept(key, value.text(), value);
        return value.text();
    }

    /** Like {@link #text}, but a missing or null value gives {@code def} (which may be null). */
    public String optionalText(String key, String def) {
        if (has(key)) {
            return text(key);
        }
        touch(key);
        if (def != null && !silent) {
            ctx.resolve(pathOf(key), def, Source.BUILTIN);
        }
        return def;
    }

    /**
     * The mapping under {@code key}; if there is none, an empty section that reports nothing.
     * Asking again for the same key gives the same section.
     */
    public Section section(String key) {
        return child(key, "a mapping");
    }

    /**
     * A mapping of names to mappings, such as named case types, in file order. An entry whose value
     * is not a mapping is reported and left out.
     */
    public Map<String, Section> entries(String key) {
        // The names are data, not keys: they are read through a section of their own, which finish() reaches.
        Section names = child(key, "a mapping of names to mappings");
        Map<String, Section> entries = new LinkedHashMap<>();
        for (String name : names.keys()) {
            Section entry = names.section(name);
            if (!entry.silent) {
                entries.put(name, entry);
            }
        }
        return entries;
    }

    /** A list of non-blank texts. Placeholder: the texts that are fine. */
    public List<String> texts(String key) {
        String expected = "a list of texts";
        touch(key);
        Node value = node.get(key);
        if (!(value instanceof ListNode list)) {
            wrongKind(key, value, expected);
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        List<Node> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = pathOf(key) + "[" + i + "]";
            Node item = items.get(i);
            if (item instanceof ScalarNode s && !s.isNull() && !s.text().isBlank()) {
                texts.add(s.text());
            } else if (item instanceof ScalarNode s) {
                report(item, itemPath, s.isNull() ? null : written(s), "must be non-empty text");
            } else {
                report(item, itemPath, null, "found " + kind(item) + "; must be non-empty text");
            }
        }
        if (!silent) {
            ctx.resolve(pathOf(key), texts.stream().collect(Collectors.joining(", ", "[", "]")), list.source());
        }
        return texts;
    }

    /**
     * A list of whole numbers from {@code min} to {@code max}, such as the days {@code [365, 545]}. Placeholder:
     * the numbers that are fine.
     */
    public List<Long> integers(String key, long min, long max) {
        String expected = "a whole number from " + min + " to " + max;
        touch(key);
        Node value = node.get(key);
        if (!(value instanceof ListNode list)) {
            wrongKind(key, value, "a list of whole numbers from " + min + " to " + max);
            return List.of();
        }
        List<Long> numbers = new ArrayList<>();
        List<Node> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = pathOf(key) + "[" + i + "]";
            Node item = items.get(i);
            Long parsed = item instanceof ScalarNode s && !s.isNull() && !s.quoted() ? parseWhole(s.text()) : null;
            if (parsed != null && parsed >= min && parsed <= max) {
                numbers.add(parsed);
            } else if (item instanceof ScalarNode s) {
                report(item, itemPath, s.isNull() ? null : written(s), "must be " + expected + unquoteHint(s));
            } else {
                report(item, itemPath, null, "found " + kind(item) + "; must be " + expected);
            }
        }
        if (!silent) {
            ctx.resolve(pathOf(key), numbers.toString(), list.source());
        }
        return numbers;
    }

    /**
     * Reports a problem found by the caller, such as one value that must not exceed another. It is
     * located at the value under {@code key}, or at this mapping if there is none.
     */
    public void problem(String key, String message) {
        Node value = node.get(key);
        String shown = value instanceof ScalarNode s && !s.isNull() ? written(s) : null;
        report(value != null ? value : node, pathOf(key), shown, message);
    }

    /**
     * Reports every key present here but never read as unknown, suggesting the closest key that was
     * read; then finishes every section opened from this one. Reading from a finished section is a
     * programming error. Finishing twice does nothing.
     */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        for (Map.Entry<String, Node> entry : node.entries().entrySet()) {
            String key = entry.getKey();
            if (!read.contains(key)) {
                String hint = DidYouMean.closest(key, read).map(c -> "did you mean '" + c + "'?")
                        .orElseGet(() -> read.isEmpty() ? "no keys are allowed here"
                                : "allowed here: " + String.join(", ", read.stream().sorted().toList()));
                report(entry.getValue(), pathOf(key), null, "unknown key; " + hint);
            }
        }
        children.values().forEach(Section::finish);
    }

    // ---- helpers

    /** Marks {@code key} as read. */
    private void touch(String key) {
        if (finished) {
            throw new IllegalStateException("section '" + path + "' is finished; '" + key + "' was read too late");
        }
        read.add(key);
    }

    /** The section for the mapping under {@code key}, made (and any problem reported) on first use. */
    private Section child(String key, String expected) {
        touch(key);
        Section known = children.get(key);
        if (known != null) {
            return known;
        }
        Node value = node.get(key);
        Section child = value instanceof MapNode map
                ? new Section(map, pathOf(key), ctx, silent)
                : new Section(MapNode.empty(node.source()), pathOf(key), ctx, true);
        if (!(value instanceof MapNode)) {
            wrongKind(key, value, expected);
        }
        children.put(key, child);
        return child;
    }

    /** The scalar under {@code key}, or null after reporting why there is none. */
    private ScalarNode scalar(String key, String expected) {
        touch(key);
        Node value = node.get(key);
        if (value instanceof ScalarNode s && !s.isNull()) {
            return s;
        }
        wrongKind(key, value, expected);
        return null;
    }

    /** Reports a value that is missing, null, or of the wrong kind. */
    private void wrongKind(String key, Node value, String expected) {
        if (value == null || ScalarNode.isNull(value)) {
            report(value != null ? value : node, pathOf(key), null, "missing; must be " + expected);
        } else if (value instanceof ScalarNode s) {
            report(value, pathOf(key), written(s), "must be " + expected);
        } else {
            report(value, pathOf(key), null, "found " + kind(value) + "; must be " + expected);
        }
    }

    private void refuse(String key, ScalarNode value, String expected) {
        report(value, pathOf(key), written(value), "must be " + expected);
    }

    private void accept(String key, String value, ScalarNode from) {
        if (!silent) {
            ctx.resolve(pathOf(key), value, from.source());
        }
    }

    private void report(Node at, String problemPath, String value, String message) {
        if (!silent) {
            ctx.report(at.source(), problemPath, value, message);
        }
    }

    private String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String unquoteHint(ScalarNode value) {
        return value.quoted() ? ", written without quotes" : "";
    }

    /** The value as written: in quotes if it was quoted. */
    private static String written(ScalarNode value) {
        return value.quoted() ? Problem.quote(value.text()) : value.text();
    }

    private static String kind(Node node) {
        return node instanceof MapNode ? "a mapping" : node instanceof ListNode ? "a list" : "a single value";
    }

    /** A whole number written in decimal (1_000, 2e5, 3.0), or null. */
    private static Long parseWhole(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace("_", "")).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null; // a fraction, beyond the range of long, or an absurd exponent
        }
    }
}
