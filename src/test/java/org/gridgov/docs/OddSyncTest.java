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
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridgov.Version;
import org.gridgov.config.InputException;
import org.gridgov.config.Resolved;
import org.gridgov.model.Activity;
import org.gridgov.model.CaseState;
import org.gridgov.model.Issue;
import org.gridgov.observe.DailySeries;
import org.gridgov.observe.Metrics;
import org.gridgov.report.RunReport;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/ODD.md in step with the code: every parameter of the built-in defaults with its value, every
 * metric a run produces, every output column, and the calibration figures of the baseline run.
 *
 * <p>The document is parsed by its tables: a table is a block of lines starting with '|', its first line the
 * header. Parameter tables have the header cell "Key path", the metrics table "Metric", output-column tables
 * "Column" (under a heading naming the file), the calibration table a "Model metric" column.
 */
class OddSyncTest {

    private static final Path ODD = Path.of(System.getProperty("basedir", "."), "docs", "ODD.md");
    private static final Path BASELINE = Path.of(System.getProperty("basedir", "."), "scenarios", "q-city-baseline.yaml");
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
            "derived:parked_share", r -> r.metrics().get("parked_cases") / r.metrics().get("cases_filed"),
            "derived:resident_found_per_resident_year", r -> {
                Metrics m = r.metrics();
                return m.get("issues_discovered") * m.get("share_discovered_by_resident")
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
            String shown = row.get(baseline);
            Matcher m = NUMBER.matcher(shown.replace(",", ""));
            if (!m.find()) {
                problems.add(name + ": no number in '" + shown + "'");
                continue;
            }
            String digits = m.group();
            int dot = digits.indexOf('.');
            int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
            double scale = shown.contains("%") ? 100 : 1;
            double value = Double.parseDouble(digits) / scale;
            double tolerance = 0.5 * Math.pow(10, -decimals) / scale + 1e-12;
            if (!(Math.abs(value - actual) <= tolerance)) {
                problems.add(String.format(Locale.ROOT, "%s: the document shows %s, the baseline run gives %.6g",
                        name, shown, actual * scale));
            }
        }
        assertTrue(checked > 0, "the calibration table checks no run output");
        assertNoProblems("calibration table of docs/ODD.md (section 10) vs a run of " + BASELINE
                + " (rerun it and update the table)", problems);
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
