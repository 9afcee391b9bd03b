package org.gridgov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class SectionTest {

    enum Kind { LOGNORMAL, WORKING_HOURS, FIXED }

    private ReadContext ctx;

    private Section root(String yaml) {
        ctx = new ReadContext();
        MapNode node = YamlInput.parseString(yaml, "s.yaml", ctx);
        assertEquals(List.of(), ctx.problems(), "test input must parse");
        return Section.root(node, ctx);
    }

    /** Reads with {@code getter}, finishes, and returns the value, failing on any problem. */
    private <T> T ok(String yaml, Function<Section, T> getter) {
        Section root = root(yaml);
        T value = getter.apply(root);
        root.finish();
        assertEquals(List.of(), YamlInputTest.formatted(ctx));
        return value;
    }

    /** Reads with {@code getter} and finishes; returns every problem, formatted and sorted. */
    private List<String> problems(String yaml, Function<Section, ?> getter) {
        Section root = root(yaml);
        getter.apply(root);
        root.finish();
        return YamlInputTest.formatted(ctx);
    }

    private String problem(String yaml, Function<Section, ?> getter) {
        List<String> problems = problems(yaml, getter);
        assertEquals(1, problems.size(), () -> "expected one problem: " + problems);
        return problems.get(0);
    }

    // ---- integer

    @Test
    void integerAcceptsWholeNumbers() {
        Function<Section, Integer> residents = s -> s.integer("n", 1000, 50_000_000);
        assertEquals(200_000, ok("n: 200000", residents));
        assertEquals(1_000_000, ok("n: 1_000_000", residents));
        assertEquals(200_000, ok("n: 2e5", residents));
        assertEquals(3000, ok("n: 3000.0", residents));
        assertEquals(1000, ok("n: +1000", residents));
        assertEquals(50_000_000, ok("n: 50000000", residents));
        int negative = ok("n: -5", s -> s.integer("n", -10, 10));
        assertEquals(-5, negative);
    }

    @Test
    void integerRefusesFractionsRangeTextAndQuotes() {
        String range = "must be a whole number from 1000 to 50000000";
        Function<Section, Integer> residents = s -> s.integer("n", 1000, 50_000_000);
        assertEquals("s.yaml:1: n = 2.5: must be a whole number from 0 to 10", problem("n: 2.5", s -> s.integer("n", 0, 10)));
        assertEquals("s.yaml:1: n = -5: " + range, problem("n: -5", residents));
        assertEquals("s.yaml:1: n = 50000001: " + range, problem("n: 50000001", residents));
        assertEquals("s.yaml:1: n = abc: " + range, problem("n: abc", residents));
        assertEquals("s.yaml:1: n = 0x3e8: " + range, problem("n: 0x3e8", residents));
        assertEquals("s.yaml:1: n = .inf: " + range, problem("n: .inf", residents));
        assertEquals("s.yaml:1: n = 1e999999999: " + range, problem("n: 1e999999999", residents));
        assertEquals("s.yaml:1: n = \"5000\": " + range + ", written without quotes", problem("n: \"5000\"", residents));
        assertEquals("s.yaml:1: n = \"5000\": " + range + ", written without quotes", problem("n: '5000'", residents));
        assertEquals("s.yaml:1: n: found a list; " + range, problem("n: [5000]", residents));
        assertEquals("s.yaml:1: n: found a mapping; " + range, problem("n: {a: 1}", residents));
    }

    @Test
    void aBadValueGivesThePlaceholderSoReadingGoesOn() {
        assertEquals(1000, root("n: -5").integer("n", 1000, 2000));
        assertEquals(0.5, root("x: 9").number("x", 0.5, 1));
        assertEquals(20, root("x: 0").positive("x", 20));
        assertFalse(root("f: yes").flag("f"));
        assertEquals(Kind.LOGNORMAL, root("k: gamma").choice("k", Kind.class));
        assertEquals("a", root("k: c").oneOf("k", List.of("a", "b")));
        assertEquals("", root("t: [1]").text("t"));
        assertEquals(List.of("a"), root("l: [a, [b]]").texts("l"));
    }

    @Test
    void longIntegerReachesBeyondInt() {
        long seed = ok("seed: 9_000_000_000", s -> s.longInteger("seed", 0, Long.MAX_VALUE));
        assertEquals(9_000_000_000L, seed);
        assertEquals("s.yaml:1: seed = 9223372036854775808: must be a whole number from 0 to 9223372036854775807",
                problem("seed: 9223372036854775808", s -> s.longInteger("seed", 0, Long.MAX_VALUE)));
    }

    @Test
    void missingValuesAreLocatedAtTheMapping() {
        String yaml = "# scenario\ncity:\n  name: Lyon\n  residents:\n";
        assertEquals(List.of(
                        "s.yaml:2: city.share: missing; must be a number from 0 to 1",
                        "s.yaml:4: city.residents: missing; must be a whole number from 1000 to 50000000"),
                problems(yaml, s -> {
                    Section city = s.section("city");
                    city.text("name");
                    city.integer("residents", 1000, 50_000_000);
                    return city.number("share", 0, 1);
                }));
    }

    // ---- number, positive

    @Test
    void numberAcceptsFiniteNumbersInRange() {
        Function<Section, Double> share = s -> s.number("x", 0, 1);
        assertEquals(0.25, ok("x: 0.25", share));
        assertEquals(1.0, ok("x: 1", share));
        assertEquals(0.001, ok("x: 1e-3", share));
        assertEquals(0.5, ok("x: .5", share));
        assertEquals(0.0, ok("x: -0", share), "negative zero reads as zero");
        double big = ok("x: 1_500.5", s -> s.number("x", 0, 1e6));
        assertEquals(1500.5, big);
        assertEquals(-2.5, ok("x: -2.5", s -> s.number("x", -3, 3)));
    }

    @Test
    void numberRefusesWhatIsNotAFiniteNumberInRange() {
        Function<Section, Double> share = s -> s.number("x", 0, 1);
        String range = "must be a number from 0 to 1";
        for (String bad : List.of("1.5", "-0.1", ".nan", ".NaN", "NaN", ".inf", "-.Inf", "Infinity", "1d", "1f", "0x1p3", "1e", "e5", "abc")) {
            assertEquals("s.yaml:1: x = " + bad + ": " + range, problem("x: " + bad, share), bad);
        }
        assertEquals("s.yaml:1: x = 1e999: must be a number from 0 to 1000000000",
                problem("x: 1e999", s -> s.number("x", 0, 1e9)));
        assertEquals("s.yaml:1: x = \"0.5\": " + range + ", written without quotes", problem("x: '0.5'", share));
        assertEquals("s.yaml:1: x = 3: must be a number from 0.05 to 2.5", problem("x: 3", s -> s.number("x", 0.05, 2.5)));
    }

    @Test
    void positiveExcludesZero() {
        Function<Section, Double> size = s -> s.positive("x", 20);
        assertEquals(20.0, ok("x: 20", size));
        assertEquals(0.001, ok("x: 0.001", size));
        assertEquals("s.yaml:1: x = 0: must be a number greater than 0 and at most 20", problem("x: 0", size));
        assertEquals("s.yaml:1: x = -1: must be a number greater than 0 and at most 20", problem("x: -1", size));
        assertEquals("s.yaml:1: x = 20.5: must be a number greater than 0 and at most 20", problem("x: 20.5", size));
    }

    // ---- flag

    @Test
    void flagIsTrueOrFalseOnly() {
        assertEquals(Boolean.TRUE, ok("f: true", s -> s.flag("f")));
        assertEquals(Boolean.FALSE, ok("f: false", s -> s.flag("f")));
        assertEquals("s.yaml:1: f = yes: must be true or false (write true, not yes)", problem("f: yes", s -> s.flag("f")));
        assertEquals("s.yaml:1: f = Off: must be true or false (write false, not Off)", problem("f: Off", s -> s.flag("f")));
        assertEquals("s.yaml:1: f = True: must be true or false (write true, not True)", problem("f: True", s -> s.flag("f")));
        assertEquals("s.yaml:1: f = 1: must be true or false", problem("f: 1", s -> s.flag("f")));
        assertEquals("s.yaml:1: f = \"true\": must be true or false, written without quotes",
                problem("f: \"true\"", s -> s.flag("f")));
    }

    // ---- choice, oneOf

    @Test
    void choiceReadsEnumConstantsInLowerCase() {
        assertEquals(Kind.LOGNORMAL, ok("k: lognormal", s -> s.choice("k", Kind.class)));
        assertEquals(Kind.WORKING_HOURS, ok("k: working_hours", s -> s.choice("k", Kind.class)));
        assertEquals(Kind.FIXED, ok("k: 'fixed'", s -> s.choice("k", Kind.class)));
    }

    @Test
    void choiceListsTheAllowedValues() {
        String allowed = "must be one of lognormal, working_hours, fixed";
        assertEquals("s.yaml:1: k = gamma: " + allowed, problem("k: gamma", s -> s.choice("k", Kind.class)));
        assertEquals("s.yaml:1: k = lognromal: " + allowed + "; did you mean 'lognormal'?",
                problem("k: lognromal", s -> s.choice("k", Kind.class)));
        assertEquals("s.yaml:1: k = WORKING_HOURS: " + allowed + "; did you mean 'working_hours'?",
                problem("k: WORKING_HOURS", s -> s.choice("k", Kind.class)));
        assertEquals("s.yaml:1: k: missing; " + allowed, problem("k: ~", s -> s.choice("k", Kind.class)));
    }

    @Test
    void oneOfTakesAListedValue() {
        List<String> departments = List.of("sanitation", "housing", "parks");
        assertEquals("housing", ok("d: housing", s -> s.oneOf("d", departments)));
        assertEquals("s.yaml:1: d = housng: must be one of sanitation, housing, parks; did you mean 'housing'?",
                problem("d: housng", s -> s.oneOf("d", departments)));
        assertEquals("s.yaml:1: d = police: must be one of sanitation, housing, parks",
                problem("d: police", s -> s.oneOf("d", departments)));
        assertEquals("s.yaml:1: d = x: must be one of (none defined)", problem("d: x", s -> s.oneOf("d", List.of())));
    }

    // ---- text

    @Test
    void textIsAnyNonBlankValue() {
        assertEquals("Baseline: 2024", ok("t: \"Baseline: 2024\"", s -> s.text("t")));
        assertEquals("42", ok("t: 42", s -> s.text("t")));
        assertEquals("s.yaml:1: t = \"\": must be non-empty text", problem("t: ''", s -> s.text("t")));
        assertEquals("s.yaml:1: t = \"  \": must be non-empty text", problem("t: '  '", s -> s.text("t")));
        assertEquals("s.yaml:1: t: missing; must be non-empty text", problem("t:", s -> s.text("t")));
        assertEquals("s.yaml:1: t: found a list; must be non-empty text", problem("t: [a]", s -> s.text("t")));
    }

    @Test
    void optionalTextFallsBackToTheDefault() {
        assertEquals("results", ok("other: 1", s -> {
            s.integer("other", 0, 9);
            return s.optionalText("dir", "results");
        }));
        assertEquals(new Resolved("dir", "results", Source.BUILTIN), ctx.resolved().get(1));
        assertEquals("results", ok("dir: ~", s -> s.optionalText("dir", "results")));
        assertNull(ok("x: 1", s -> {
            s.integer("x", 0, 9);
            return s.optionalText("dir", null);
        }));
        assertEquals("out", ok("dir: out", s -> s.optionalText("dir", "results")));
        assertEquals("s.yaml:1: dir = \"\": must be non-empty text", problem("dir: ''", s -> s.optionalText("dir", "results")));
    }

    // ---- section, entries, texts

    @Test
    void sectionReadsANestedMapping() {
        Section city = root("city:\n  residents: 5\n").section("city");
        assertEquals("city", city.path());
        assertEquals(new Source("s.yaml", 1), city.source());
        assertEquals(5, city.integer("residents", 0, 9));
        assertEquals("city.residents", ctx.resolved().get(0).path());
    }

    @Test
    void aMissingSectionIsReportedOnceAndReadingGoesOn() {
        assertEquals(List.of("s.yaml:1: city: missing; must be a mapping"), problems("seed: 1", s -> {
            s.integer("seed", 0, 9);
            Section city = s.section("city");
            city.integer("residents", 1000, 2000);
            city.section("districts").text("name");
            city.problem("max", "must be at least min");
            return null;
        }));
        assertEquals(List.of("s.yaml:1: city = 5: must be a mapping"), problems("city: 5", s -> s.section("city")));
        assertEquals(List.of("s.yaml:1: city: found a list; must be a mapping"), problems("city: [5]", s -> s.section("city")));
        assertEquals(List.of("s.yaml:1: city: missing; must be a mapping"), problems("city:", s -> s.section("city")));
    }

    @Test
    void askingTwiceForASectionGivesTheSameSection() {
        assertEquals(List.of("s.yaml:1: missing: missing; must be a mapping"), problems("city:\n  a: 1\n  b: 2\n", s -> {
            s.section("city").integer("a", 0, 9);
            s.section("city").integer("b", 0, 9);
            s.section("missing");
            s.section("missing");
            return null;
        }));
        Section root = root("t: {x: {m: 1}}");
        assertSame(root.entries("t").get("x"), root.entries("t").get("x"));
    }

    @Test
    void entriesAreNamedMappingsInFileOrder() {
        Map<String, Section> types = ok("""
                case_types:
                  sanitation: {rate: 1}
                  noise: {rate: 2}
                  graffiti: {rate: 3}
                """, s -> {
            Map<String, Section> t = s.entries("case_types");
            t.values().forEach(type -> type.integer("rate", 0, 9));
            return t;
        });
        assertEquals(List.of("sanitation", "noise", "graffiti"), List.copyOf(types.keySet()));
        assertEquals("case_types.noise", types.get("noise").path());
        assertEquals(List.of("case_types.sanitation.rate", "case_types.noise.rate", "case_types.graffiti.rate"),
                ctx.resolved().stream().map(Resolved::path).toList());
    }

    @Test
    void entriesReportValuesThatAreNotMappings() {
        assertEquals(List.of(
                        "s.yaml:3: case_types.noise = 5: must be a mapping",
                        "s.yaml:4: case_types.graffiti: found a list; must be a mapping",
                        "s.yaml:5: case_types.litter: missing; must be a mapping"),
                problems("""
                        case_types:
                          sanitation: {rate: 1}
                          noise: 5
                          graffiti: [1]
                          litter:
                        """, s -> {
                    Map<String, Section> types = s.entries("case_types");
                    assertEquals(List.of("sanitation"), List.copyOf(types.keySet()));
                    types.values().forEach(type -> type.integer("rate", 0, 9));
                    return types;
                }));
        assertEquals(List.of("s.yaml:1: case_types: missing; must be a mapping of names to mappings"),
                problems("seed: 1", s -> {
                    s.integer("seed", 0, 9);
                    return s.entries("case_types");
                }));
        assertEquals(Map.of(), ok("case_types: {}", s -> s.entries("case_types")));
    }

    @Test
    void textsReadAListOfValues() {
        assertEquals(List.of("hotline", "app", "walk in"), ok("c: [hotline, app, 'walk in']", s -> s.texts("c")));
        assertEquals(List.of("a", "b"), ok("c:\n  - a\n  - b\n", s -> s.texts("c")));
        assertEquals(List.of(), ok("c: []", s -> s.texts("c")));
        assertEquals(new Resolved("c", "[a, b]", new Source("s.yaml", 1)), ok("c: [a, b]", s -> {
            s.texts("c");
            return ctx.resolved().get(0);
        }));
        assertEquals("s.yaml:1: c = phone: must be a list of texts", problem("c: phone", s -> s.texts("c")));
        assertEquals("s.yaml:1: c: missing; must be a list of texts", problem("x: 1", s -> {
            s.integer("x", 0, 9);
            return s.texts("c");
        }));
        assertEquals(List.of(
                        "s.yaml:3: c[1] = \"\": must be non-empty text",
                        "s.yaml:4: c[2]: found a list; must be non-empty text",
                        "s.yaml:5: c[3]: must be non-empty text"),
                problems("c:\n  - a\n  - ''\n  - [x]\n  -\n", s -> s.texts("c")));
    }

    // ---- has, keys, problem

    @Test
    void hasAndKeysDoNotCountAsReading() {
        Section s = root("b: 1\na: 2\nn: ~\n");
        assertTrue(s.has("a"));
        assertFalse(s.has("n"), "a null value is as good as absent");
        assertFalse(s.has("z"));
        assertEquals(List.of("b", "a", "n"), List.copyOf(s.keys()));
        s.finish();
        assertEquals(3, ctx.problems().size());
    }

    @Test
    void crossFieldProblemsAreLocatedAtTheKeyOrTheMapping() {
        assertEquals(List.of(
                        "s.yaml:2: range: needs a minimum or a maximum",
                        "s.yaml:4: range.max = 3: must be at least min (5)"),
                problems("x: 1\nrange:\n  min: 5\n  max: 3\n", s -> {
                    s.integer("x", 0, 9);
                    Section range = s.section("range");
                    int min = range.integer("min", 0, 10);
                    int max = range.integer("max", 0, 10);
                    if (max < min) {
                        range.problem("max", "must be at least min (" + min + ")");
                    }
                    s.problem("range", "needs a minimum or a maximum");
                    return null;
                }));
        assertEquals(List.of("s.yaml:1: c.limit: must be set when c.mode is capped"), problems("c: {mode: capped}", s -> {
            Section c = s.section("c");
            c.text("mode");
            c.problem("limit", "must be set when c.mode is capped");
            return null;
        }));
    }

    // ---- finish

    @Test
    void unknownKeysGetADidYouMean() {
        assertEquals(List.of("s.yaml:3: city.residnts: unknown key; did you mean 'residents'?"),
                problems("city:\n  residents: 5000\n  residnts: 7\n", s -> s.section("city").integer("residents", 0, 9999)));
    }

    @Test
    void unknownKeysWithoutACloseMatchListTheAllowedKeys() {
        assertEquals(List.of("s.yaml:4: city.population: unknown key; allowed here: household_size, residents"),
                problems("city:\n  residents: 5000\n  household_size: 2\n  population: 7\n", s -> {
                    Section city = s.section("city");
                    city.integer("residents", 0, 9999);
                    return city.positive("household_size", 20);
                }));
        assertEquals(List.of("s.yaml:1: extra: unknown key; no keys are allowed here"), problems("extra: 1", s -> null));
    }

    @Test
    void finishingTheRootFinishesEverySectionOpenedFromIt() {
        assertEquals(List.of(
                        "s.yaml:3: a.typo: unknown key; allowed here: k",
                        "s.yaml:5: b.x.mena: unknown key; did you mean 'mean'?"),
                problems("a:\n  k: 1\n  typo: 1\nb:\n  x: {mean: 1, mena: 2}\n", s -> {
                    s.section("a").integer("k", 0, 1);
                    s.entries("b").values().forEach(e -> e.number("mean", 0, 9));
                    return null;
                }));
    }

    @Test
    void finishIsIdempotentAndReadingAfterItIsAnError() {
        Section s = root("a: 1\nb: 2\n");
        s.integer("a", 0, 9);
        s.finish();
        s.finish();
        assertEquals(List.of("s.yaml:2: b: unknown key; allowed here: a"), YamlInputTest.formatted(ctx));
        assertThrows(IllegalStateException.class, () -> s.integer("b", 0, 9));
    }

    // ---- resolved values

    @Test
    void resolvedValuesAreRecordedInReadOrderWithTheirSources() {
        ok("""
                seed: 1_000
                share: 2.50
                on: true
                kind: working_hours
                title: 'x'
                """, s -> {
            s.text("title");
            s.longInteger("seed", 0, 5000);
            s.number("share", 0, 5);
            s.flag("on");
            return s.choice("kind", Kind.class);
        });
        assertEquals(List.of(
                        "title = x  (s.yaml:5)",
                        "seed = 1000  (s.yaml:1)",
                        "share = 2.5  (s.yaml:2)",
                        "on = true  (s.yaml:3)",
                        "kind = working_hours  (s.yaml:4)"),
                ctx.resolved().stream().map(Resolved::format).toList());
    }

    @Test
    void refusedValuesAreNotRecorded() {
        problems("n: -1", s -> s.integer("n", 0, 9));
        assertEquals(List.of(), ctx.resolved());
    }
}
