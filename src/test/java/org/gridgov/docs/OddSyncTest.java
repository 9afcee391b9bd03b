package org.gridgov.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gridgov.Version;
import org.gridgov.config.InputException;
import org.gridgov.config.Resolved;
import org.gridgov.model.Activity;
import org.gridgov.model.CaseState;
import org.gridgov.model.Issue;
import org.gridgov.observe.DailySeries;
import org.gridgov.observe.Metric;
import org.gridgov.observe.Metrics;
import org.gridgov.report.RunReport;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.Parameter;
import org.gridgov.scenario.ParameterCatalogue;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/ODD.md in step with the code: every parameter of the built-in defaults with its value, every
 * case state, every metric a run produces, every output column, the calibration figures of the baseline run,
 * the results of the reform scenarios, and the mapping of the Q City study to parameters and scenarios.
 *
 * <p>The document is parsed by its tables: a table is a block of lines starting with '|', its first line the
 * header. Parameter tables have the header cell "Key path", the case-state table "Case state", the metrics
 * table "Metric", output-column tables "Column" (under a heading naming the file), the calibration table a
 * "Model metric" column, the reform-results table "Scenario file" (with one column per metric, named in
 * backticks), and the mapping tables the columns "Parameter", "Baseline", "Reform scenario" and "Value there".
 */
class OddSyncTest {

    private static final Path ODD = Path.of(System.getProperty("basedir", "."), "docs", "ODD.md");
    private static final Path SCENARIOS = Path.of(System.getProperty("basedir", "."), "scenarios");
    private static final Path BASELINE = SCENARIOS.resolve("q-city-baseline.yaml");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern KEY_PATH = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");

    private static List<Table> tables;

    /** One Markdown table with the heading it stands under. */
    record Table(String heading, List<String> header, List<List<String>> rows) {
        int column(String name) {
            return header.indexOf(name);
        }
    }

    @BeforeAll
    static void readDocument() throws IOException {
        assertTrue(Files.isRegularFile(ODD), "missing " + ODD);
        tables = parse(Files.readAllLines(ODD, StandardCharsets.UTF_8));
    }

    // ---- parameters

    @Test
    void everyDefaultIsDocumentedWithItsValue() {
        Map<String, String> documented = documentedParameters();
        List<String> problems = new ArrayList<>();
        for (Resolved r : ScenarioReader.defaults().resolved()) {
            String doc = documented.get(r.path());
            if (doc == null) {
                problems.add(r.path() + " = " + r.value() + ": not in the parameter tables");
            } else if (!r.path().equals("name") && !sameValue(doc, r.value())) {
                // (a scenario's name defaults to its file's name, so it has no fixed default)
                problems.add(r.path() + ": the tables say " + doc + ", the defaults say " + r.value());
            }
        }
        assertNoProblems("parameter tables of docs/ODD.md (section 9) vs defaults.yaml", problems);
    }

    @Test
    void everyDocumentedKeyPathIsReal() {
        Set<String> real = new LinkedHashSet<>();
        ScenarioReader.defaults().resolved().forEach(r -> real.add(r.path()));
        List<String> problems = new ArrayList<>();
        for (String path : documentedParameters().keySet()) {
            if (!real.contains(path)) {
                problems.add(path + ": documented, but the scenario reader resolves no such key path");
            }
        }
        assertNoProblems("parameter tables of docs/ODD.md (section 9)", problems);
    }

