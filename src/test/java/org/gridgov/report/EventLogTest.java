package org.gridgov.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * The event log of a short run of a small city is the stored reference, byte for byte: any change to the
 * model's draws, steps or event order shows here, event by event (MATSim's practice). A change that is
 * meant to change behaviour replaces the reference with the new log (the failure says where it is).
 */
class EventLogTest {

    static final String REFERENCE = "events-reference.csv";
    /** 3,000 residents (a few grid workers and department staff), ten days. */
    static final String SCENARIO = "name: event-log-reference\ncity: {residents: 3000}\n";

    static RunSpec spec() throws Exception {
        Scenario s = ScenarioReader.readString(SCENARIO, "event-log.yaml", List.of()).scenario();
        return new RunSpec(s, 5, 0, 10, 0, false);
    }

    static String log(RunSpec spec, RunResult[] result) {
        StringBuilder text = new StringBuilder();
        result[0] = Simulation.run(spec, List.of(model -> new EventLog(text)));
        return text.toString();
    }

    @Test
    void aShortRunLogsExactlyTheStoredEvents() throws Exception {
        String actual = log(spec(), new RunResult[1]);
        String expected;
        try (InputStream in = EventLogTest.class.getResourceAsStream(REFERENCE)) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Path written = Path.of(System.getProperty("basedir", "."), "target", "events-actual.csv");
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual, StandardCharsets.UTF_8);
            fail(firstDifference(expected, actual) + "\nThe whole log is in " + written + "; if the change is"
                    + " meant, copy it to src/test/resources/org/gridgov/report/" + REFERENCE);
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String x = i < e.length ? e[i] : "(end)";
            String y = i < a.length ? a[i] : "(end)";
            if (!x.equals(y)) {
                return "line " + (i + 1) + " differs:\n  expected " + x + "\n  actual   " + y;
            }
        }
        return "no difference";
    }

    @Test
    void theLogHoldsEveryCaseEventTheMetricsCount() throws Exception {
        RunResult[] result = new RunResult[1];
        List<String> lines = log(spec(), result).lines().toList();
        assertEquals(EventLog.HEADER, lines.get(0));
        assertTrue(lines.size() > 300, "lines: " + lines.size());
        assertEquals(result[0].metrics().get("issues_occurred"), count(lines, "issue_occurred"), 0);
        assertEquals(result[0].metrics().get("cases_filed"), count(lines, "case_filed"), 0);
        assertEquals(result[0].metrics().get("cases_closed"), count(lines, "case_closed"), 0);
        assertEquals(10, count(lines, "day_ended"));
        // Six columns on every line, and times never go back.
        double last = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertEquals(6, cells.length, line);
            double t = Double.parseDouble(cells[0]);
            assertTrue(t >= last, line);
            last = t;
        }
    }

    private static long count(List<String> lines, String event) {
        return lines.stream().filter(l -> l.split(",", 3)[1].equals(event)).count();
    }

    @Test
    void theLogListensToEveryEventOfTheBus() throws Exception {
        Path events = Path.of(System.getProperty("basedir", "."), "src", "main", "java", "org", "gridgov", "model",
                "events");
        List<String> listeners;
        try (var files = Files.list(events)) {
            listeners = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Listener.java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
        }
        assertTrue(listeners.size() >= 24, "listeners: " + listeners);
        List<String> logged = java.util.Arrays.stream(EventLog.class.getInterfaces()).map(Class::getSimpleName)
                .sorted().toList();
        assertEquals(listeners, logged);
    }

    @Test
    void writingTheReferenceIsRepeatable() throws Exception {
        assertEquals(log(spec(), new RunResult[1]), log(spec(), new RunResult[1]));
    }
}
