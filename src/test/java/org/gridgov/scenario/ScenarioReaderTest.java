package org.gridgov.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gridgov.config.InputException;
import org.gridgov.config.Resolved;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading scenarios: the defaults and the shipped scenarios, merging a file over the defaults, --set
 * overrides, and the exact message a user sees for each bad file under {@code bad/}.
 */
class ScenarioReaderTest {

    /** Every file under bad/ and the complete message it gives, as {@code gridgov validate} prints it. */
    private static final Map<String, String> BAD = new LinkedHashMap<>();

    static {
        BAD.put("wrong-type.yaml", """
                4 problems in bad/wrong-type.yaml:
                  1) bad/wrong-type.yaml:4: simulation.days = a year: must be a whole number from 1 to 36500
                  2) bad/wrong-type.yaml:6: city.residents = "200000": must be a whole number from 100 to 50000000, written without quotes
                  3) bad/wrong-type.yaml:7: city.household_size: found a list; must be a number from 1 to 10
                  4) bad/wrong-type.yaml:9: grid_workers.shift = 8: must be a mapping""");
        // Read in the order city, grid workers, platform; listed by line.
        BAD.put("out-of-range.yaml", """
                6 problems in bad/out-of-range.yaml:
                  1) bad/out-of-range.yaml:5: platform.dispatch_accuracy = 1.2: must be a number from 0 to 1
                  2) bad/out-of-range.yaml:6: platform.bounce_limit = -1: must be a whole number from 0 to 1000
                  3) bad/out-of-range.yaml:8: city.residents = 50: must be a whole number from 100 to 50000000
                  4) bad/out-of-range.yaml:9: city.household_size = 0: must be a number from 1 to 10
                  5) bad/out-of-range.yaml:10: city.old_neighbourhood_share = 1.5: must be a number from 0 to 1
                  6) bad/out-of-range.yaml:12: grid_workers.households_per_worker = 2.5: must be a whole number from 10 to 1000000""");
        BAD.put("unknown-key.yaml", """
                2 problems in bad/unknown-key.yaml:
                  1) bad/unknown-key.yaml:4: city.residnts: unknown key; did you mean 'residents'?
                  2) bad/unknown-key.yaml:7: departments.sanitation.staff_per_100k: unknown key; did you mean 'staff_per_100k_residents'?""");
        BAD.put("unknown-section.yaml", """
                2 problems in bad/unknown-section.yaml:
                  1) bad/unknown-section.yaml:3: simulaton: unknown key; did you mean 'simulation'?
                  2) bad/unknown-section.yaml:5: reforms: unknown key; allowed here: case_types, city, community_organisations, component_ownership, coordination, departments, description, funding, grid_workers, name, ngos, party_building, platform, public_reports, residents, simulation, volunteers""");
        BAD.put("unknown-department.yaml", """
                2 problems in bad/unknown-department.yaml:
                  1) bad/unknown-department.yaml:5: case_types.sanitation.department = santiation: must be one of civil_affairs, emergency, justice, municipal, police, sanitation, urban_management, grid_worker; did you mean 'sanitation'?
                  2) bad/unknown-department.yaml:7: case_types.public_order.department = public_security: must be one of civil_affairs, emergency, justice, municipal, police, sanitation, urban_management, grid_worker""");
        BAD.put("bad-effort.yaml", """
                6 problems in bad/bad-effort.yaml:
                  1) bad/bad-effort.yaml:5: case_types.sanitation.effort = lognorm(1,2): unknown distribution 'lognorm'; did you mean lognormal(mean=1, sd=2)? Allowed: exponential(mean=H), lognormal(mean=H, sd=H), gamma(mean=H, sd=H) or fixed(hours=H), with H in working hours
                  2) bad/bad-effort.yaml:7: case_types.municipal_facilities.effort = gamma(mean=2): gamma takes mean and sd by name, in working hours; sd is missing: write e.g. gamma(mean=2, sd=1)
                  3) bad/bad-effort.yaml:9: case_types.public_order.effort = exponential(mean=-1): mean must be a number of working hours greater than 0, not '-1'
                  4) bad/bad-effort.yaml:11: case_types.safety_hazard.effort = lognormal(mean=2, sd=1, shape=3): lognormal takes mean and sd by name, in working hours; shape is not one of them: write e.g. lognormal(mean=2, sd=1)
                  5) bad/bad-effort.yaml:13: case_types.social_service.effort = 3: must be a distribution, not a number; for a constant effort write fixed(hours=3). Allowed: exponential(mean=H), lognormal(mean=H, sd=H), gamma(mean=H, sd=H) or fixed(hours=H), with H in working hours
                  6) bad/bad-effort.yaml:15: case_types.neighbourhood_dispute.effort = weibull(scale=2): unknown distribution 'weibull'; allowed: exponential(mean=H), lognormal(mean=H, sd=H), gamma(mean=H, sd=H) or fixed(hours=H), with H in working hours""");
        BAD.put("incomplete-case-type.yaml", """
                10 problems in bad/incomplete-case-type.yaml:
                  1) bad/incomplete-case-type.yaml:4: case_types.noise.detection_probability: missing; must be a number from 0 to 1
                  2) bad/incomplete-case-type.yaml:4: case_types.noise.effort: missing; must be a distribution: exponential(mean=H), lognormal(mean=H, sd=H), gamma(mean=H, sd=H) or fixed(hours=H), with H in working hours
                  3) bad/incomplete-case-type.yaml:4: case_types.noise.kind: missing; must be one of component, event
                  4) bad/incomplete-case-type.yaml:4: case_types.noise.on_spot_hours: missing; must be a number from 0 to 100
                  5) bad/incomplete-case-type.yaml:4: case_types.noise.on_spot_share: missing; must be a number from 0 to 1
                  6) bad/incomplete-case-type.yaml:4: case_types.noise.report_propensity: missing; must be a number from 0 to 1
                  7) bad/incomplete-case-type.yaml:4: case_types.noise.time_limit_basis: missing; must be one of working, calendar
                  8) bad/incomplete-case-type.yaml:4: case_types.noise.time_limit_hours: missing; must be a number greater than 0 and at most 100000
                  9) bad/incomplete-case-type.yaml:4: case_types.noise.urgency: missing; must be one of urgent, normal
                  10) bad/incomplete-case-type.yaml:4: case_types.noise.witnesses: missing; must be a whole number from 0 to 10000""");
        // Issue 10, part 3: owners of components, and the ownership section's ranges.
        BAD.put("component-owners.yaml", """
                6 problems in bad/component-owners.yaml:
                  1) bad/component-owners.yaml:6: case_types.sanitation.outside_owner_share = 0.1: must be 0 for a case type of kind event: only components (physical assets) have owners
                  2) bad/component-owners.yaml:9: case_types.municipal_facilities.unclear_owner_share = 0.5: outside_owner_share 0.7 + unclear_owner_share 0.5 = 1.2; the two must add up to at most 1 (the rest belong to the type's department)
                  3) bad/component-owners.yaml:10: case_types.municipal_facilities.outside_owner_hours = gamma(mean=48): gamma takes mean and sd by name, in clock hours; sd is missing: write e.g. gamma(mean=48, sd=1)
                  4) bad/component-owners.yaml:14: case_types.public_order.unclear_owner_share = 0.2: must be 0 when the grid worker resolves the type: a component whose owner may be someone else needs a department as its default owner
                  5) bad/component-owners.yaml:16: component_ownership.candidate_owners = 0: must be a whole number from 1 to 100
                  6) bad/component-owners.yaml:17: component_ownership.chase_interval_days = 0: must be a number greater than 0 and at most 36500""");
        BAD.put("households-min-above-max.yaml", """
                2 problems in bad/households-min-above-max.yaml:
                  1) bad/households-min-above-max.yaml:6: city.households_per_cell.max = 300: must be at least min (500)
                  2) bad/households-min-above-max.yaml:7: city.cell_area_m2.max = 100: must be at least min (20000)""");
        BAD.put("too-few-residents.yaml", """
                1 problem in bad/too-few-residents.yaml:
                  1) bad/too-few-residents.yaml:4: city.residents = 500: too few for even one grid cell: at least 750 are needed (households_per_cell.min 300 x household_size 2.5)""");
        BAD.put("shift-past-midnight.yaml", """
                2 problems in bad/shift-past-midnight.yaml:
                  1) bad/shift-past-midnight.yaml:6: grid_workers.shift.hours_per_day = 8: the shift would run past midnight (start_hour 20 + 8 hours = 28); a shift must end by 24:00, so from start_hour 20 it lasts at most 4 hours
                  2) bad/shift-past-midnight.yaml:9: departments.police.shift.hours_per_day = 2: the shift would run past midnight (start_hour 22.5 + 2 hours = 24.5); a shift must end by 24:00, so from start_hour 22.5 it lasts at most 1.5 hours""");
        BAD.put("warmup-too-long.yaml", """
                1 problem in bad/warmup-too-long.yaml:
                  1) bad/warmup-too-long.yaml:5: simulation.warmup_days = 30: must be less than days (30), so from 0 to 29""");
        // A schedule is checked like the value it replaces, and only what may change during a run may have one.
        BAD.put("schedules.yaml", """
                7 problems in bad/schedules.yaml:
                  1) bad/schedules.yaml:6: grid_workers.households_per_worker.ramp: give either on_day or ramp, not both: {on_day: D, to: V} or {ramp: [D1, D2], to: V}, with from: V0 optional
                  2) bad/schedules.yaml:7: grid_workers.training.ramp: must be two days [first, last] with first before last, e.g. [365, 545], not [300, 200]
                  3) bad/schedules.yaml:8: grid_workers.monthly_pay.on_day: missing; a schedule is {on_day: D, to: V} or {ramp: [D1, D2], to: V}, with from: V0 optional
                  4) bad/schedules.yaml:9: grid_workers.extra_duty_share.to = 1.5: must be a number from 0 to 0.9
                  5) bad/schedules.yaml:11: coordination.linkage.ramp: a flag cannot ramp: it switches on one day, {on_day: D, to: true}
                  6) bad/schedules.yaml:13: city.residents: cannot change during a run: it is not a lever: it describes the city or how a mechanism works, so it keeps one value for the whole run (levers and the parameters that may change are listed by gridgov validate --explain); give one value
                  7) bad/schedules.yaml:15: residents.trust.mean: cannot change during a run: it draws each household's trust at the start, which then moves with what the household sees (docs/ODD.md 7.23); schedule the reforms that earn trust instead; give one value""");
        BAD.put("bad-name.yaml", """
                1 problem in bad/bad-name.yaml:
                  1) bad/bad-name.yaml:2: name = ../Q City/2024: must be 1-80 letters (of any script), digits, '.', '_' or '-', starting with a letter or digit (it names the output folder)""");
        BAD.put("bad-entry-names.yaml", """
                1 problem in bad/bad-entry-names.yaml:
                  1) bad/bad-entry-names.yaml:4: departments.Street-Office: this name must be 1-40 lower-case letters, digits or '_', starting with a letter (it names output columns)""");
        BAD.put("syntax-error.yaml", """
                1 problem in bad/syntax-error.yaml:
                  1) bad/syntax-error.yaml:5: syntax error at column 18: mapping values are not allowed here""");
        BAD.put("duplicate-key.yaml", """
                1 problem in bad/duplicate-key.yaml:
                  1) bad/duplicate-key.yaml:6: city.residents: duplicate key; first written at line 4""");
        // The tags are refused, and what is left of the value is checked like any other.
        BAD.put("java-tag.yaml", """
                4 problems in bad/java-tag.yaml:
                  1) bad/java-tag.yaml:3: city: tags are not allowed (found !!javax.script.ScriptEngineManager)
                  2) bad/java-tag.yaml:3: city: found a list; must be a mapping
                  3) bad/java-tag.yaml:3: city[0]: tags are not allowed (found !!java.net.URLClassLoader)
                  4) bad/java-tag.yaml:3: city[0][0][0]: tags are not allowed (found !!java.net.URL)""");
        BAD.put("billion-laughs.yaml", """
                1 problem in bad/billion-laughs.yaml:
                  1) bad/billion-laughs.yaml:5: too many aliases at column 12: more than 10 aliases of mappings or lists""");
    }

