package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code gridgov experiment}, {@code compare} and {@code merge} end to end: outputs that do not depend on
 * the thread count, on interruptions or on sharding, a report that opens, and clear errors with exit code 2.
 */
class ExperimentCommandsTest {

    @TempDir
    Path dir;
    private Path experiment;

    /** Records what a command printed. */
    private record Result(int code, String out, String err) {
    }

    @BeforeEach
    void files() throws IOException {
        write("a.yaml", "name: a\ndescription: small\nsimulation: {days: 20, seed: 1, warmup_days: 2}\ncity: {residents: 6000}\n");
        write("b.yaml", "name: b\ndescription: small, more workers\nsimulation: {days: 20, seed: 1, warmup_days: 2}\n"
                + "city: {residents: 6000}\ngrid_workers: {households_per_worker: 400}\n");
        experiment = write("tiny.yaml", """
                name: tiny
                scenarios:
                  - %1$s/a.yaml
                  - {file: %1$s/a.yaml, set: {grid_workers.households_per_worker: 400}, label: more-workers}
                  - {file: %1$s/a.yaml, set: {grid_workers.extra_duty_share: 0.6}, label: more-duties}
                replications: 3
                metrics: [resolution_rate, worker_utilization_mean, mean_hours_to_close]
                """.formatted(dir));
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static Result gridgov(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    private Path run(String name, String... extra) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("experiment", experiment.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        Result r = gridgov(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void outputsAreByteIdenticalWhateverTheThreadCount() throws IOException {
        Path one = run("one", "--threads", "1");
        Path two = run("two", "--threads", "2");
        assertSameOutputs(one, two);
        assertTrue(Files.readString(one.resolve("runs.csv")).startsWith(
                "experiment,scenario,design_point,replication,seed,metric,value,unstable\ntiny,a,0,0,1,resolution_rate,"));
        assertEquals(1 + 3 * 3 * 3, Files.readAllLines(one.resolve("runs.csv")).size());
        assertEquals(1 + 2 * 3, Files.readAllLines(one.resolve("comparison.csv")).size());
    }

    @Test
    void resumingAfterLostRunsGivesTheSameFiles() throws IOException {
        Path whole = run("whole", "--threads", "2");
        Path resumed = run("resumed", "--threads", "2");
        Path journal = resumed.resolve("journal");
        // Lose three finished runs and every output; leave what a kill during a write leaves: a temporary
        // file, and a run file cut short (as a disk without atomic rename could).
        for (String f : List.of("p0000-r0001.run", "p0001-r0000.run", "p0002-r0002.run")) {
            Files.delete(journal.resolve(f));
        }
        Files.writeString(journal.resolve(".p0000-r0001.run.123.tmp"), "gridgov-run-record 1\nidentity\tx\n");
        Path cut = journal.resolve("p0001-r0002.run");
        Files.writeString(cut, Files.readString(cut).substring(0, 500));
        try (Stream<Path> files = Files.list(resumed)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.delete(f);
            }
        }
        Result again = gridgov("experiment", experiment.toString(), "--out", resumed.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("5 of 9 runs are already in the journal; running the other 4"), again.err());
        // Before it starts, the time left from the journal's run times: 4 runs on 2 threads.
        assertTrue(java.util.regex.Pattern.compile("running the other 4, about \\d+:\\d\\d \\(from the run times in the"
                + " journal\\)").matcher(again.err()).find(), again.err());
        assertTrue(again.out().contains("9 runs (4 now, 5 from the journal)"), again.out());
        assertSameOutputs(whole, resumed);
    }

    @Test
    void aKilledExperimentResumesToTheSameFiles() throws Exception {
        Path whole = run("whole", "--threads", "2", "--days", "60");
        Path killed = dir.resolve("killed");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(),
                "experiment", experiment.toString(), "--out", killed.toString(), "--threads", "1", "--days", "60", "-q")
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile()).start();
        Path journal = killed.resolve("journal");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (runFiles(journal) < 2 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the experiment ended before it could be killed: " + Files.readString(dir.resolve("killed.log")));
        p.destroyForcibly().waitFor();
        int left = runFiles(journal);
        assertTrue(left >= 2 && left < 9, left + " runs in the journal after the kill");
        assertFalse(Files.exists(killed.resolve("runs.csv")));
        Result again = gridgov("experiment", experiment.toString(), "--out", killed.toString(), "--days", "60");
        assertEquals(0, again.code(), again.err());
        assertSameOutputs(whole, killed);
    }

    @Test
    void mergedShardsEqualOneRun() throws IOException {
        Path whole = run("whole");
        Result first = gridgov("experiment", experiment.toString(), "--shard", "1/2", "--out", dir.resolve("s1").toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("shard 1/2: 5 runs now; 5 of the experiment's 9 runs are in " + dir.resolve("s1")
                + ". When every shard is done: gridgov merge DIR...\n", first.out());
        assertFalse(Files.exists(dir.resolve("s1/runs.csv")));
        Result quiet = gridgov("experiment", experiment.toString(), "--shard", "2/2", "--out", dir.resolve("s2").toString(),
                "-q");
        assertEquals(0, quiet.code(), quiet.err());
        assertEquals("", quiet.out(), "-q means quiet, for a shard too");

        Result incomplete = gridgov("merge", dir.resolve("s1").toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, incomplete.code());
        assertEquals("gridgov merge: 4 of 9 runs are not finished, e.g. 'a' replication 1 (run 1), 'more-workers' replication 0"
                + " (run 3), 'more-workers' replication 2 (run 5). Run the experiment (or its missing shards) to finish"
                + " them.\n", incomplete.err());

        Result merged = gridgov("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out",
                dir.resolve("m").toString());
        assertEquals(0, merged.code(), merged.err());
        assertSameOutputs(whole, dir.resolve("m"));
        assertEquals(9, runFiles(dir.resolve("m/journal")));
    }

    /** A merge of fewer replications never silently takes the place of a finished, larger experiment. */
    @Test
    void aMergeOfFewerReplicationsDoesNotReplaceAFinishedExperimentUnlessForced() throws IOException {
        Path whole = run("whole3");
        byte[] manifest = Files.readAllBytes(whole.resolve("manifest.json"));
        for (String shard : List.of("1/2", "2/2")) {
            assertEquals(0, gridgov("experiment", experiment.toString(), "--replications", "2", "--shard", shard,
                    "--out", dir.resolve("r2-" + shard.charAt(0)).toString(), "-q").code());
        }
        String[] merge = {"merge", dir.resolve("r2-1").toString(), dir.resolve("r2-2").toString(), "--out",
            whole.toString(), "-q"};
        Result refused = gridgov(merge);
        assertEquals(2, refused.code(), refused.err());
        assertEquals("gridgov merge: " + whole + " holds a complete experiment with 3 replications and 3 metrics; the"
                + " shards merged have 2 and 3. Give --out a new folder, or --force to replace it.\n", refused.err());
        assertArrayEquals(manifest, Files.readAllBytes(whole.resolve("manifest.json")), "nothing replaced");

        List<String> forced = new ArrayList<>(List.of(merge));
        forced.add("--force");
        assertEquals(0, gridgov(forced.toArray(new String[0])).code());
        assertTrue(Files.readString(whole.resolve("manifest.json")).contains("\"replications\": 2"));
    }

    @Test
    void theReportNamesEachMetricByItsCatalogueLabelIdAndUnit() throws IOException {
        String html = Files.readString(run("labels").resolve("report.html"));
        assertTrue(html.contains("\">Closure rate (resolution_rate, ratio)</h2>"), "heading from the catalogue");
        assertTrue(html.contains("\">Mean time to close (mean_hours_to_close, h)</h2>"), "heading from the catalogue");
        assertTrue(html.contains("paired difference with 95% confidence interval, h; lower is better"),
                "the difference chart's axis gives the unit and the better direction");
    }

    @Test
    void theReportIsWellFormedAndEveryChartItNamesExists() throws Exception {
        Path out = run("report");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document html = f.newDocumentBuilder().parse(out.resolve("report.html").toFile()); // throws if not well formed
        NodeList svgs = html.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
            List<String> names = charts.map(p -> p.getFileName().toString()).sorted().toList();
            // per metric: the means and the differences from the baseline; where the time goes; open cases; every
            // daily series; grid worker utilisation
            assertEquals(2 * (3 * 2 + 3 + org.gridgov.experiment.RunRecord.DAILY_COLUMNS.size()), names.size(),
                    names.toString());
            assertEquals(names.size() / 2, svgs.getLength());
        }
        NodeList links = html.getElementsByTagName("a");
        int files = 0;
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            if (href.startsWith("#")) {
                assertTrue(Files.readString(out.resolve("report.html")).contains(" id=\"" + href.substring(1) + "\""),
                        "the contents point at " + href);
            } else {
                assertTrue(Files.isRegularFile(out.resolve(href)), href);
                files++;
            }
        }
        assertEquals(2 * svgs.getLength(), files);
        Set<String> ids = new HashSet<>();
        NodeList all = html.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            assertTrue(e.getAttribute("id").isEmpty() || ids.add(e.getAttribute("id")), "id " + e.getAttribute("id") + " is used twice");
            for (int a = 0; a < e.getAttributes().getLength(); a++) {
                String name = e.getAttributes().item(a).getNodeName();
                String value = e.getAttributes().item(a).getNodeValue();
                if (name.endsWith("href") || name.equals("src")) {
                    assertFalse(value.contains("//"), "the report loads something from elsewhere: " + value);
                }
            }
        }
        for (String external : List.of("script", "link", "iframe", "object")) {
            assertEquals(0, html.getElementsByTagName(external).getLength(), "the report needs no " + external);
        }
    }

