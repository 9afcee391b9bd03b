package org.gridgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The model core ({@code org.gridgov.model} and its subpackages, {@code org.gridgov.rng},
 * {@code org.gridgov.queueing}) depends on nothing that does input or output, talks to a user or draws:
 * no file or network I/O, no command line, no GUI or charts, no reports, experiments, observers or
 * config parsing. It takes its parameters as the scenario records, never from the scenario reader.
 *
 * <p>Checked on the sources, after removing comments and string literals: every import and every fully
 * qualified name in code counts, so a dependency cannot hide behind {@code java.nio.file.Files.x(...)}
 * without an import.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<String> CORE = List.of("org.gridgov.model", "org.gridgov.rng", "org.gridgov.queueing");

    /** Name prefixes the core must not use, by what they stand for. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "I/O", List.of("java.io.", "java.nio.file.", "java.net.", "org.yaml.", "org.gridgov.config."),
            "CLI", List.of("picocli.", "org.gridgov.cli."),
            "GUI", List.of("java.awt.", "javax.swing.", "sim.display.", "sim.portrayal.", "org.jfree.",
                    "org.gridgov.gui."),
            "observers, runs, reports and experiments", List.of("org.gridgov.report.", "org.gridgov.experiment.",
                    "org.gridgov.observe.", "org.gridgov.run."));

    /** java.io's one type that is about objects, not I/O. */
    private static final String SERIALIZABLE = "java.io.Serializable";

    /** Scenario records that are about loading, not about the system being simulated. */
    private static final List<String> LOADER_TYPES = List.of("LoadedScenario", "ScenarioSource");

    private static final Pattern QUALIFIED = Pattern.compile("\\b[a-z][a-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)+(?:\\.\\*)?");

    @Test
    void coreUsesNoIoCliGuiReportOrExperimentCode() throws IOException {
        Map<String, String> sources = coreSources();
        assertTrue(sources.size() >= 30, "core sources not found under " + SOURCES.toAbsolutePath());
        List<String> violations = new ArrayList<>();
        sources.forEach((file, text) -> violations.addAll(forbiddenUses(file, text)));
        assertEquals(List.of(), violations);
    }

    @Test
    void coreUsesOnlyTheScenarioRecords() throws IOException {
        List<String> violations = new ArrayList<>();
        int uses = 0;
        for (Map.Entry<String, String> e : coreSources().entrySet()) {
            for (String name : qualifiedNames(e.getValue())) {
                if (!name.startsWith("org.gridgov.scenario.")) {
                    continue;
                }
                uses++;
                String simple = name.substring("org.gridgov.scenario.".length()).split("\\.")[0];
                if (simple.equals("*")) {
                    violations.add(e.getKey() + ": wildcard import of org.gridgov.scenario");
                    continue;
                }
                Class<?> type = load("org.gridgov.scenario." + simple);
                if (!(type.isRecord() || type.isEnum()) || LOADER_TYPES.contains(simple)) {
                    violations.add(e.getKey() + ": uses " + type.getName());
                }
            }
        }
        assertTrue(uses > 5, "the model should be using the scenario records");
        assertEquals(List.of(), violations);
    }

    @Test
    void randomStreamsAndQueueingFormulasDependOnNothingElseInGridgov() throws IOException {
        List<String> violations = new ArrayList<>();
        coreSources().forEach((file, text) -> {
            String own = file.startsWith("org/gridgov/rng/") ? "org.gridgov.rng"
                    : file.startsWith("org/gridgov/queueing/") ? "org.gridgov.queueing" : null;
            if (own == null) {
                return;
            }
            for (String name : qualifiedNames(text)) {
                if (name.startsWith("org.gridgov.") && !name.equals(own) && !name.startsWith(own + ".")) {
                    violations.add(file + ": " + name);
                }
            }
        });
        assertEquals(List.of(), violations);
    }

    /** The checks above can fail: a source with hidden dependencies is caught, comments and strings are not. */
    @Test
    void checkerFindsImportsAndQualifiedNamesButNotCommentsOrStrings() {
        String source = """
                package org.gridgov.model;

                import java.io.File;
                import java.io.Serializable;
                import javax.swing.*;
                // import java.awt.Color;
                /* java.net.URI in a comment */
                final class Sneaky implements java.io.Serializable {
                    String text = "java.nio.file.Path in a string";
                    char quote = '"';
                    String block = \"""
                        org.gridgov.report.RunReport in a text block
                        \""";
                    Object read() throws Exception {
                        return java.nio.file.Files.readString(null) + org.gridgov.cli.Main.class.getName();
                    }
                }
                """;
        assertEquals(List.of(
                "Sneaky.java uses I/O: java.io.File",
                "Sneaky.java uses GUI: javax.swing.*",
                "Sneaky.java uses I/O: java.nio.file.Files.readString",
                "Sneaky.java uses CLI: org.gridgov.cli.Main.class.getName"), forbiddenUses("Sneaky.java", source));
    }

    private static List<String> forbiddenUses(String file, String source) {
        List<String> found = new ArrayList<>();
        for (String name : qualifiedNames(source)) {
            if (name.equals(SERIALIZABLE)) {
                continue;
            }
            FORBIDDEN.forEach((what, prefixes) -> {
                if (prefixes.stream().anyMatch(name::startsWith)) {
                    found.add(file + " uses " + what + ": " + name);
                }
            });
        }
        return found;
    }

    /** Dotted names starting with a lower-case package-like segment, in code (not comments or literals). */
    private static List<String> qualifiedNames(String source) {
        List<String> names = new ArrayList<>();
        Matcher m = QUALIFIED.matcher(codeOnly(source));
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    /** The source with comments, string, text-block and character literals blanked out. */
    static String codeOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int next;
            if (s.startsWith("//", i)) {
                next = s.indexOf('\n', i);
                next = next < 0 ? s.length() : next;
            } else if (s.startsWith("/*", i)) {
                next = after(s, "*/", i + 2);
            } else if (s.startsWith("\"\"\"", i)) {
                next = after(s, "\"\"\"", i + 3);
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i);
                next = i + 1;
                while (next < s.length() && s.charAt(next) != quote) {
                    next += s.charAt(next) == '\\' ? 2 : 1;
                }
                next = Math.min(next + 1, s.length());
            } else {
                out.append(s.charAt(i++));
                continue;
            }
            out.append(' ');
            i = next;
        }
        return out.toString();
    }

    /** The index just past the first {@code end} at or after {@code from}, or the text's length. */
    private static int after(String s, String end, int from) {
        int at = s.indexOf(end, from);
        return at < 0 ? s.length() : at + end.length();
    }

    /** Core sources by path relative to the source root, e.g. {@code org/gridgov/model/Issue.java}. */
    private static Map<String, String> coreSources() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        for (String pkg : CORE) {
            Path dir = SOURCES.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    sources.put(SOURCES.relativize(f).toString().replace('\\', '/'), Files.readString(f));
                }
            }
        }
        return sources;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no class " + name, e);
        }
    }
}