    @TempDir
    Path dir;

    // ---- good input

    @Test
    void theBuiltInDefaultsLoadWithoutProblems() {
        Scenario s = ScenarioReader.defaults().scenario();
        assertEquals("defaults", s.name());
        assertEquals("", s.description());
        assertFalse(s.departments().isEmpty());
        assertFalse(s.caseTypes().isEmpty());
    }

    @Test
    void everyShippedScenarioLoadsWithoutProblems() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no scenarios/*.yaml found from " + Path.of("").toAbsolutePath());
        for (Path file : files) {
            LoadedScenario loaded = ScenarioReader.read(file, List.of());
            assertFalse(loaded.scenario().caseTypes().isEmpty(), file.toString());
            assertEquals(sha256(Files.readAllBytes(file)), loaded.source().sha256(), file.toString());
        }
    }

    @Test
    void aScenarioStatesOnlyWhatDiffersFromTheDefaults() throws Exception {
        Scenario d = ScenarioReader.defaults().scenario();
        Scenario s = ScenarioReader.readString("""
                name: bigger
                city:
                  residents: 250_000
                grid_workers:
                  shift:
                    hours_per_day: 7
                """, "bigger.yaml", List.of()).scenario();
        CityParams c = d.city();
        assertEquals(new CityParams(250_000, c.householdSize(), c.householdsPerCell(), c.cellAreaM2(),
                c.communityColumns(), c.communityRows(), c.streetColumns(), c.streetRows(),
                c.oldNeighbourhoodShare(), c.oldNeighbourhoodFactor(), c.intensitySpread()), s.city());
        Shift shift = d.gridWorkers().shift();
        assertEquals(new Shift(shift.startHour(), 7, shift.daysPerWeek()), s.gridWorkers().shift());
        assertEquals(d.gridWorkers().householdsPerWorker(), s.gridWorkers().householdsPerWorker());
        assertEquals(d.simulation(), s.simulation());
        assertEquals(d.residents(), s.residents());
        assertEquals(d.platform(), s.platform());
        assertEquals(d.departments(), s.departments());
        assertEquals(d.caseTypes(), s.caseTypes());
        assertEquals(List.copyOf(d.caseTypes().keySet()), List.copyOf(s.caseTypes().keySet()));
    }

    @Test
    void theResolvedParametersSayWhereEachValueCameFrom() throws Exception {
        LoadedScenario loaded = ScenarioReader.readString("""
                name: sources
                city:
                  residents: 250_000
                """, "sources.yaml", List.of("simulation.days=90"));
        Map<String, Resolved> byPath = loaded.resolved().stream()
                .collect(Collectors.toMap(Resolved::path, r -> r, (a, b) -> b, LinkedHashMap::new));
        assertEquals("250000", byPath.get("city.residents").value());
        assertEquals("sources.yaml:3", byPath.get("city.residents").source().describe());
        assertEquals("--set simulation.days=90", byPath.get("simulation.days").source().describe());
        assertEquals(ScenarioReader.DEFAULTS, byPath.get("simulation.seed").source().file());
        assertEquals("sources.yaml:1", byPath.get("name").source().describe());
    }

    @Test
    void aScenarioWithoutANameIsNamedAfterItsFile() throws Exception {
        Path file = dir.resolve("river-district.yaml");
        Files.writeString(file, "city:\n  residents: 50000\n");
        LoadedScenario loaded = ScenarioReader.read(file, List.of());
        assertEquals("river-district", loaded.scenario().name());
        Resolved name = loaded.resolved().get(0);
        assertEquals("name", name.path());
        assertEquals("river-district", name.value());
        assertEquals(file + " (its file name)", name.source().describe());

        // "name: ~" says the same as no name at all.
        assertEquals("no-name", ScenarioReader.readString("name: ~\n", "no-name.yaml", List.of()).scenario().name());
        // A name given by --set counts.
        assertEquals("from-option", ScenarioReader.read(file, List.of("name=from-option")).scenario().name());
    }

    @Test
    void aFileNameThatCannotNameTheOutputFolderIsNotUsedAsTheName() throws Exception {
        Path file = dir.resolve("Q City.yaml");
        Files.writeString(file, "city:\n  residents: 50000\n");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(file, List.of()));
        assertEquals("1 problem in " + file + ":\n  1) " + file + ": name: missing, and the file name 'Q City'"
                + " cannot be used instead: a name must be 1-80 letters (of any script), digits, '.', '_' or '-',"
                + " starting with a letter or digit (it names the output folder); add e.g. name: my-scenario",
                e.getMessage());
    }

    /** Names may be written in Chinese (issue 17, part 3): they name the output folder as well. */
    @Test
    void aScenarioMayBeNamedInChinese(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reform.yaml");
        Files.writeString(file, "name: 网格改革\ndescription: 更多网格员\ncity: {residents: 50000}\n");
        Scenario s = ScenarioReader.read(file, List.of()).scenario();
        assertEquals("网格改革", s.name());
        assertEquals("更多网格员", s.description());
    }