    @Test
    void everyDeclaredParameterIsDocumentedWithItsUnitAndAllowedRange() {
        List<String> problems = new ArrayList<>();
        Set<Parameter> documented = new LinkedHashSet<>();
        for (Table t : tablesHeaded("Key path")) {
            int unit = t.column("Unit");
            int range = t.column("Allowed range");
            assertTrue(unit > 0 && range > 0, "a parameter table under '" + t.heading() + "' lacks a Unit or an"
                    + " Allowed range column");
            for (List<String> row : t.rows()) {
                String path = unquote(row.get(0));
                Parameter p = ParameterCatalogue.all().stream().filter(d -> d.covers(path)).findFirst().orElse(null);
                if (p == null) {
                    problems.add(path + ": documented, but no record declares it");
                    continue;
                }
                documented.add(p);
                if (!row.get(unit).equals(p.unit())) {
                    problems.add(path + ": unit '" + row.get(unit) + "', declared '" + p.unit() + "'");
                }
                // The declared range, optionally followed by a note on other values ("; start + hours <= 24").
                String cell = row.get(range);
                String declared = p.allowedRange();
                if (!(cell.equals(declared) || cell.startsWith(declared + ";") || cell.startsWith(declared + ","))) {
                    problems.add(path + ": allowed range '" + cell + "', declared '" + declared + "'");
                }
            }
        }
        for (Parameter p : ParameterCatalogue.all()) {
            if (!documented.contains(p)) {
                problems.add(p.path() + ": declared, but not in the parameter tables");
            }
        }
        assertNoProblems("parameter tables of docs/ODD.md (section 9) vs the declarations (@Param)", problems);
    }

    @Test
    void theLeversAreDocumentedInOrderWithTheirPlausibleRanges() {
        List<Table> found = tablesHeaded("Lever");
        assertEquals(1, found.size(), "docs/ODD.md needs one table of levers (header 'Lever')");
        List<String> documented = found.get(0).rows().stream()
                .map(r -> unquote(r.get(0)) + " | " + r.get(1) + " | " + r.get(2)).toList();
        List<String> declared = ParameterCatalogue.levers().stream()
                .map(p -> p.path() + " | " + p.lever().label() + " | " + p.lever().range()).toList();
        assertEquals(declared, documented, "levers in docs/ODD.md (section 9.14) vs the declarations (@Lever)");
    }

