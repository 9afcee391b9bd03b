package org.gridgov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlInputTest {

    @TempDir
    Path dir;

    /** The problems found reading {@code yaml}, formatted and sorted. */
    private static List<String> problems(String yaml) {
        ReadContext ctx = new ReadContext();
        YamlInput.parseString(yaml, "x.yaml", ctx);
        return formatted(ctx);
    }

    static List<String> formatted(ReadContext ctx) {
        return ctx.problems().stream().sorted(Problem.ORDER).map(Problem::format).toList();
    }

    private static MapNode parseClean(String yaml) {
        ReadContext ctx = new ReadContext();
        MapNode node = YamlInput.parseString(yaml, "x.yaml", ctx);
        assertEquals(List.of(), formatted(ctx));
        return node;
    }

    @Test
    void buildsATreeWithSourcesInFileOrder() {
        MapNode root = parseClean("""
                # comment
                zeta: 1
                alpha:
                  b: [x, 'y']
                  a: {k: ~}
                """);
        assertEquals(List.of("zeta", "alpha"), List.copyOf(root.entries().keySet()));
        assertEquals(new Source("x.yaml", 2), root.source());
        MapNode alpha = (MapNode) root.get("alpha");
        assertEquals(new Source("x.yaml", 3), alpha.source(), "a block mapping is located at its key");
        assertEquals(List.of("b", "a"), List.copyOf(alpha.entries().keySet()));
        ListNode b = (ListNode) alpha.get("b");
        assertEquals(new ScalarNode("x", false, false, new Source("x.yaml", 4)), b.items().get(0));
        assertEquals(new ScalarNode("y", true, false, new Source("x.yaml", 4)), b.items().get(1));
        assertEquals(new ScalarNode("~", false, true, new Source("x.yaml", 5)), ((MapNode) alpha.get("a")).get("k"));
    }

    @Test
    void scalarsKeepTextQuotingAndNull() {
        MapNode root = parseClean("""
                plain: 12
                single: '12'
                double: "12"
                literal: |
                  12
                str: !!str 12
                int: !!int 12
                tilde: ~
                word: null
                empty:
                nulltag: !!null ""
                """);
        assertEquals(List.of(false, true, true, true, true, false, false, false, false, true),
                root.entries().values().stream().map(n -> ((ScalarNode) n).quoted()).toList());
        assertEquals(List.of(false, false, false, false, false, false, true, true, true, true),
                root.entries().values().stream().map(n -> ((ScalarNode) n).isNull()).toList());
        assertEquals("12\n", ((ScalarNode) root.get("literal")).text());
    }

    @Test
    void anAliasSharesItsAnchorsValue() {
        MapNode root = parseClean("base: &b {x: 1}\ncopy: *b\nname: &n hello\nagain: *n\n");
        assertEquals(root.get("base"), root.get("copy"));
        assertEquals("hello", ((ScalarNode) root.get("again")).text());
    }

    @Test
    void emptyInputsAreEmptyMappings() {
        assertEquals(MapNode.empty(new Source("x.yaml", 1)), parseClean(""));
        assertEquals(Collections.emptyMap(), parseClean("# only a comment\n").entries());
        assertEquals(Collections.emptyMap(), parseClean("---\n").entries());
        assertEquals(Collections.emptyMap(), parseClean("\uFEFF").entries());
        assertEquals(List.of("a"), List.copyOf(parseClean("\uFEFFa: 1\n").entries().keySet()), "byte order mark skipped");
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        assertEquals(List.of("x.yaml:2: syntax error at column 5: mapping values are not allowed here"),
                problems("a: 1\nb: c: d\n"));
        assertEquals(List.of("x.yaml:3: syntax error at column 2: expected <block end>, but found '<block sequence start>'"
                        + " (while parsing a block mapping started at line 1, column 1)"),
                problems("a:\n  - x\n - y\n"));
        assertEquals(List.of("x.yaml:3: syntax error at column 1: found unexpected end of stream"
                        + " (while scanning a quoted scalar started at line 2, column 7)"),
                problems("a: 1\nname: 'unclosed\n"));
        assertEquals(List.of("x.yaml:1: syntax error at column 1: found character '\\t(TAB)' that cannot start any token."
                        + " (Do not use \\t(TAB) for indentation)"),
                problems("\ta: 1\n"));
        assertEquals(List.of("x.yaml:1: syntax error at column 4: found undefined alias nope"), problems("a: *nope\n"));
        assertEquals(List.of("x.yaml:2: syntax error at column 4: character U+0001 is not allowed"),
                problems("a: 1\nb: \u0001\n"));
    }

    @Test
    void duplicateKeysAreAllReported() {
        assertEquals(List.of(
                        "x.yaml:3: city.residents: duplicate key; first written at line 2",
                        "x.yaml:4: city.area.n: duplicate key; first written at line 4",
                        "x.yaml:5: city: duplicate key; first written at line 1"),
                problems("""
                        city:
                          residents: 5
                          residents: 6
                          area: {n: 1, n: 2}
                        city: {}
                        """));
    }

    @Test
    void aBillionLaughsFailsFast() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            String alias = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(", ", Collections.nCopies(9, alias)))
                    .append("]\n");
        }
        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(yaml.toString()));
        // Line 2 holds 9 aliases; the 11th is the second on line 3.
        assertEquals(List.of("x.yaml:3: too many aliases at column 12: more than 10 aliases of mappings or lists"), problems);
    }

    @Test
    void tenAliasesAreFine() {
        parseClean("a: &a [1]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c x\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n");
    }

    @Test
    void nestingIsLimitedToTwentyLevels() {
        // Levels below the top-level mapping, counting keys and values: the 1 is 20 levels down, then 21.
        parseClean("a: " + "[".repeat(19) + "1" + "]".repeat(19) + "\n");
        assertEquals(List.of("x.yaml:1: nested too deeply at column 24: more than 20 levels"),
                problems("a: " + "[".repeat(20) + "1" + "]".repeat(20) + "\n"));
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        // Key k20 is 21 levels down.
        assertEquals(List.of("x.yaml:21: nested too deeply at column 41: more than 20 levels"),
                problems(block + "  ".repeat(25) + "v: 1\n"));
        List<String> deep = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems("a: " + "[".repeat(500_000)));
        assertEquals(List.of("x.yaml:1: nested too deeply at column 24: more than 20 levels"), deep);
    }

    @Test
    void aRecursiveAliasIsRefused() {
        assertEquals(List.of("x.yaml:1: a[1]: an alias refers to a mapping or list that contains it"), problems("a: &r [1, *r]\n"));
        assertEquals(List.of("x.yaml:1: a key must be text, not a list"), problems("? &k [*k]\n: 1\n"));
    }

    @Test
    void tagsOtherThanTheCoreOnesAreRefused() {
        assertEquals(List.of(
                        "x.yaml:1: file: tags are not allowed (found !!java.io.File)",
                        "x.yaml:2: engine: tags are not allowed (found !!javax.script.ScriptEngineManager)",
                        "x.yaml:3: local: tags are not allowed (found !foo)",
                        "x.yaml:4: list: tags are not allowed (found !bar)",
                        "x.yaml:5: when: tags are not allowed (found !!timestamp)",
                        "x.yaml:6: wrong: tag !!seq does not fit a mapping",
                        "x.yaml:7: set: tags are not allowed (found !!set)"),
                problems("""
                        file: !!java.io.File /etc/passwd
                        engine: !<tag:yaml.org,2002:javax.script.ScriptEngineManager> [x]
                        local: !foo x
                        list: !bar [1]
                        when: !!timestamp 2024-01-01
                        wrong: !!seq {a: 1}
                        set: !!set {a}
                        ok: !!str 5
                        """));
        parseClean("a: !!int 1\nb: !!float 1.5\nc: !!bool true\nd: !!null ~\ne: !!map {}\nf: !!seq []\ng: !!str x\nh: 2024-01-01\n");
    }

    @Test
    void mergeKeysAreRefused() {
        assertEquals(List.of("x.yaml:3: city.<<: merge keys are not allowed; write the keys out in full"),
                problems("base: &b {residents: 5}\ncity:\n  <<: *b\n  size: 2\n"));
    }

    @Test
    void keysMustBeText() {
        assertEquals(List.of("x.yaml:1: a key must be text, not a list", "x.yaml:3: a key is missing before ':'",
                        "x.yaml:4: m: a key must be text, not a mapping"),
                problems("? [1]\n: 2\n~: 3\nm: {? {a: 1} : 2}\n"));
    }

    @Test
    void onlyOneDocument() {
        assertEquals(List.of("x.yaml:3: only one YAML document is allowed, and a second one starts here"),
                problems("a: 1\n\n---\nb: 2\n"));
        assertEquals(List.of("x.yaml:3: only one YAML document is allowed, and a second one starts here"),
                problems("---\na: 1\n---\n"));
    }

    @Test
    void theTopLevelMustBeAMapping() {
        assertEquals(List.of("x.yaml:2: the top level must be a mapping of keys to values, not a list"),
                problems("# list\n- a\n- b\n"));
        assertEquals(List.of("x.yaml:1: the top level must be a mapping of keys to values, not a single value"),
                problems("hello\n"));
    }

    @Test
    void problemsAfterParsingAreAllCollected() {
        assertEquals(List.of(
                        "x.yaml:1: a: tags are not allowed (found !foo)",
                        "x.yaml:4: b.c: duplicate key; first written at line 3",
                        "x.yaml:5: b.<<: merge keys are not allowed; write the keys out in full",
                        "x.yaml:6: d: tags are not allowed (found !!python/object)"),
                problems("a: !foo 1\nb:\n  c: 1\n  c: 2\n  <<: {}\nd: !!python/object x\n"));
    }

    @Test
    void fileNotFoundIsAProblemNotAnException() {
        ReadContext ctx = new ReadContext();
        MapNode node = YamlInput.parseFile(dir.resolve("missing.yaml"), ctx);
        assertTrue(node.entries().isEmpty());
        assertEquals(List.of(dir.resolve("missing.yaml") + ": file not found"), formatted(ctx));
        // A relative path says where it was looked for.
        ReadContext relative = new ReadContext();
        YamlInput.parseFile(java.nio.file.Path.of("no-such-folder/missing.yaml"), relative);
        assertEquals(List.of("no-such-folder/missing.yaml: file not found (looked for in the working directory, "
                + java.nio.file.Path.of("").toAbsolutePath() + ")"), formatted(relative));
        ReadContext ctx2 = new ReadContext();
        YamlInput.parseFile(dir, ctx2);
        assertEquals(List.of(dir + ": is a directory, not a file"), formatted(ctx2));
    }

    @Test
    void readsAFileAndNamesItAsGiven() throws IOException {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "a: 1\nb: [2\n");
        ReadContext ctx = new ReadContext();
        YamlInput.parseFile(file, ctx);
        assertEquals(List.of(file + ":3: syntax error at column 1: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence started at line 2, column 4)"), formatted(ctx));
    }

    @Test
    void filesOverOneMebibyteAreRefusedBeforeParsing() throws IOException {
        Path exact = dir.resolve("exact.yaml");
        String body = "a: 1\n#";
        Files.writeString(exact, body + "x".repeat((1 << 20) - body.length() - 1) + "\n");
        assertEquals(1 << 20, Files.size(exact));
        ReadContext ok = new ReadContext();
        assertEquals(List.of("a"), List.copyOf(YamlInput.parseFile(exact, ok).entries().keySet()));
        assertFalse(ok.hasProblems());

        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "a: 1\n#" + "x".repeat(1 << 20) + "\n");
        ReadContext ctx = new ReadContext();
        assertTrue(YamlInput.parseFile(big, ctx).entries().isEmpty());
        assertEquals(List.of(big + ": too large; the limit is 1 MiB"), formatted(ctx));

        assertEquals(List.of("x.yaml: too large; the limit is 1 MiB"), problems("a: 1\n#" + "x".repeat(1 << 20)));
    }

    @Test
    void filesMustBeUtf8() throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "a: 1\nname: Z\u00fcrich\n".getBytes(StandardCharsets.ISO_8859_1));
        ReadContext ctx = new ReadContext();
        YamlInput.parseFile(latin1, ctx);
        assertEquals(List.of(latin1 + ":2: not UTF-8 text; save the file as UTF-8"), formatted(ctx));
        Path utf8 = dir.resolve("utf8.yaml");
        Files.writeString(utf8, "name: Z\u00fcrich\n");
        ReadContext ctx2 = new ReadContext();
        assertEquals("Z\u00fcrich", ((ScalarNode) YamlInput.parseFile(utf8, ctx2).get("name")).text());
        assertFalse(ctx2.hasProblems());
    }

    @Test
    void readsResourcesFromTheClassPath() {
        ReadContext ctx = new ReadContext();
        MapNode node = YamlInput.parseResource("/org/gridgov/config/good.yaml", ctx);
        assertEquals(List.of(), formatted(ctx));
        assertEquals(new Source("/org/gridgov/config/good.yaml", 3), node.get("city").source());
        ReadContext missing = new ReadContext();
        assertTrue(YamlInput.parseResource("/org/gridgov/config/none.yaml", missing).entries().isEmpty());
        assertEquals(List.of("/org/gridgov/config/none.yaml: file not found"), formatted(missing));
    }
}
