package org.gridgov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads scenario-like input the way a scenario reader will: defaults, a user file, overrides, sections. */
class EndToEndTest {

    enum Distribution { LOGNORMAL, WORKING_HOURS, FIXED }

    record Effort(Distribution distribution, double mean) { }

    record CaseType(String department, double rate, Effort effort) { }

    record Scenario(int residents, double share, double householdSize, List<String> channels,
                    Map<String, CaseType> caseTypes, boolean charts, String title, long seed) { }

    private static final String DEFAULTS = "/org/gridgov/config/good.yaml";

    @TempDir
    Path dir;

    /** Reads a whole scenario, reporting every problem at once. */
    private static Scenario read(Path userFile, List<String> overrides) throws InputException {
        ReadContext ctx = new ReadContext();
        MapNode defaults = YamlInput.parseResource(DEFAULTS, ctx);
        MapNode user = YamlInput.parseFile(userFile, ctx);
        MapNode merged = Overrides.apply(Merge.over(defaults, user), overrides, ctx);
        ctx.throwIfProblems();

        Section root = Section.root(merged, ctx);
        Section city = root.section("city");
        int residents = city.integer("residents", 1_000, 50_000_000);
        double share = city.number("old_neighbourhood_share", 0, 1);
        double size = city.positive("household_size", 20);
        List<String> channels = root.texts("channels");
        List<String> departments = root.texts("departments");
        Map<String, CaseType> types = new LinkedHashMap<>();
        root.entries("case_types").forEach((name, ct) -> {
            String department = ct.oneOf("department", departments);
            double rate = ct.number("rate_per_household_year", 0, 100);
            Section effort = ct.section("effort");
            types.put(name, new CaseType(department, rate,
                    new Effort(effort.choice("distribution", Distribution.class), effort.positive("mean", 1000))));
        });
        Section output = root.section("output");
        boolean charts = output.flag("charts");
        String title = output.text("title");
        long seed = root.longInteger("seed", 0, Long.MAX_VALUE);
        root.finish();
        ctx.throwIfProblems();
        return new Scenario(residents, share, size, channels, types, charts, title, seed);
    }

    private Path write(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void aGoodScenarioReadsEndToEnd() throws Exception {
        Path user = write("x.yaml", """
                city:
                  residents: 350_000
                case_types:
                  noise:
                    effort: {mean: 2}
                """);
        Scenario s = read(user, List.of("seed=7", "case_types.sanitation.rate_per_household_year=0.9"));
        assertEquals(new Scenario(350_000, 0.25, 2.6, List.of("hotline", "app", "walk_in"),
                Map.of("sanitation", new CaseType("sanitation", 0.9, new Effort(Distribution.LOGNORMAL, 2.5)),
                        "noise", new CaseType("housing", 0.05, new Effort(Distribution.WORKING_HOURS, 2))),
                true, "Baseline: 2024", 7), s);
        assertEquals(List.of("sanitation", "noise"), List.copyOf(s.caseTypes().keySet()));
    }

    @Test
    void resolvedValuesSayWhereEachCameFrom() throws Exception {
        Path user = write("x.yaml", "city:\n  residents: 350_000\n");
        ReadContext ctx = new ReadContext();
        MapNode merged = Overrides.apply(Merge.over(YamlInput.parseResource(DEFAULTS, ctx), YamlInput.parseFile(user, ctx)),
                List.of("city.household_size=3"), ctx);
        Section city = Section.root(merged, ctx).section("city");
        city.integer("residents", 1_000, 50_000_000);
        city.number("old_neighbourhood_share", 0, 1);
        city.positive("household_size", 20);
        ctx.throwIfProblems();
        assertEquals(List.of(
                        "city.residents = 350000  (" + user + ":2)",
                        "city.old_neighbourhood_share = 0.25  (/org/gridgov/config/good.yaml:5)",
                        "city.household_size = 3  (--set city.household_size=3)"),
                ctx.resolved().stream().map(Resolved::format).toList());
    }

    @Test
    void everyProblemIsReportedAtOnceSortedWithItsLine() throws IOException {
        Path user = write("x.yaml", """
                # a scenario with many mistakes
                city:
                  residents: -5
                  residnts: 7
                  old_neighbourhood_share: 1.5
                case_types:
                  noise:
                    department: parks
                    effort:
                      distribution: gamma
                  litter: 3
                output:
                  charts: yes
                  title:
                seed: "42"
                """);
        InputException e = assertThrows(InputException.class, () -> read(user, List.of("city.household_size=0")));
        assertEquals(String.join("\n",
                        "10 problems in the input:",
                        "  1) --set city.household_size=0: city.household_size = 0: must be a number greater than 0 and at most 20",
                        "  2) " + user + ":3: city.residents = -5: must be a whole number from 1000 to 50000000",
                        "  3) " + user + ":4: city.residnts: unknown key; did you mean 'residents'?",
                        "  4) " + user + ":5: city.old_neighbourhood_share = 1.5: must be a number from 0 to 1",
                        "  5) " + user + ":8: case_types.noise.department = parks: must be one of sanitation, housing",
                        "  6) " + user + ":10: case_types.noise.effort.distribution = gamma:"
                                + " must be one of lognormal, working_hours, fixed",
                        "  7) " + user + ":11: case_types.litter = 3: must be a mapping",
                        "  8) " + user + ":12: output.title: missing; must be non-empty text",
                        "  9) " + user + ":13: output.charts = yes: must be true or false (write true, not yes)",
                        "  10) " + user + ":15: seed = \"42\": must be a whole number from 0 to 9223372036854775807,"
                                + " written without quotes"),
                e.getMessage());
    }

    @Test
    void syntaxProblemsStopBeforeReading() throws IOException {
        Path user = write("x.yaml", "city:\n  residents: 5\n  residents: 6\nseed: [1\n");
        InputException e = assertThrows(InputException.class, () -> read(user, List.of("oops", "seed=!foo 1")));
        assertEquals(String.join("\n",
                        "3 problems in the input:",
                        "  1) --set oops: must have the form key.path=value",
                        "  2) --set seed=!foo 1: seed: tags are not allowed (found !foo)",
                        "  3) " + user + ":5: syntax error at column 1: expected ',' or ']', but got <stream end>"
                                + " (while parsing a flow sequence started at line 4, column 7)"),
                e.getMessage());
    }

    @Test
    void aMissingFileIsOneProblem() {
        InputException e = assertThrows(InputException.class, () -> read(dir.resolve("nope.yaml"), List.of()));
        assertEquals("1 problem in " + dir.resolve("nope.yaml") + ":\n  1) " + dir.resolve("nope.yaml") + ": file not found",
                e.getMessage());
    }
}