    /**
     * The first section answers the question: each scenario's headline metrics in % and h with the difference from
     * the baseline, its interval and a verdict, the units said once in the header; each scenario says what it is.
     * The table of contents follows it: the first screen is the answer's.
     */
    @Test
    void theReportOpensWithTheAnswer() throws IOException {
        String html = Files.readString(run("answer").resolve("report.html"));
        int contents = html.indexOf("<nav>");
        int answer = html.indexOf("<h2 id=\"s1\">The answer</h2>");
        assertTrue(answer > 0 && html.indexOf("<h2") == answer && html.indexOf("<table") > answer, "the answer first");
        assertTrue(contents > html.indexOf("<div id=\"answer\">") && contents < html.indexOf("<h2 id=\"s2\">"),
                "then the contents");
        assertTrue(html.contains("<li><a href=\"#s1\">The answer</a></li>"), "the contents list it");
        assertTrue(html.contains("<th>Closure rate<br /><small>%; higher is better</small></th>"),
                "labels, units and directions");
        assertTrue(html.contains("<th>Mean time to close<br /><small>h; lower is better</small></th>"), "hours");
        assertTrue(html.contains("<td title=\"small\">a (baseline)<br /><small>small</small></td>"),
                "the scenario's description, whole on hover");
        assertTrue(java.util.regex.Pattern.compile("<td class=\"(better|worse|ns|nil) num\">[0-9.]+<br /><small>"
                + "[-+][0-9.]+ \\[[-+0-9.]+, [-+0-9.]+\\] (better|worse|n\\.s\\.|≈0)</small></td>")
                .matcher(html).find(), "hours with the difference, its interval and a verdict");
        assertTrue(java.util.regex.Pattern.compile("<td class=\"num\">[0-9.]+</td>").matcher(html).find(),
                "the baseline's closure rate");
        int stages = html.indexOf(">Where the time goes</h2>");
        assertTrue(stages > answer && stages < html.indexOf(">Design points</h2>"), "the stages follow the answer");
        assertTrue(html.contains("<th>Latent, occurrence to discovery</th><th>Discovery to filing</th><th>Filing to"
                + " dispatch</th><th>Dispatch to the last handling</th><th>The last handling</th><th>Handling to"
                + " closing</th>"), "a column per stage");
    }

