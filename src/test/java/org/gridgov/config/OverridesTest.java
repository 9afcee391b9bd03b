package org.gridgov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class OverridesTest {

    private static final String BASE = """
            city:
              residents: 1000
              name: Lyon
            channels: [phone]
            """;

    private ReadContext ctx;

    private MapNode apply(String... assignments) {
        ctx = new ReadContext();
        MapNode base = YamlInput.parseString(BASE, "x.yaml", ctx);
        return Overrides.apply(base, List.of(assignments), ctx);
    }

    private List<String> problems(String... assignments) {
        apply(assignments);
        return YamlInputTest.formatted(ctx);
    }

    private static ScalarNode scalar(MapNode map, String... path) {
        Node node = map;
        for (String key : path) {
            node = ((MapNode) node).get(key);
        }
        return (ScalarNode) node;
    }

    @Test
    void setsAScalarLocatedAtTheAssignment() {
        MapNode result = apply("city.residents=200000");
        assertEquals(List.of(), ctx.problems());
        assertEquals(new ScalarNode("200000", false, false, Source.override("city.residents=200000")),
                scalar(result, "city", "residents"));
        assertEquals(new Source("x.yaml", 3), scalar(result, "city", "name").source());
        assertEquals(new Source("x.yaml", 1), result.get("city").source(), "the mapping stays where the file wrote it");
        assertEquals(List.of("residents", "name"), List.copyOf(((MapNode) result.get("city")).entries().keySet()));
    }

    @Test
    void laterAssignmentsWin() {
        assertEquals("3", scalar(apply("city.residents=2", "city.residents=3"), "city", "residents").text());
    }

    @Test
    void setsAList() {
        ListNode channels = (ListNode) apply("channels=[app, 'walk in']").get("channels");
        assertEquals(List.of("app", "walk in"), channels.items().stream().map(n -> ((ScalarNode) n).text()).toList());
    }

    @Test
    void aMappingMergesIntoTheMapping() {
        MapNode city = (MapNode) apply("city={residents: 5, districts: 4}").get("city");
        assertEquals(List.of("residents", "name", "districts"), List.copyOf(city.entries().keySet()));
        assertEquals("5", scalar(city, "residents").text());
        assertEquals("Lyon", scalar(city, "name").text());
    }

    @Test
    void createsMissingMappings() {
        MapNode result = apply("output.charts.width=800");
        assertEquals(List.of(), ctx.problems());
        assertEquals(List.of("city", "channels", "output"), List.copyOf(result.entries().keySet()));
        assertEquals("800", scalar(result, "output", "charts", "width").text());
        assertEquals(Source.override("output.charts.width=800"), result.get("output").source());
    }

    @Test
    void anEmptyValueRemovesTheKey() {
        MapNode city = (MapNode) apply("city.residents=").get("city");
        assertNull(city.get("residents"));
        assertEquals(List.of(), ctx.problems());
    }

    @Test
    void malformedAssignmentsAreProblems() {
        assertEquals(List.of(
                        "--set =5: must have the form key.path=value",
                        "--set a..b=1: empty key in the path 'a..b'",
                        "--set city.=1: empty key in the path 'city.'",
                        "--set residents: must have the form key.path=value"),
                problems("residents", "a..b=1", "=5", "city.=1"));
    }

    @Test
    void aPathThroughAValueOrAListIsAProblem() {
        assertEquals(List.of(
                        "--set channels.first=app: channels.first: cannot set: 'channels' is a list, not a mapping (x.yaml:4)",
                        "--set city.residents.max=5: city.residents.max: cannot set: 'city.residents' is a single value,"
                                + " not a mapping (x.yaml:2)"),
                problems("city.residents.max=5", "channels.first=app"));
    }

    @Test
    void badValuesAreProblemsAndTheAssignmentIsSkipped() {
        MapNode result = apply("city.residents=[1,", "city.name=a: b", "city.name=!!java.io.File /etc", "city.x={k: 1, k: 2}");
        assertEquals(List.of(
                        "--set city.name=!!java.io.File /etc: city.name: tags are not allowed (found !!java.io.File)",
                        "--set city.name=a: b: city.name: must be one value: text, [a, b] or {key: value}",
                        "--set city.residents=[1,: syntax error at column 19: expected the node content, but found '<stream end>'",
                        "--set city.x={k: 1, k: 2}: city.x.k: duplicate key"),
                YamlInputTest.formatted(ctx));
        assertEquals("1000", scalar(result, "city", "residents").text());
        assertEquals("Lyon", scalar(result, "city", "name").text());
        assertNull(((MapNode) result.get("city")).get("x"));
    }

    @Test
    void aBadValueIsReportedByTheReaderAtTheAssignment() {
        MapNode result = apply("city.residents=abc");
        Section city = Section.root(result, ctx).section("city");
        city.integer("residents", 1000, 50_000_000);
        city.text("name");
        city.finish();
        assertEquals(List.of("--set city.residents=abc: city.residents = abc: must be a whole number from 1000 to 50000000"),
                YamlInputTest.formatted(ctx));
    }

    @Test
    void anUnknownKeyIsLeftToTheReader() {
        MapNode result = apply("city.residnts=5");
        assertEquals(List.of(), ctx.problems());
        Section city = Section.root(result, ctx).section("city");
        city.integer("residents", 0, 5000);
        city.text("name");
        city.finish();
        assertEquals(List.of("--set city.residnts=5: city.residnts: unknown key; did you mean 'residents'?"),
                YamlInputTest.formatted(ctx));
    }

    @Test
    void noAssignmentsChangeNothing() {
        ctx = new ReadContext();
        MapNode base = YamlInput.parseString(BASE, "x.yaml", ctx);
        assertSame(base, Overrides.apply(base, List.of(), ctx));
    }
}
