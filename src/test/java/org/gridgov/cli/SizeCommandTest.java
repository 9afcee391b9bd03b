package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.gridgov.experiment.MetricNames;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.testing.QueueScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridgov size} end to end through {@link Main#execute}: a recommendation with its outputs, the same
 * bytes whatever the thread count, sizing every group, an unreachable target (exit 1) and every kind of bad
 * input (exit 2, exact messages).
 */
class SizeCommandTest {

    @TempDir
    Path dir;
    private Path queue;

    private record Result(int code, String out, String err) {
    }

    private static Result gridgov(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    /** The M/M/c scenario of the sizing tests at lambda = 2: Erlang C needs 4 staff for a mean wait of 0.2 h. */
    @BeforeEach
    void scenario() {
        queue = QueueScenario.write(dir, "queue", 2.0, 3);
    }

    private Result size(String... extra) {
        List<String> args = new ArrayList<>(List.of("size", queue.toString(), "--target", "mean_department_wait_hours<=0.2",
                "--replications", "5", "-q"));
        args.addAll(List.of(extra));
        return gridgov(args.toArray(new String[0]));
    }

    @Test
    void recommendsTheSmallestStaffWritesEveryOutputAndTheSameBytesOnOneOrTwoThreads() throws Exception {
        Result one = size("--for", "department:desk", "--threads", "1", "--out", dir.resolve("one").toString());
        assertEquals(0, one.code(), one.err());
        assertEquals("", one.err());
        assertTrue(one.out().startsWith("queue: the smallest staffing that meets every target with one-sided 95% confidence"
                + " (5 replications x 30 days)\n  desk staff             4 (152.7 staff per 100k residents; --set"
                + " departments.desk.staff_per_100k_residents=152.6717557)\n"), one.out());
        assertTrue(one.out().contains("\n  one step below         desk staff 3: misses mean_department_wait_hours<=0.2"
                + " (upper bound "), one.out());
        Result two = size("--for", "department:desk", "--threads", "2", "--out", dir.resolve("two").toString());
        assertEquals(0, two.code(), two.err());
        Map<String, byte[]> a = files(dir.resolve("one"));
        Map<String, byte[]> b = files(dir.resolve("two"));
        assertEquals(List.of("charts/frontier-department-desk-cost_per_year.png",
                "charts/frontier-department-desk-cost_per_year.svg",
                "charts/frontier-department-desk-mean_department_wait_hours.png",
                "charts/frontier-department-desk-mean_department_wait_hours.svg", "frontier.csv", "recommendation.json",
                "report.html", "runs.csv"), List.copyOf(a.keySet()));
        assertEquals(a.keySet(), b.keySet());
        for (String f : a.keySet()) {
            assertArrayEquals(a.get(f), b.get(f), f);
        }
        String frontier = new String(a.get("frontier.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(frontier.startsWith("staff_group,staff,setting,others,metric,n,mean,low,high,target,target_met,"
                + "all_targets_met,recommended,unstable\n"), frontier);
        assertTrue(frontier.contains("\ndepartment:desk,4,departments.desk.staff_per_100k_residents=152.6717557,,"
                + "mean_department_wait_hours,5,"), frontier);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) JsonReader.parse(new String(a.get("recommendation.json"),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(true, json.get("feasible"));
        assertEquals(List.of("departments.desk.staff_per_100k_residents=152.6717557"), json.get("settings"));
        // The report is one self-contained page that parses as XML, with the charts inline.
        String html = new String(a.get("report.html"), java.nio.charset.StandardCharsets.UTF_8);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(a.get("report.html")));
        assertTrue(html.contains("<h2>Recommendation</h2>") && html.contains("<svg"), "report");
    }

    /**
     * Progress names the targets a staffing misses after "misses" and those it meets after "meets"; each frontier
     * chart draws the target, the recommendation and today's staffing inside its axes.
     */
    @Test
    void progressSaysWhichTargetIsMissedAndTheChartsShowTodayAndTheTarget() throws Exception {
        Path out = dir.resolve("progress");
        List<String> args = new ArrayList<>(List.of("size", queue.toString(), "--target", "mean_department_wait_hours<=0.2",
                "--target", "resolution_rate>=0.5", "--replications", "5", "--for", "department:desk", "--out",
                out.toString()));
        Result r = gridgov(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        assertTrue(java.util.regex.Pattern.compile("\n  department:desk=3 +misses mean_department_wait_hours<=0\\.2: [0-9.]+"
                + " \\(upper [0-9.]+\\); meets resolution_rate>=0\\.5: ").matcher(r.err()).find(), r.err());
        assertTrue(java.util.regex.Pattern.compile("\n  department:desk=4 +meets mean_department_wait_hours<=0\\.2: ")
                .matcher(r.err()).find(), r.err());
        String svg = Files.readString(out.resolve("charts/frontier-department-desk-mean_department_wait_hours.svg"));
        assertTrue(svg.contains(">today<") && svg.contains(">target<") && svg.contains(">recommended<"), "the markers");
    }

    @Test
    void sizingEveryGroupCutsWhatTheTargetsDoNotNeed() {
        // The grid workers do not touch the desk's queue, but they verify its 48 cases a day at 0.5 h each, 168 h
        // a week against 40 h a week per worker: with 4 or fewer the verifications pile up and the staffing is
        // unstable, so it fails every target. Cells are shared by posts, so a post may carry more than an even
        // share; the search stops within twice the bound. The desk needs 4.
        Result r = size("--for", "all", "--out", dir.resolve("all").toString());
        assertEquals(0, r.code(), r.err());
        java.util.regex.Matcher workers = java.util.regex.Pattern.compile("\n  grid workers +(\\d+) \\(").matcher(r.out());
        assertTrue(workers.find(), r.out());
        int n = Integer.parseInt(workers.group(1));
        assertTrue(n >= 5 && n <= 10, r.out());
        assertTrue(r.out().contains("\n  desk staff             4 ("), r.out());
        assertTrue(r.out().contains("\n  one step below         desk staff 3: misses"), r.out());
    }

    @Test
    void anUnreachableTargetSaysWhichAndByHowMuchWithExitCode1() throws IOException {
        Path out = dir.resolve("unreachable");
        // Erlang C's warm start, 4, is above the bound, so the search starts at 3 and can go no higher.
        Result r = size("--for", "department:desk", "--max-staff", "3", "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        String[] lines = r.err().split("\n");
        assertEquals("gridgov size: no staffing within the search bounds meets every target. At the largest tried,"
                + " desk staff 3:", lines[0]);
        assertTrue(lines[1].matches("  mean_department_wait_hours<=0\\.2 is missed by 0\\.[0-9]+: its upper bound is"
                + " 0\\.[0-9]+ \\(mean 0\\.[0-9]+\\)"), lines[1]);
        assertTrue(lines[2].startsWith("Raise --max-staff, size more groups (--for all) or relax the targets. 1"
                + " staffing simulated in "), lines[2]);
        assertEquals(3, lines.length);
        assertTrue(Files.readString(out.resolve("recommendation.json")).contains("\"feasible\": false"));
    }

    @Test
    void badInputIsRefusedWithExactMessagesAndExitCode2() throws Exception {
        String q = queue.toString();
        String metrics = String.join(", ", MetricNames.of(ScenarioReader.read(queue, List.of()).scenario()));
        assertBad("gridgov size: --target 'resolution_rat>=0.95': unknown metric 'resolution_rat'; did you mean"
                + " 'resolution_rate'? the metrics (those of a run's metrics.csv) are: " + metrics,
                "size", q, "--target", "resolution_rat>=0.95");
        assertBad("gridgov size: --target 'resolution_rate>0.95': '>' is not a comparison a target can use: use >="
                + " (at least) or <= (at most), e.g. 'resolution_rate>=0.95'", "size", q, "--target", "resolution_rate>0.95");
        assertBad("gridgov size: --target 'resolution_rate>=high': 'high' is not a number; write the threshold as a"
                + " plain number, e.g. 0.95 or 72", "size", q, "--target", "resolution_rate>=high");
        String target = "mean_department_wait_hours<=0.2";
        assertBad("gridgov size: --for 'workers': must be grid-workers, department:NAME (one of desk) or all",
                "size", q, "--target", target, "--for", "workers");
        assertBad("gridgov size: --for 'department:dsk': the scenario has no department 'dsk'; did you mean"
                + " 'department:desk'? its departments are desk", "size", q, "--target", target, "--for", "department:dsk");
        assertBad("gridgov size: --min-staff must be 1 or more, got 0", "size", q, "--target", target, "--min-staff", "0");
        assertBad("gridgov size: --max-staff (2) must not be less than --min-staff (5)", "size", q, "--target", target,
                "--min-staff", "5", "--max-staff", "2");
        assertBad("gridgov size: --max-staff 5000 is more than the desk staff can be: staff_per_100k_residents is at"
                + " most 100000, so at most 2620 staff for 2620 residents", "size", q, "--target", target,
                "--for", "department:desk", "--max-staff", "5000");
        assertBad("gridgov size: --max-staff 200 is more than the grid workers can be: households_per_worker is at"
                + " least 10, so at most 100 workers for 1000 households", "size", q, "--target", target,
                "--max-staff", "200");
        assertBad("gridgov size: --confidence must be more than 0.5 and less than 1 (e.g. 0.95), got 1.5", "size", q,
                "--target", target, "--confidence", "1.5");
        assertBad("gridgov size: --replications must be from 2 to 100000 (a confidence bound needs 2), not 1", "size", q,
                "--target", target, "--replications", "1");
        assertBad("gridgov size: --target 'mean_department_wait_hours<=0.3': mean_department_wait_hours <= is given twice;"
                + " keep one", "size", q, "--target", target, "--target", "mean_department_wait_hours<=0.3");
        Result missing = gridgov("size", q);
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("gridgov size: Missing required option: '--target=METRIC>=VALUE'"), missing.err());
    }

    @Test
    void aTargetOnARenamedMetricsFormerIdIsSizedUnderTheNewIdWithAWarningEvenWhenQuiet() {
        Result r = gridgov("size", queue.toString(), "--target", "department_wait_mean_hours<=0.2", "--for",
                "department:desk", "--replications", "3", "-q", "--out", dir.resolve("old").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("warning: --target 'department_wait_mean_hours<=0.2': metric 'department_wait_mean_hours' is now"
                + " called 'mean_department_wait_hours'; the old name is accepted until the next release\n", r.err());
        assertTrue(r.out().contains("mean_department_wait_hours<=0.2"), r.out());
        assertTrue(Files.isRegularFile(dir.resolve("old/charts/frontier-department-desk-mean_department_wait_hours.svg")));
    }

    private static void assertBad(String message, String... args) {
        Result r = gridgov(args);
        assertEquals(2, r.code(), r.err());
        assertEquals(message + "\n", r.err());
        assertEquals("", r.out());
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return m;
    }

    /** Nothing overwritten silently (issue 17, part 4): another sizing's outputs are replaced only with --force. */
    @Test
    void anotherSizingsOutputsAreReplacedOnlyWithForce() throws Exception {
        Path out = dir.resolve("sized");
        assertEquals(0, size("--for", "department:desk", "--out", out.toString()).code());
        byte[] before = java.nio.file.Files.readAllBytes(out.resolve("recommendation.json"));
        assertEquals(0, size("--for", "department:desk", "--out", out.toString()).code(), "the same sizing again");
        assertArrayEquals(before, java.nio.file.Files.readAllBytes(out.resolve("recommendation.json")));

        Result other = size("--for", "department:desk", "--seed", "2", "--out", out.toString());
        assertEquals(2, other.code(), other.err());
        assertEquals("gridgov size: " + out + " holds the outputs of another sizing (queue, targets"
                + " mean_department_wait_hours<=0.2); give --out a new folder, or --force to replace them.\n", other.err());
        assertArrayEquals(before, java.nio.file.Files.readAllBytes(out.resolve("recommendation.json")), "nothing replaced");
        assertEquals(0, size("--for", "department:desk", "--seed", "2", "--force", "--out", out.toString()).code());
    }
}