    /** With the annual cost among its metrics, the answer draws what each scenario buys for it. */
    @Test
    void theAnswerShowsWhatEachScenarioBuysWhenTheCostIsReported() throws IOException {
        Path out = dir.resolve("buys");
        Result r = gridgov("compare", dir.resolve("a.yaml").toString(), dir.resolve("b.yaml").toString(),
                "--replications", "2", "--metrics", "on_time_rate,mean_hours_to_close,cost_per_year", "--out",
                out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("charts/cost-effect.svg")));
        String html = Files.readString(out.resolve("report.html"));
        int chart = html.indexOf("<a href=\"charts/cost-effect.png\">");
        assertTrue(chart > html.indexOf(">The answer</h2>") && chart < html.indexOf(">Where the time goes</h2>"),
                "in the answer");
        assertTrue(html.contains("On-time closure rate: higher is better; Mean time to close: lower is better."), html);
        // Without the cost there is nothing to draw it against.
        assertTrue(!Files.exists(run("nocost").resolve("charts/cost-effect.svg")));
    }

    /**
     * A factorial design's report gives each factor's main effects: at each level, the mean over the combinations
     * with it, which is the average of their means (a balanced design), and a two-factor table.
     */
    @Test
    void aFactorialReportGivesEachFactorsMainEffects() throws IOException {
        Path f = write("grid.yaml", """
                name: grid
                design: factorial
                scenario: %s/a.yaml
                factors:
                  grid_workers.households_per_worker: [300, 600]
                  grid_workers.extra_duty_share: [0.1, 0.5]
                replications: 2
                metrics: [worker_utilization_mean]
                """.formatted(dir));
        Path out = dir.resolve("grid-out");
        Result r = gridgov("experiment", f.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains(">Main effects of the factors</h2>"), "a section");
        assertTrue(html.contains("<h3>Two factors together: grid_workers.households_per_worker by"
                + " grid_workers.extra_duty_share</h3>"), "and the two factors together");
        // households_per_worker = 300: the mean of the two combinations with it.
        double sum = 0;
        for (String line : Files.readAllLines(out.resolve("summary.csv"))) {
            // The label holds a comma, so it is quoted: "households_per_worker=300, extra_duty_share=0.1",0,...
            if (line.startsWith("\"households_per_worker=300,")) {
                String[] c = line.substring(line.indexOf("\",") + 2).split(",");
                if (c[1].equals("worker_utilization_mean")) {
                    sum += Double.parseDouble(c[3]) / 2;
                }
            }
        }
        String expected = String.format(java.util.Locale.ROOT, "%.1f%%", 100 * sum);
        assertTrue(html.contains("<td>households_per_worker = 300</td><td class=\"num\">" + expected + "<br />"),
                expected + " in " + html.substring(html.indexOf("Main effects"), html.indexOf("Main effects") + 1500));
        assertTrue(Files.isRegularFile(out.resolve("charts/main-effects-worker_utilization_mean.svg")));
        // The two factors' table is a heat map: its lowest cell lightest, its highest darkest.
        assertTrue(html.contains("<td class=\"num h0\">") && html.contains("<td class=\"num h7\">"), "shaded cells");
        assertTrue(html.contains("td.h7 { background: #08519c; color: #fff; }"), "the shades' style");
    }

    /**
     * Series over time are drawn as weekly means: a week's mean is the mean of its seven daily means (the same
     * replications), and only whole weeks are drawn.
     */
    @Test
    void seriesOverTimeAreWeeklyMeansOfWholeWeeks() throws Exception {
        Path out = run("weekly");
        org.gridgov.experiment.Journal journal = org.gridgov.experiment.Journal.in(out);
        org.gridgov.experiment.ExperimentResults results = org.gridgov.experiment.ExperimentResults.load(journal.plan(),
                List.of(journal));
        org.gridgov.stats.Estimate[] daily = results.daily(1, "open_end");
        org.gridgov.stats.Estimate[] weekly = results.weekly(1, "open_end");
        assertEquals(20 / 7, weekly.length, "20 days: two whole weeks");
        for (int w = 0; w < weekly.length; w++) {
            double sum = 0;
            for (int d = 7 * w; d < 7 * w + 7; d++) {
                sum += daily[d].mean();
            }
            assertEquals(sum / 7, weekly[w].mean(), 1e-9);
        }
        assertTrue(Files.readString(out.resolve("report.html")).contains("Open cases (weekly mean of the daily values)"));
    }

    @Test
    void compareRunsScenarioFilesAgainstTheFirst() throws IOException {
        Path out = dir.resolve("cmp");
        Result r = gridgov("compare", dir.resolve("a.yaml").toString(), dir.resolve("b.yaml").toString(),
                "--replications", "2", "--metrics", "resolution_rate,worker_utilization_mean", "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> comparison = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals(List.of("scenario", "design_point", "baseline", "metric", "n", "mean_difference", "ci_low", "ci_high",
                "p_value", "p_adjusted"), List.of(comparison.get(0).split(",")));
        assertTrue(comparison.get(1).startsWith("b,1,a,resolution_rate,2,"), comparison.get(1));
        assertEquals(3, comparison.size());
    }

    @Test
    void aRenamedMetricsOldIdIsComparedUnderItsNewIdWithAWarningEvenWhenQuiet() throws IOException {
        Path out = dir.resolve("old-id");
        Result r = gridgov("compare", dir.resolve("a.yaml").toString(), dir.resolve("b.yaml").toString(),
                "--replications", "2", "--metrics", "resolution_rate,vacancy_share", "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertEquals("warning: --metrics: vacancy_share: metric 'vacancy_share' is now called 'worker_vacancy_share';"
                + " the old name is accepted until the next release\n", r.err());
        List<String> comparison = Files.readAllLines(out.resolve("comparison.csv"));
        assertTrue(comparison.get(2).startsWith("b,1,a,worker_vacancy_share,2,"), comparison.get(2));
    }

    @Test
    void userErrorsExitWithCodeTwoAndNoStackTrace() throws IOException {
        Path bad = write("bad.yaml", "scenarios: [" + dir + "/a.yaml]\nreplications: 1\n");
        Result badFile = gridgov("experiment", bad.toString());
        assertEquals(2, badFile.code());
        assertEquals("1 problem in " + bad + ":\n  1) " + bad + ":2: replications = 1: must be a whole number from 2 to 100000\n",
                badFile.err());

        Result missing = gridgov("compare", dir.resolve("a.yaml").toString(), dir.resolve("nope.yaml").toString());
        assertEquals(2, missing.code());
        assertEquals("1 problem in " + dir.resolve("nope.yaml") + ":\n  1) " + dir.resolve("nope.yaml") + ": file not found\n",
                missing.err());

        Result shard = gridgov("experiment", experiment.toString(), "--shard", "3/2");
        assertEquals(2, shard.code());
        assertEquals("gridgov experiment: --shard must be i/n with 1 <= i <= n, e.g. --shard 2/4; got '3/2'\n", shard.err());

        Result notAFolder = gridgov("merge", dir.toString());
        assertEquals(2, notAFolder.code());
        assertEquals("gridgov merge: " + dir + " is not an experiment's output folder (it has no journal/plan.json)\n", notAFolder.err());

        Path out = run("changed", "--days", "10");
        Result changed = gridgov("experiment", experiment.toString(), "--out", out.toString());
        assertEquals(2, changed.code());
        assertEquals("gridgov experiment: " + out + " holds runs of a different experiment (days 10 there, 20 now). Choose another"
                + " --out, or delete the folder to start again.\n", changed.err());
    }

    private static int runFiles(Path journal) throws IOException {
        if (!Files.isDirectory(journal)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(journal)) {
            return (int) files.filter(f -> f.getFileName().toString().endsWith(".run")).count();
        }
    }

    /** Every output file has the same bytes, except the manifest's execution section (times, threads). */
    static void assertSameOutputs(Path expected, Path actual) throws IOException {
        TreeMap<String, byte[]> a = outputs(expected);
        TreeMap<String, byte[]> b = outputs(actual);
        assertEquals(a.keySet(), b.keySet());
        assertTrue(a.size() > 10, a.keySet().toString());
        for (String name : a.keySet()) {
            byte[] x = a.get(name);
            byte[] y = b.get(name);
            if (name.equals("manifest.json")) {
                x = beforeExecution(x);
                y = beforeExecution(y);
            }
            assertEquals(new String(x, StandardCharsets.UTF_8), new String(y, StandardCharsets.UTF_8), name + " differs");
        }
    }

    private static byte[] beforeExecution(byte[] manifest) {
        String text = new String(manifest, StandardCharsets.UTF_8);
        int at = text.indexOf("  \"execution\": {");
        assertTrue(at > 0, "the manifest has an execution section last");
        return text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    }

    private static TreeMap<String, byte[]> outputs(Path dir) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String name = dir.relativize(f).toString();
                if (!name.startsWith("journal")) {
                    files.put(name, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }
}