    /** Key path to documented default, from every table headed "Key path"; a path given twice is an error. */
    private static Map<String, String> documentedParameters() {
        Map<String, String> documented = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Table t : tables) {
            if (t.header().isEmpty() || !t.header().get(0).equals("Key path")) {
                continue;
            }
            count++;
            int value = t.column("Default");
            assertTrue(value > 0, "a parameter table under '" + t.heading() + "' has no Default column");
            for (List<String> row : t.rows()) {
                String path = unquote(row.get(0));
                if (!KEY_PATH.matcher(path).matches()) {
                    problems.add("'" + row.get(0) + "' under '" + t.heading() + "' is not a key path in backticks");
                } else if (documented.put(path, row.get(value)) != null) {
                    problems.add(path + " is documented twice");
                }
            }
        }
        assertTrue(count > 0, "docs/ODD.md has no parameter table (header 'Key path')");
        assertNoProblems("parameter tables of docs/ODD.md", problems);
        return documented;
    }

    /** Numbers compare numerically; anything else as text, with "" meaning the empty text. */
    private static boolean sameValue(String documented, String actual) {
        String doc = unquote(documented.trim());
        if (doc.equals("\"\"")) {
            doc = "";
        }
        String act = actual.trim();
        if (NUMBER.matcher(doc).matches() && NUMBER.matcher(act).matches()) {
            double a = Double.parseDouble(doc);
            double b = Double.parseDouble(act);
            return a == b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
        }
        return doc.replaceAll("\\s+", " ").equals(act.replaceAll("\\s+", " "));
    }

    // ---- case states

    @Test
    void caseStatesAreDocumentedInOrder() {
        List<Table> found = tablesHeaded("Case state");
        assertEquals(1, found.size(), "docs/ODD.md needs one table headed 'Case state'");
        List<String> documented = found.get(0).rows().stream().map(r -> unquote(r.get(0))).toList();
        List<String> states = Stream.of(CaseState.values()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        assertEquals(states, documented, "case states in docs/ODD.md (section 2.2) vs CaseState");
        found.get(0).rows().forEach(r -> assertFalse(r.get(1).isBlank(), "case state " + r.get(0) + " has no meaning"));
    }

    // ---- metrics

    @Test
    void everyMetricOfARunIsDefinedAndEveryDefinitionIsUsed() throws InputException {
        Set<String> names = tinyRun().metrics().names();
        Map<String, Pattern> defined = new LinkedHashMap<>();
        for (Table t : tablesHeaded("Metric")) {
            int definition = t.column("Definition");
            assertTrue(definition > 0, "the metrics table has no Definition column");
            for (List<String> row : t.rows()) {
                String name = unquote(row.get(0));
                assertFalse(row.get(definition).isBlank(), "metric " + name + " has an empty definition");
                // A pattern such as department_utilization_<department> stands for one metric per name.
                String regex = Pattern.quote(name).replaceAll("<[a-z_]+>", "\\\\E[a-z][a-z0-9_]*\\\\Q");
                defined.put(name, Pattern.compile(regex));
            }
        }
        assertFalse(defined.isEmpty(), "docs/ODD.md has no metrics table (header 'Metric')");
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            if (defined.values().stream().noneMatch(p -> p.matcher(name).matches())) {
                problems.add(name + ": produced by a run, not defined in the metrics section");
            }
        }
        defined.forEach((name, p) -> {
            if (names.stream().noneMatch(n -> p.matcher(n).matches())) {
                problems.add(name + ": defined in the metrics section, but no run produces it");
            }
        });
        assertNoProblems("metrics section of docs/ODD.md vs metrics.csv", problems);
    }

    @Test
    void everyCatalogueMetricIsListedWithItsLabelsUnitDirectionAndDefinition() {
        List<Table> found = tablesHeaded("Metric");
        assertEquals(1, found.size(), "docs/ODD.md needs one metrics table (header 'Metric')");
        Table t = found.get(0);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        t.rows().forEach(r -> rows.put(unquote(r.get(0)), r));
        List<String> problems = new ArrayList<>();
        for (Metric m : Metric.values()) {
            List<String> row = rows.get(m.id());
            if (row == null) {
                problems.add(m.id() + ": in the catalogue, not in the metrics table");
                continue;
            }
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("Label", m.label());
            expected.put("中文", m.chineseLabel());
            expected.put("Unit", m.unit().symbol());
            expected.put("Better", m.better().name().toLowerCase(Locale.ROOT));
            expected.put("Definition", m.definition());
            expected.forEach((column, value) -> {
                int c = t.column(column);
                if (c < 0) {
                    problems.add("the metrics table has no column '" + column + "'");
                } else if (!row.get(c).equals(value)) {
                    problems.add(m.id() + " " + column + ": the table says '" + row.get(c) + "', the catalogue '"
                            + value + "'");
                }
            });
        }
        rows.keySet().stream().filter(id -> Stream.of(Metric.values()).noneMatch(m -> m.id().equals(id)))
                .forEach(id -> problems.add(id + ": in the metrics table, not in the catalogue"));
        assertNoProblems("metrics table of docs/ODD.md (section 8.2) vs the catalogue org.gridgov.observe.Metric",
                problems.stream().distinct().toList());
    }

    private static RunResult tinyRun() throws InputException {
        return Simulation.run(new RunSpec(ScenarioReader.readString("city: {residents: 2000}", "t.yaml", List.of())
                .scenario(), 1, 0, 10, 0, false));
    }

    // ---- output columns

    @Test
    void outputColumnsAreDocumentedInOrder() {
        List<String> workload = new ArrayList<>(List.of("staff_type", "unit", "id", "hours_on_duty"));
        for (Activity a : Activity.values()) {
            workload.add("hours_" + a.name().toLowerCase(Locale.ROOT));
        }
        workload.addAll(List.of("load_hours", "utilization", "cases_handled", "verifications"));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("daily.csv", DailySeries.COLUMNS);
        expected.put("cases.csv", RunReport.CASE_COLUMNS);
        expected.put("workload.csv", workload);
        expected.forEach((file, columns) -> {
            List<Table> found = tablesHeaded("Column").stream().filter(t -> t.heading().contains(file)).toList();
            assertEquals(1, found.size(), "docs/ODD.md needs one 'Column' table under a heading naming " + file);
            List<String> documented = found.get(0).rows().stream().map(r -> unquote(r.get(0))).toList();
            assertEquals(columns, documented, "columns of " + file + " in docs/ODD.md");
        });
    }

    // ---- calibration

    /** Figures derived from a run that are not metrics themselves; section 10 defines each. */
    private static final Map<String, ToDoubleFunction<RunResult>> DERIVED = Map.of(
            "derived:parked_share", r -> r.metrics().get("cases_parked") / r.metrics().get("cases_filed"),
            "derived:resident_found_per_resident_year", r -> {
                Metrics m = r.metrics();
                return m.get("issues_discovered") * m.get("share_discovered_by_residents")
                        / (m.get("residents") * m.get("measured_days") / 365.0);
            });

    @Test
    void calibrationFiguresAreThoseOfTheBaselineRun() throws InputException, IOException {
        String text = Files.readString(ODD, StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("Model version: `([^`]+)`").matcher(text);
        assertTrue(version.find(), "the calibration section must state 'Model version: `...`'");
        assertEquals(Version.get(), version.group(1), "model version stated in the calibration section");

        RunResult run = Simulation.run(RunSpec.of(ScenarioReader.read(BASELINE, List.of()).scenario()));
        List<Table> found = tables.stream().filter(t -> t.column("Model metric") >= 0).toList();
        assertEquals(1, found.size(), "docs/ODD.md needs one calibration table with a 'Model metric' column");
        Table t = found.get(0);
        int metric = t.column("Model metric");
        int baseline = t.header().stream().filter(h -> h.startsWith("Baseline")).findFirst()
                .map(t::column).orElseThrow(() -> new AssertionError("the calibration table has no Baseline column"));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (List<String> row : t.rows()) {
            String name = unquote(row.get(metric));
            if (!row.get(metric).startsWith("`")) {
                continue; // an input, not an output of the run
            }
            double actual;
            if (DERIVED.containsKey(name)) {
                actual = DERIVED.get(name).applyAsDouble(run);
            } else if (run.metrics().has(name)) {
                actual = run.metrics().get(name);
            } else {
                problems.add(name + ": neither a metric nor a derived figure");
                continue;
            }
            checked++;
            compareShown(name, row.get(baseline), actual, "the baseline run", problems);
        }
        assertTrue(checked > 0, "the calibration table checks no run output");
        assertNoProblems("calibration table of docs/ODD.md (section 10) vs a run of " + BASELINE
                + " (rerun it and update the table)", problems);
    }


    /**
     * The first number shown in a cell must be the actual value rounded to the decimals shown; a cell with
     * '%' shows a share in per cent. Thousands separators are ignored.
     */
    private static void compareShown(String name, String shown, double actual, String what, List<String> problems) {
        Matcher m = NUMBER.matcher(shown.replace(",", ""));
        if (!m.find()) {
            problems.add(name + ": no number in '" + shown + "'");
            return;
        }
        String digits = m.group();
        int dot = digits.indexOf('.');
        int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
        double scale = shown.contains("%") ? 100 : 1;
        double value = Double.parseDouble(digits) / scale;
        double tolerance = 0.5 * Math.pow(10, -decimals) / scale + 1e-12;
        if (!(Math.abs(value - actual) <= tolerance)) {
            problems.add(String.format(Locale.ROOT, "%s: the document shows %s, %s gives %.12g", name, shown, what,
                    actual * scale));
        }
    }

    // ---- reform scenarios: one run each

    /** Every shipped scenario file, by file name. */
    /**
     * The shipped scenarios of the Q City study: the baseline and its reforms. A scenario on a district's own map
     * (scenarios/sample-district.yaml) describes a place, not a reform, and is neither mapped to the study nor in
     * the reform-results table.
     */
    private static Set<String> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .filter(f -> !onAMap(SCENARIOS.resolve(f)))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean onAMap(Path scenario) {
        try {
            return ScenarioReader.read(scenario, List.of()).scenario().city().map() != null;
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reformResultsAreThoseOfOneRunOfEachScenario() throws IOException {
        List<Table> found = tablesHeaded("Scenario file");
        assertEquals(1, found.size(), "docs/ODD.md needs one table of reform results headed 'Scenario file'");
        Table t = found.get(0);
        Map<Integer, String> metricColumns = new LinkedHashMap<>();
        for (int c = 1; c < t.header().size(); c++) {
            if (t.header().get(c).startsWith("`")) {
                metricColumns.put(c, unquote(t.header().get(c)));
            }
        }
        assertFalse(metricColumns.isEmpty(), "the reform-results table names no metric (in backticks) in its header");
        List<String> files = t.rows().stream().map(r -> unquote(r.get(0))).toList();
        assertEquals(scenarioFiles(), new TreeSet<>(files), "scenarios in the reform-results table vs scenarios/");
        assertEquals(files.size(), new TreeSet<>(files).size(), "a scenario is listed twice in the reform-results table");
        // One run per scenario, as documented: its own seed and days, no warm-up beyond its own.
        Map<String, RunResult> runs = files.parallelStream().collect(Collectors.toConcurrentMap(f -> f, f -> {
            try {
                var scenario = ScenarioReader.read(SCENARIOS.resolve(f), List.of()).scenario();
                return Simulation.run(new RunSpec(scenario, scenario.simulation().seed(), 0,
                        scenario.simulation().days(), scenario.simulation().warmupDays(), false));
            } catch (InputException e) {
                throw new AssertionError(f + " does not load: " + e.getMessage(), e);
            }
        }));
        List<String> problems = new ArrayList<>();
        for (List<String> row : t.rows()) {
            String file = unquote(row.get(0));
            Metrics m = runs.get(file).metrics();
            metricColumns.forEach((c, metric) -> {
                if (!m.has(metric)) {
                    problems.add(metric + ": not a metric");
                } else {
                    compareShown(file + " " + metric, row.get(c), m.get(metric), "its run", problems);
                }
            });
        }
        assertNoProblems("reform-results table of docs/ODD.md (section 10) vs one run of each scenario (rerun"
                + " them and update the table)", problems);
    }

    // ---- the Q City study mapped to parameters and reform scenarios

    @Test
    void mappingOfTheStudyMatchesDefaultsAndScenarios() throws IOException, InputException {
        List<Table> mapping = tables.stream().filter(t -> t.column("Parameter") >= 0 && t.column("Baseline") >= 0
                && t.column("Reform scenario") >= 0 && t.column("Value there") >= 0).toList();
        assertFalse(mapping.isEmpty(), "docs/ODD.md needs the mapping tables of section 11 (columns Parameter,"
                + " Baseline, Reform scenario, Value there)");
        Map<String, String> defaults = new LinkedHashMap<>();
        ScenarioReader.defaults().resolved().forEach(r -> defaults.put(r.path(), r.value()));
        Map<String, LoadedScenario> scenarios = new LinkedHashMap<>();
        for (String f : scenarioFiles()) {
            scenarios.put(f, ScenarioReader.read(SCENARIOS.resolve(f), List.of()));
        }
        Pattern file = Pattern.compile("`([^`]+\\.yaml)`");
        Set<String> mapped = new LinkedHashSet<>(); // "file key.path"
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Table t : mapping) {
            int param = t.column("Parameter");
            int base = t.column("Baseline");
            int scen = t.column("Reform scenario");
            int there = t.column("Value there");
            for (List<String> row : t.rows()) {
                String cell = row.get(param);
                if (!cell.startsWith("`")) {
                    continue; // a note, not a parameter
                }
                String path = unquote(cell);
                if (!KEY_PATH.matcher(path).matches()) {
                    problems.add("'" + cell + "' under '" + t.heading() + "' is not one key path in backticks");
                    continue;
                }
                checked++;
                if (defaults.containsKey(path)) {
                    if (!sameValue(row.get(base), defaults.get(path))) {
                        problems.add(path + ": baseline shown as " + row.get(base) + ", the defaults say "
                                + defaults.get(path));
                    }
                } else if (!row.get(base).equals("-")) {
                    problems.add(path + ": not in the defaults, so its baseline must be '-', not " + row.get(base));
                }
                Matcher fm = file.matcher(row.get(scen));
                boolean any = false;
                while (fm.find()) {
                    any = true;
                    String f = fm.group(1);
                    LoadedScenario s = scenarios.get(f);
                    if (s == null) {
                        problems.add(path + ": " + f + " is not a file in scenarios/");
                        continue;
                    }
                    mapped.add(f + " " + path);
                    String value = s.resolved().stream().filter(r -> r.path().equals(path)).map(Resolved::value)
                            .findFirst().orElse(null);
                    if (value == null) {
                        problems.add(path + ": " + f + " has no such key path");
                    } else if (!sameValue(row.get(there), value)) {
                        problems.add(path + ": value in " + f + " shown as " + row.get(there) + ", the file gives "
                                + value);
                    }
                }
                if (!any && !(row.get(scen).equals("-") && row.get(there).equals("-"))) {
                    problems.add(path + ": a row without a reform scenario needs '-' as scenario and value there");
                }
            }
        }
        assertTrue(checked > 0, "the mapping tables check no parameter");
        // Every parameter a reform scenario sets itself must be mapped for that scenario.
        scenarios.forEach((f, s) -> {
            for (Resolved r : s.resolved()) {
                boolean own = r.source().file().equals(SCENARIOS.resolve(f).toString());
                boolean meta = r.path().equals("name") || r.path().equals("description")
                        || r.path().startsWith("simulation.");
                if (own && !meta && !mapped.contains(f + " " + r.path())) {
                    problems.add(f + " sets " + r.path() + " = " + r.value() + ", which section 11 does not map");
                }
            }
        });
        assertNoProblems("mapping of the Q City study in docs/ODD.md (section 11) vs defaults and scenarios/",
                problems);
    }

    // ---- parsing

    private static List<Table> tablesHeaded(String first) {
        return tables.stream().filter(t -> !t.header().isEmpty() && t.header().get(0).equals(first)).toList();
    }

    static List<Table> parse(List<String> lines) {
        List<Table> result = new ArrayList<>();
        String heading = "";
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                heading = line.replaceFirst("^#+\\s*", "");
            }
            if (!line.startsWith("|")) {
                i++;
                continue;
            }
            List<String> header = cells(line);
            List<List<String>> rows = new ArrayList<>();
            i++;
            if (i < lines.size() && lines.get(i).matches("\\|[\\s:|-]*")) {
                i++; // the separator line
            }
            while (i < lines.size() && lines.get(i).startsWith("|")) {
                List<String> row = cells(lines.get(i));
                if (row.size() != header.size()) {
                    fail("docs/ODD.md line " + (i + 1) + " has " + row.size() + " cells, its table's header "
                            + header.size() + ": " + lines.get(i));
                }
                rows.add(row);
                i++;
            }
            result.add(new Table(heading, header, rows));
        }
        return result;
    }

    private static List<String> cells(String line) {
        String s = line.trim();
        s = s.substring(1, s.endsWith("|") && s.length() > 1 ? s.length() - 1 : s.length());
        List<String> cells = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            cells.add(c.trim());
        }
        return cells;
    }

    private static String unquote(String cell) {
        String s = cell.trim();
        return s.length() >= 2 && s.startsWith("`") && s.endsWith("`") ? s.substring(1, s.length() - 1) : s;
    }

    private static void assertNoProblems(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) in the " + what + ":\n  " + String.join("\n  ", problems));
        }
    }
}
