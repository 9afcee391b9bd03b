package org.gridgov.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridgov.config.InputException;
import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ReadContext;
import org.gridgov.config.Section;
import org.gridgov.config.YamlInput;
import org.junit.jupiter.api.Test;

/** The declarations of the scenario parameters: complete, consistent with the defaults, and bound by name. */
class ParameterCatalogueTest {

    /** Every key path of a mapping that holds a value (a scalar or a list), in file order. */
    private static void leaves(MapNode map, String prefix, Set<String> out) {
        for (Map.Entry<String, Node> e : map.entries().entrySet()) {
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue() instanceof MapNode nested) {
                leaves(nested, path, out);
            } else {
                out.add(path);
            }
        }
    }

    private static Set<String> keysOfTheDefaults() {
        ReadContext ctx = new ReadContext();
        Set<String> keys = new LinkedHashSet<>();
        leaves(YamlInput.parseResource(ScenarioReader.DEFAULTS, ctx), "", keys);
        assertFalse(ctx.hasProblems(), ctx.problems().toString());
        return keys;
    }

    @Test
    void everyKeyOfTheDefaultsIsDeclaredAndEveryDeclaredKeyIsInTheDefaultsOrMayBeLeftOut() {
        Set<String> keys = keysOfTheDefaults();
        List<String> problems = new ArrayList<>();
        for (String key : keys) {
            if (ParameterCatalogue.all().stream().noneMatch(p -> p.covers(key))) {
                problems.add(key + ": in defaults.yaml, but no record declares it");
            }
        }
        for (Parameter p : ParameterCatalogue.all()) {
            if (keys.stream().noneMatch(p::covers) && p.ifAbsent().isEmpty()) {
                problems.add(p.path() + ": declared, but neither in defaults.yaml nor declared with a value if absent");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyDeclarationIsComplete() {
        assertTrue(ParameterCatalogue.all().size() > 100, "declared: " + ParameterCatalogue.all().size());
        Set<String> paths = new LinkedHashSet<>();
        for (Parameter p : ParameterCatalogue.all()) {
            assertTrue(paths.add(p.path()), p.path() + " declared twice");
            assertFalse(p.unit().isBlank(), p.path() + " has no unit");
            assertFalse(p.meaning().isBlank(), p.path() + " has no meaning");
            assertFalse(p.source().isBlank(), p.path() + " has no source");
            if (p.numeric()) {
                assertTrue(p.min() <= p.max(), p.path() + ": " + p.allowedRange());
            }
            assertFalse(p.allowedRange().isBlank(), p.path());
        }
    }

    @Test
    void everyDefaultLiesWithinItsDeclaredRange() {
        Scenario defaults = ScenarioReader.defaults().scenario();
        int checked = 0;
        for (Parameter p : ParameterCatalogue.all()) {
            if (!p.numeric()) {
                continue;
            }
            for (String path : ParameterCatalogue.paths(defaults, p)) {
                double value = ((Number) ParameterCatalogue.value(defaults, path)).doubleValue();
                assertTrue(p.allows(value), path + " = " + value + " outside " + p.allowedRange());
                checked++;
            }
        }
        assertTrue(checked > 150, "checked " + checked);
    }

    @Test
    void theDeclaredRangeIsTheOneTheReaderEnforces() throws InputException {
        Parameter limit = ParameterCatalogue.get("grid_workers.households_per_worker");
        assertEquals("10 - 1,000,000 (whole)", limit.allowedRange());
        String over = "grid_workers.households_per_worker=" + (long) (limit.max() + 1);
        InputException e = assertThrows(InputException.class,
                () -> ScenarioReader.readString("", "t.yaml", List.of(over)));
        assertTrue(e.getMessage().contains("must be a whole number from 10 to 1000000"), e.getMessage());
        assertEquals(1_000_000, ScenarioReader.readString("", "t.yaml",
                List.of("grid_workers.households_per_worker=1000000")).scenario().gridWorkers().householdsPerWorker());
        assertEquals("> 0 - 24", ParameterCatalogue.get("departments.police.shift.hours_per_day").allowedRange());
        assertEquals("0 - 10^12", ParameterCatalogue.get("ngos.purchase_per_100k_residents").allowedRange());
        assertEquals("urgent, normal", ParameterCatalogue.get("case_types.*.urgency").allowedRange());
    }

    @Test
    void keysAreTheComponentNamesInSnakeCase() {
        assertEquals("households_per_worker", ParameterCatalogue.snakeCase("householdsPerWorker"));
        assertEquals("staff_per_100k_residents", ParameterCatalogue.snakeCase("staffPer100kResidents"));
        assertEquals("patrol_m2_per_hour", ParameterCatalogue.snakeCase("patrolM2PerHour"));
        assertEquals("recruitment_per_1000_residents_year", ParameterCatalogue.snakeCase("recruitmentPer1000ResidentsYear"));
        assertEquals("city.community.columns", ParameterCatalogue.get("city.community.columns").path());
        assertEquals("residents.channels.*.reach", ParameterCatalogue.get("residents.channels.walk_in.reach").path());
    }

    @Test
    void twoParametersOfTheSameTypeLandInTheirOwnFields() throws InputException {
        PlatformParams p = ScenarioReader.readString("""
                platform:
                  dispatch_delay_hours: 2.5
                  filing_delay_hours: 0.75
                  feedback_delay_hours: 3
                  closing_delay_hours: 0.25
                """, "t.yaml", List.of("platform.redispatch_delay_hours=7")).scenario().platform();
        assertEquals(0.75, p.filingDelayHours());
        assertEquals(2.5, p.dispatchDelayHours());
        assertEquals(3, p.feedbackDelayHours());
        assertEquals(0.25, p.closingDelayHours());
        assertEquals(7, p.redispatchDelayHours());
        TurnoverParams t = ScenarioReader.readString("grid_workers: {turnover: {hiring_delay_days: 45,"
                + " load_memory_days: 20}}", "t.yaml", List.of()).scenario().gridWorkers().turnover();
        assertEquals(45, t.hiringDelayDays());
        assertEquals(20, t.loadMemoryDays());
    }

    /** The platform's delays declared in the opposite order of PlatformParams, and with a different type between. */
    record Delays(
            @Param(unit = "clock hours", min = 0, max = 100, meaning = "dispatch") double dispatchDelayHours,
            @Param(unit = "returns", min = 0, max = 9, meaning = "bounces") int bounceLimit,
            @Param(unit = "clock hours", min = 0, max = 100, meaning = "filing") double filingDelayHours) {
    }

    /** A component without a declaration. */
    record Undeclared(@Param(unit = "-", min = 0, max = 1, meaning = "a") double a, double b) {
    }

    private static <R> R bind(Class<R> type, String yaml) {
        ReadContext ctx = new ReadContext();
        Section s = Section.root(YamlInput.parseString(yaml, "t.yaml", ctx), ctx);
        R value = new RecordBinder(ctx).bind(type, s);
        if (ctx.hasProblems()) {
            fail(ctx.problems().toString());
        }
        return value;
    }

    @Test
    void bindingIsByNameWhateverTheOrderOfComponentsAndKeys() {
        Delays d = bind(Delays.class, "filing_delay_hours: 1\nbounce_limit: 4\ndispatch_delay_hours: 2\n");
        assertEquals(new Delays(2, 4, 1), d);
        assertEquals(1, d.filingDelayHours());
        assertThrows(IllegalStateException.class, () -> bind(Undeclared.class, "a: 1\nb: 2\n"),
                "a component without @Param is a programming error, not a silent zero");
    }

    @Test
    void theRangeAndNameOfABoundComponentComeFromItsDeclaration() {
        ReadContext ctx = new ReadContext();
        Section s = Section.root(YamlInput.parseString("filing_delay_hours: 1\nbounce_limit: 10\n"
                + "dispatch_delay_hours: 2\nfiling_delay: 3\n", "t.yaml", ctx), ctx);
        new RecordBinder(ctx).bind(Delays.class, s);
        assertEquals(List.of("bounce_limit: must be a whole number from 0 to 9",
                "filing_delay: unknown key; did you mean 'filing_delay_hours'?"),
                ctx.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
    }
}