    @Test
    void aFileThatDoesNotExistIsOneProblem() {
        Path file = dir.resolve("missing.yaml");
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(file, List.of()));
        assertEquals("1 problem in " + file + ":\n  1) " + file + ": file not found", e.getMessage());
    }

    // ---- --set overrides

    @Test
    void anOverrideSetsAScalarAndANestedValue() throws Exception {
        Scenario d = ScenarioReader.defaults().scenario();
        Scenario s = ScenarioReader.readString("name: o\n", "o.yaml", List.of(
                "city.residents=2e5", "grid_workers.shift.hours_per_day=7", "platform.bounce_limit=5")).scenario();
        assertEquals(200_000, s.city().residents());
        assertEquals(7, s.gridWorkers().shift().hoursPerDay());
        assertEquals(d.gridWorkers().shift().startHour(), s.gridWorkers().shift().startHour());
        assertEquals(5, s.platform().bounceLimit());
    }

    @Test
    void anOverrideWinsOverTheFileAndTheLastOverrideWins() throws Exception {
        Scenario s = ScenarioReader.readString("name: o\ncity:\n  residents: 30000\n", "o.yaml",
                List.of("city.residents=40000", "city.residents=50000")).scenario();
        assertEquals(50_000, s.city().residents());
    }

    @Test
    void aMappingOverrideMergesIntoTheMappingItReplaces() throws Exception {
        Scenario d = ScenarioReader.defaults().scenario();
        Scenario s = ScenarioReader.readString("name: o\n", "o.yaml",
                List.of("grid_workers.shift={start_hour: 9}")).scenario();
        assertEquals(new Shift(9, d.gridWorkers().shift().hoursPerDay(), d.gridWorkers().shift().daysPerWeek()),
                s.gridWorkers().shift());
    }

    @Test
    void anOverrideAddsANewCaseType() throws Exception {
        Scenario s = ScenarioReader.readString("name: o\n", "o.yaml", List.of("case_types.noise={label: Noise,"
                + " kind: event, rate_per_household_year: 0.1, department: police, urgency: normal,"
                + " time_limit_hours: 24, time_limit_basis: calendar, effort: 'lognormal(mean=1, sd=0.5)',"
                + " on_spot_share: 0.2, on_spot_hours: 0.25, detection_probability: 0.3, witnesses: 4,"
                + " report_propensity: 0.1}")).scenario();
        CaseType noise = s.caseTypes().get("noise");
        assertNotNull(noise);
        assertEquals("police", noise.department());
        assertEquals(new Effort(Effort.Kind.LOGNORMAL, 1, 0.5), noise.effort());
        assertEquals("noise", List.copyOf(s.caseTypes().keySet()).get(s.caseTypes().size() - 1));
    }

    @Test
    void anOverrideOfTildeDeletesAnEntry() throws Exception {
        Scenario d = ScenarioReader.defaults().scenario();
        Scenario s = ScenarioReader.readString("name: o\n", "o.yaml", List.of("case_types.public_order=~"))
                .scenario();
        assertFalse(s.caseTypes().containsKey("public_order"));
        assertEquals(d.caseTypes().size() - 1, s.caseTypes().size());
    }

    @Test
    void deletingADepartmentThatACaseTypeNeedsIsReportedAtTheCaseType() {
        String yaml = """
                name: street-office
                departments:
                  street_office:
                    label: Street office
                    staff_per_100k_residents: 5
                    shift: {start_hour: 9, hours_per_day: 8, days_per_week: 5}
                    return_rate: 0
                    return_delay_hours: 4
                    defect_rate: 0
                case_types:
                  sanitation:
                    department: street_office
                """;
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.readString(yaml,
                "street-office.yaml", List.of("departments.street_office=~")));
        assertEquals("""
                1 problem in street-office.yaml:
                  1) street-office.yaml:12: case_types.sanitation.department = street_office: must be one of civil_affairs, emergency, justice, municipal, police, sanitation, urban_management, grid_worker""",
                e.getMessage());
    }

    @Test
    void overridesAreCheckedLikeTheFileAndAllProblemsComeTogether() {
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.readString("""
                name: together
                simulation:
                  days: 100
                """, "together.yaml", List.of("city.residents=abc", "simulation.warmup_days=400",
                "grid_workers.shift.start_hour=25", "foo", "platform.dispatch_accuracy=[0.9",
                "city.residnts=3", "case_types.sanitation.effort=gamma(mean=2)")));
        assertEquals("""
                7 problems in the input:
                  1) --set case_types.sanitation.effort=gamma(mean=2): case_types.sanitation.effort = gamma(mean=2): gamma takes mean and sd by name, in working hours; sd is missing: write e.g. gamma(mean=2, sd=1)
                  2) --set city.residents=abc: city.residents = abc: must be a whole number from 100 to 50000000
                  3) --set city.residnts=3: city.residnts: unknown key; did you mean 'residents'?
                  4) --set foo: must have the form key.path=value
                  5) --set grid_workers.shift.start_hour=25: grid_workers.shift.start_hour = 25: must be a number from 0 to 23.99
                  6) --set platform.dispatch_accuracy=[0.9: syntax error at column 32: expected ',' or ']', but got <stream end>
                  7) --set simulation.warmup_days=400: simulation.warmup_days = 400: must be less than days (100), so from 0 to 99""",
                e.getMessage());
    }

    @Test
    void aFileThatCannotBeParsedStopsTheCheckingButItsOverridesAreStillChecked() {
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.readString(
                "name: [unclosed\n", "broken.yaml", List.of("foo", "city.residents=abc")));
        assertEquals("""
                2 problems in the input:
                  1) --set foo: must have the form key.path=value
                  2) broken.yaml:2: syntax error at column 1: expected ',' or ']', but got <stream end> (while parsing a flow sequence started at line 1, column 7)""",
                e.getMessage());
    }

    @Test
    void numbersInMessagesAreWrittenAsPeopleWriteThem() {
        assertEquals("20000", ScenarioReader.show(20000.0));
        assertEquals("0.25", ScenarioReader.show(0.25));
        assertEquals("3.9", ScenarioReader.show(24 - 20.1));
        assertEquals("-1.5", ScenarioReader.show(-1.5));
    }

    // ---- bad files

    @TestFactory
    Stream<DynamicTest> eachBadFileGivesItsCompleteMessage() {
        return BAD.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            String name = "bad/" + entry.getKey();
            InputException e = assertThrows(InputException.class,
                    () -> ScenarioReader.readString(resource(name), name, List.of()));
            assertEquals(entry.getValue(), e.getMessage());
        }));
    }

    @Test
    void everyBadFileHasAnExpectedMessage() throws Exception {
        TreeSet<String> files;
        try (Stream<Path> list = Files.list(Path.of(ScenarioReaderTest.class.getResource("bad").toURI()))) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(BAD.keySet()));
        assertTrue(files.size() >= 12);
    }

    @Test
    void aBadFileReadFromDiskNamesTheFileAsGiven() throws Exception {
        Path file = dir.resolve("warmup-too-long.yaml");
        Files.writeString(file, resource("bad/warmup-too-long.yaml"));
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(file, List.of()));
        assertEquals(BAD.get("warmup-too-long.yaml").replace("bad/warmup-too-long.yaml", file.toString()),
                e.getMessage());
    }

    @Test
    void anAliasBombIsRefusedFast() {
        String yaml = resource("bad/billion-laughs.yaml");
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertThrows(InputException.class, () -> ScenarioReader.readString(yaml, "bomb.yaml", List.of()));
        });
    }

    // ---- helpers

    static String resource(String name) {
        try (InputStream in = ScenarioReaderTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
