package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gridgov.Version;
import org.gridgov.config.Resolved;
import org.gridgov.report.RunReport;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, through {@link Main#execute}: exit codes, what is printed, what is written. */
class MainTest {

    /** A shipped scenario, relative to the project folder (the tests' working directory). */
    private static final String BASELINE = "scenarios/q-city-baseline.yaml";
    /** A small, quick city: 5,000 residents. */
    private static final String SMALL = "city.residents=5000";

    /** The metrics that the README promises in metrics.csv and summary.json. */
    private static final List<String> PROMISED_METRICS = List.of("issues_occurred", "issues_discovered",
            "discovery_rate", "cases_filed", "cases_closed", "resolution_rate", "on_time_rate", "mean_hours_to_close",
            "median_hours_to_close", "p90_hours_to_close", "open_cases_end", "mean_open_cases", "bounce_rate",
            "rework_rate", "cases_parked", "share_discovered_by_grid_workers", "share_discovered_by_residents",
            "worker_utilization_mean", "worker_utilization_p90", "department_utilization_mean");

    private static final List<String> OUTPUTS = List.of("summary.json", "metrics.csv", "daily.csv", "cases.csv",
            "workload.csv");

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    static Result gridgov(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    // ---- help and version

    @Test
    void helpListsTheCommandsAndExitsZero() {
        for (String option : new String[] {"--help", "-h"}) {
            Result r = gridgov(option);
            assertEquals(0, r.code());
            assertEquals("", r.err());
            assertTrue(r.out().startsWith("Usage: gridgov [-hV] [COMMAND]\n"), r.out());
            assertTrue(r.out().matches("(?s).*\n  run +Simulate a scenario once and write its outputs\\.\n.*"), r.out());
            assertTrue(r.out().matches("(?s).*\n  validate +Check a scenario and show every parameter in effect\\.\n.*"),
                    r.out());
            for (String command : List.of("experiment", "compare", "merge", "gui")) {
                assertTrue(r.out().matches("(?s).*\n  " + command + " +\\S.*"), command + " is listed:\n" + r.out());
            }
            assertTrue(r.out().contains("Exit codes: 0 success, 2 bad input"), r.out());
        }
    }

    @Test
    void everyCommandHasReadableHelp() {
        for (String command : List.of("run", "validate")) {
            for (String[] args : new String[][] {{command, "--help"}, {command, "-h"}, {"help", command}}) {
                Result r = gridgov(args);
                assertEquals(0, r.code(), String.join(" ", args));
                assertEquals("", r.err());
                assertTrue(r.out().contains("\nUsage: gridgov " + command + " [-hqV] "), r.out());
                assertTrue(r.out().lines().allMatch(line -> line.length() <= 80), r.out());
            }
        }
        String run = gridgov("run", "--help").out();
        // Key paths and the default folder are shown whole, not broken across lines.
        for (String whole : List.of("simulation.days", "simulation.seed", "simulation.warmup_days",
                "grid_workers.households_per_worker=400", "case_types.public_order=~", "SCENARIO.yaml")) {
            assertTrue(run.contains(whole), whole + " in\n" + run);
        }
        assertTrue(run.replaceAll("\\s+", " ").contains("Default: results/<scenario name>-seed<N>/ in the current"
                + " directory."), run);
        for (String option : List.of("--seed", "--days", "--warmup", "--out", "--set", "--no-cases", "--quiet")) {
            assertTrue(run.contains(option), option);
        }
    }

    @Test
    void versionIsTheModelVersionForEveryCommand() {
        assertTrue(Version.get().matches("\\d+\\.\\d+\\.\\d+.*"), Version.get());
        String expected = "gridgov " + Version.get() + " (MASON 18, Java " + System.getProperty("java.version") + ")\n";
        for (String[] args : new String[][] {{"--version"}, {"-V"}, {"run", "--version"}, {"validate", "-V"}}) {
            Result r = gridgov(args);
            assertEquals(new Result(0, expected, ""), r, String.join(" ", args));
        }
    }

    // ---- validate

    @Test
    void validatePrintsEveryResolvedParameterWithItsSource() throws Exception {
        Path file = tmp.resolve("small-town.yaml");
        Files.writeString(file, "name: small-town\ncity:\n  residents: 20000\n");
        Result r = gridgov("validate", file.toString(), "--set", "simulation.days=90");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(file + " is valid: scenario 'small-town'.", lines.get(0));
        List<Resolved> resolved = ScenarioReader.read(file, List.of("simulation.days=90")).resolved();
        assertEquals(resolved.size() + 1, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.matches("  \\S+ = .* +# \\S.*")), r.out());
        assertLine(lines, "  name = small-town +# " + file + ":1");
        assertLine(lines, "  city.residents = 20000 +# " + file + ":3");
        assertLine(lines, "  simulation.days = 90 +# --set simulation.days=90");
        assertLine(lines, "  simulation.seed = -?\\d+ +# /org/gridgov/scenario/defaults.yaml:\\d+");
        assertLine(lines, "  description = \"\" +# \\(built-in\\)");
        // Sources are aligned in one column, except after the rare assignment of over 60 characters.
        assertEquals(1, lines.stream().skip(1).filter(l -> l.substring(0, l.indexOf(" # ")).strip().length() <= 60)
                .map(l -> l.indexOf("# ")).distinct().count(), r.out());

        Result quiet = gridgov("validate", "-q", file.toString());
        assertEquals(new Result(0, file + " is valid: scenario 'small-town'.\n", ""), quiet);
    }

    @Test
    void validateAcceptsEveryShippedScenario() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                Result r = gridgov("validate", "-q", file.toString());
                assertEquals(0, r.code(), file + ": " + r.err());
            }
        }
    }

    @Test
    void validateOfABadFileListsEveryProblemOnStderrAndExitsTwo() {
        String file = "src/test/resources/org/gridgov/scenario/bad/out-of-range.yaml";
        Result r = gridgov("validate", file);
        assertEquals(new Result(2, "", "6 problems in " + file + ":\n"
                + "  1) " + file + ":5: platform.dispatch_accuracy = 1.2: must be a number from 0 to 1\n"
                + "  2) " + file + ":6: platform.bounce_limit = -1: must be a whole number from 0 to 1000\n"
                + "  3) " + file + ":8: city.residents = 50: must be a whole number from 100 to 50000000\n"
                + "  4) " + file + ":9: city.household_size = 0: must be a number from 1 to 10\n"
                + "  5) " + file + ":10: city.old_neighbourhood_share = 1.5: must be a number from 0 to 1\n"
                + "  6) " + file + ":12: grid_workers.households_per_worker = 2.5: must be a whole number from 10"
                + " to 1000000\n"), r);
    }

    // ---- run

    @Test
    void runWritesEveryOutputAndPrintsAShortSummary() throws Exception {
        Path out = tmp.resolve("out");
        Result r = gridgov("run", BASELINE, "--set", SMALL, "--days", "30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        for (String name : OUTPUTS) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        long seed = ScenarioReader.read(Path.of(BASELINE), List.of()).scenario().simulation().seed();
        List<String> printed = r.out().lines().toList();
        assertTrue(printed.size() <= 10, r.out());
        assertTrue(printed.get(0).matches("q-city-baseline, seed " + seed + ", 30 days \\(\\d+ warm-up, chosen by MSER-5 on daily"
                + " open cases and latent issues(: not settled by mid-run)?\\): 5,000 residents, .*"), r.out());
        assertTrue(printed.stream().anyMatch(l -> l.startsWith("  outputs    " + out + " ")), r.out());

        Map<String, String> metrics = metricsCsv(out);
        for (String metric : PROMISED_METRICS) {
            assertTrue(metrics.containsKey(metric), "metrics.csv lacks " + metric);
        }
        assertTrue(Double.parseDouble(metrics.get("cases_filed")) > 0);

        List<String> daily = Files.readAllLines(out.resolve("daily.csv"));
        assertEquals(31, daily.size(), "a header and one row per day");
        assertTrue(daily.get(0).startsWith("day,"), daily.get(0));
        for (int day = 1; day <= 30; day++) {
            assertTrue(daily.get(day).startsWith(day + ","), daily.get(day));
        }
        List<String> cases = Files.readAllLines(out.resolve("cases.csv"));
        assertEquals(String.join(",", RunReport.CASE_COLUMNS), cases.get(0));
        // Every issue of the run has a row; those that occurred after the warm-up are the metrics' issues.
        int occurred = RunReport.CASE_COLUMNS.indexOf("occurred");
        double warmupHours = 24 * Double.parseDouble(metrics.get("warmup_days"));
        assertEquals((long) Double.parseDouble(metrics.get("issues_occurred")),
                cases.stream().skip(1).filter(l -> Double.parseDouble(l.split(",", -1)[occurred]) >= warmupHours).count(),
                "one row per issue that occurred in the measured window");
        assertTrue(cases.size() - 1 > Double.parseDouble(metrics.get("issues_occurred")), "the warm-up's issues too");
        List<String> workload = Files.readAllLines(out.resolve("workload.csv"));
        assertTrue(workload.get(0).startsWith("staff_type,unit,id,hours_on_duty,"), workload.get(0));
        assertTrue(workload.size() > 1);

        Map<?, ?> summary = summary(out);
        assertEquals("q-city-baseline", summary.get("scenario"));
        assertEquals(BASELINE, summary.get("scenario_file"));
        assertEquals(sha256(Files.readAllBytes(Path.of(BASELINE))), summary.get("scenario_sha256"));
        assertEquals(List.of(SMALL), summary.get("overrides"));
        assertEquals((double) seed, summary.get("seed"));
        assertEquals(Version.get(), summary.get("model_version"));
        assertEquals(30.0, summary.get("simulated_days"));
        Map<?, ?> summaryMetrics = (Map<?, ?>) summary.get("metrics");
        assertEquals(metrics.keySet(), summaryMetrics.keySet(), "the same metrics as metrics.csv");
        metrics.forEach((name, value) -> assertEquals(value.isEmpty() ? null : Double.valueOf(value),
                summaryMetrics.get(name), name));
    }

    @Test
    void theSeedChangesTheResultsAndIsRecorded() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path again = tmp.resolve("again");
        assertEquals(0, gridgov("run", BASELINE, "--set", SMALL, "--days", "30", "--seed", "7", "-q", "--out",
                a.toString()).code());
        assertEquals(0, gridgov("run", BASELINE, "--set", SMALL, "--days", "30", "--seed", "8", "-q", "--out",
                b.toString()).code());
        Result r = gridgov("run", BASELINE, "--set", SMALL, "--days", "30", "--seed", "7", "--quiet", "--out",
                again.toString());
        assertEquals(new Result(0, "", ""), r, "--quiet prints nothing");
        assertEquals(7.0, summary(a).get("seed"));
        assertEquals(8.0, summary(b).get("seed"));
        assertNotEquals(metricsCsv(a), metricsCsv(b));
        for (String name : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(again.resolve(name)),
                    "the same seed gives the same " + name);
        }
    }

    @Test
    void noCasesLeavesOutCasesCsv() {
        Path out = tmp.resolve("out");
        Result r = gridgov("run", BASELINE, "--set", SMALL, "--days", "10", "--no-cases", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(out.resolve("cases.csv")));
        for (String name : List.of("summary.json", "metrics.csv", "daily.csv", "workload.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
    }

    @Test
    void theDefaultOutputFolderIsUnderResultsInTheWorkingDirectory() {
        assertEquals(Path.of("results", "q-city-baseline-seed1"), RunCommand.defaultOutputFolder("q-city-baseline", 1));
        assertEquals(Path.of("results", "x-seed-3"), RunCommand.defaultOutputFolder("x", -3));
        assertFalse(RunCommand.defaultOutputFolder("x", 1).isAbsolute());
    }

    /** The real program in its own JVM, from another working directory: exit codes and the default folder. */
    @Test
    void theProgramRunsFromAnyWorkingDirectory() throws Exception {
        String scenario = Path.of(BASELINE).toAbsolutePath().toString();
        Finished run = java("run", scenario, "--set", SMALL, "--days", "10", "--seed", "4");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("q-city-baseline, seed 4, 10 days ("), run.out());
        Path folder = tmp.resolve("results").resolve("q-city-baseline-seed4");
        for (String name : OUTPUTS) {
            assertTrue(Files.isRegularFile(folder.resolve(name)), folder.resolve(name).toString());
        }
        assertEquals(4.0, summary(folder).get("seed"));

        Finished bad = java("run", scenario, "--days", "0");
        assertEquals(new Result(2, "", "gridgov run: --days must be from 1 to 36500, not 0" + System.lineSeparator()),
                new Result(bad.code(), bad.out(), bad.err()));
    }

    // ---- bad input: exit 2, a short message on stderr, nothing on stdout, no stack trace

    @Test
    void badOptionsAndArgumentsExitTwoWithAShortMessage() throws Exception {
        Path missing = tmp.resolve("missing.yaml");
        Path aFile = Files.writeString(tmp.resolve("a-file"), "x");
        Map<List<String>, String> cases = new LinkedHashMap<>();
        cases.put(List.of("run", BASELINE, "--days", "0"), "gridgov run: --days must be from 1 to 36500, not 0\n");
        cases.put(List.of("run", BASELINE, "--days", "0", "--warmup", "-1"),
                "gridgov run: --days must be from 1 to 36500, not 0\ngridgov run: --warmup must be 0 or more, not -1\n");
        cases.put(List.of("run", BASELINE, "--days", "30", "--warmup", "30"),
                "gridgov run: --warmup must be less than --days (30), so from 0 to 29, not 30\n");
        cases.put(List.of("run", BASELINE, "--days", "20", "--set", "simulation.warmup_days=25"),
                "gridgov run: the warm-up must be shorter than the run, but the scenario's simulation.warmup_days (25)"
                        + " is not less than --days 20; give --warmup from 0 to 19\n");
        cases.put(List.of("run", BASELINE, "--bogus"),
                "gridgov run: Unknown option: '--bogus'\nTry 'gridgov run --help' for more information.\n");
        cases.put(List.of("run", "--days", "abc", BASELINE), "gridgov run: Invalid value for option '--days': 'abc'"
                + " is not a whole number\nTry 'gridgov run --help' for more information.\n");
        cases.put(List.of("run", "--seed", "1.5", BASELINE), "gridgov run: Invalid value for option '--seed': '1.5'"
                + " is not a whole number\nTry 'gridgov run --help' for more information.\n");
        cases.put(List.of("run"), "gridgov run: Missing required parameter: 'SCENARIO.yaml'\n"
                + "Try 'gridgov run --help' for more information.\n");
        cases.put(List.of("run", missing.toString()), "1 problem in " + missing + ":\n  1) " + missing
                + ": file not found\n");
        cases.put(List.of("validate", missing.toString()), "1 problem in " + missing + ":\n  1) " + missing
                + ": file not found\n");
        cases.put(List.of("run", BASELINE, "--set", "foo"),
                "1 problem in --set foo:\n  1) --set foo: must have the form key.path=value\n");
        cases.put(List.of("run", BASELINE, "--set"), "gridgov run: Missing required parameter for option '--set'"
                + " (KEY.PATH=VALUE)\nTry 'gridgov run --help' for more information.\n");
        cases.put(List.of("run", BASELINE, "--set", SMALL, "--days", "5", "--out", aFile.toString()),
                "gridgov run: cannot write " + aFile + ": it is a file, not a folder\n");
        cases.put(List.of("frobnicate"), "gridgov: unknown command 'frobnicate'; the commands are run, validate,"
                + " experiment, compare, merge, analyse, size, calibrate, optimise, gui, help\nTry 'gridgov --help' for more information.\n");
        cases.put(List.of("--bogus"), "gridgov: Unknown option: '--bogus'\nTry 'gridgov --help' for more"
                + " information.\n");
        cases.forEach((args, message) -> {
            Result r = gridgov(args.toArray(new String[0]));
            assertEquals(new Result(2, "", message), r, String.join(" ", args));
        });
    }

    @Test
    void aBadScenarioStopsTheRunBeforeAnythingIsWritten() {
        Path out = tmp.resolve("out");
        String file = "src/test/resources/org/gridgov/scenario/bad/warmup-too-long.yaml";
        Result r = gridgov("run", file, "--out", out.toString());
        assertEquals(new Result(2, "", "1 problem in " + file + ":\n  1) " + file + ":5: simulation.warmup_days = 30:"
                + " must be less than days (30), so from 0 to 29\n"), r);
        assertFalse(Files.exists(out));
    }

    @Test
    void everyProblemOfTheFileAndTheOverridesIsPrintedAtOnce() throws Exception {
        Path file = tmp.resolve("two.yaml");
        Files.writeString(file, "name: two\ncity:\n  residnts: 5000\n");
        Result r = gridgov("validate", file.toString(), "--set", "platform.bounce_limit=lots");
        assertEquals(new Result(2, "", "2 problems in the input:\n"
                + "  1) --set platform.bounce_limit=lots: platform.bounce_limit = lots: must be a whole number from 0"
                + " to 1000\n"
                + "  2) " + file + ":3: city.residnts: unknown key; did you mean 'residents'?\n"), r);
    }

    // ---- helpers

    private static void assertLine(List<String> lines, String regex) {
        assertTrue(lines.stream().anyMatch(l -> l.matches(regex)), regex + " in\n" + String.join("\n", lines));
    }

    /** metrics.csv as name to value, checking its header and shape. */
    private static Map<String, String> metricsCsv(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("metrics.csv"));
        assertEquals("metric,value", lines.get(0));
        Map<String, String> metrics = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            assertEquals(2, fields.length, line);
            assertTrue(fields[1].isEmpty() || fields[1].matches("-?\\d+(\\.\\d+)?"), line);
            assertEquals(null, metrics.put(fields[0], fields[1]), "metric written twice: " + line);
        }
        return metrics;
    }

    /** summary.json, which must be well-formed JSON. */
    private static Map<?, ?> summary(Path dir) throws IOException {
        Object json = JsonReader.parse(Files.readString(dir.resolve("summary.json")));
        assertTrue(json instanceof Map, "summary.json is a JSON object");
        return (Map<?, ?>) json;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    record Finished(int code, String out, String err) {
    }

    /** Runs gridgov's main class in a new JVM with {@link #tmp} as its working directory. */
    private Finished java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path logs = Files.createTempDirectory(tmp, "logs");
        Process p = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(logs.resolve("out").toFile()).redirectError(logs.resolve("err").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the program did not finish in 120 s");
        }
        return new Finished(p.exitValue(), Files.readString(logs.resolve("out"), StandardCharsets.UTF_8),
                Files.readString(logs.resolve("err"), StandardCharsets.UTF_8));
    }
}
