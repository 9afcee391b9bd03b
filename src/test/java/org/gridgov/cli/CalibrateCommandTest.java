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

import org.gridgov.config.Resolved;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.testing.QueueScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridgov calibrate} end to end through {@link Main#execute}, on the M/M/3 desk of {@link QueueScenario}
 * (fast runs): every output, the same bytes on one or two threads and after a resume, a calibrated scenario that
 * reads back with the calibrated values, targets that cannot be met together (exit 1, named), and bad input (exit 2,
 * exact messages).
 */
class CalibrateCommandTest {

    @TempDir
    Path dir;
    private Path queue;
    /** lambda from 1 to 2.7 arrivals an hour at the desk. */
    private static final String RATE = "case_types.job.rate_per_household_year: {min: 8.76, max: 23.652}";

    private record Result(int code, String out, String err) {
    }

    private static Result gridgov(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void scenario() {
        queue = QueueScenario.write(dir, "queue", 2.0, 3);
    }

    private Path targets(String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), body);
    }

    private Result calibrate(Path targets, String out, String... extra) {
        List<String> args = new ArrayList<>(List.of("calibrate", queue.toString(), "--targets", targets.toString(),
                "--out", dir.resolve(out).toString()));
        args.addAll(List.of(extra));
        return gridgov(args.toArray(new String[0]));
    }

    private Path waitTargets() throws IOException {
        return targets("wait", """
                name: desk
                uncertainties:
                  %s
                targets:
                  mean_department_wait_hours: {value: 0.4444, tolerance: 0.1, source: Erlang C at lambda 2}
                particles: 20
                replications: 2
                generations: 8
                check_replications: 4
                seed: 3
                """.formatted(RATE));
    }

    @Test
    void writesEveryOutputTheSameBytesOnOneOrTwoThreadsAndAfterAResume() throws Exception {
        Path t = waitTargets();
        Result one = calibrate(t, "one", "--threads", "1", "-q");
        assertEquals(0, one.code(), one.err());
        assertEquals("", one.err());
        assertTrue(one.out().startsWith("desk: "), one.out());
        assertTrue(one.out().contains("\n  The targets can be met together: every accepted parameter set brings each"
                + " target within its tolerance."), one.out());
        assertTrue(one.out().contains("\n  Mean department waiting time             observed 0.4444 +- 0.1, calibrated "),
                one.out());
        Result two = calibrate(t, "two", "--threads", "2");
        assertEquals(0, two.code(), two.err());
        assertTrue(two.err().startsWith("desk: 1 parameters fitted to 1 targets; 20 particles a generation x 2"
                + " replications of 30 days, up to 8 generations after the prior's: at most 16,084 runs, on 2 threads\n"
                + "measuring the simulation's noise at the centre of the ranges: 4 replications\n"), two.err());
        assertTrue(two.err().contains("\ngeneration 0 (the prior): 20 particles x 2 replications\n"), two.err());
        assertTrue(two.err().contains("\nchecking the calibrated scenario: 4 replications\n"), two.err());
        Map<String, byte[]> a = outputs(dir.resolve("one"));
        Map<String, byte[]> b = outputs(dir.resolve("two"));
        assertEquals(List.of("calibrated.yaml", "charts/fit.png", "charts/fit.svg", "charts/posterior-1.png",
                "charts/posterior-1.svg", "fit.csv", "generations.csv", "parameters.csv", "particles.csv",
                "posterior.csv", "report.html"), List.copyOf(a.keySet()));
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));

        Result again = calibrate(t, "two", "--threads", "2");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("\n40 of 40 runs are already in the journal; running the other 0\n"), again.err());
        assertTrue(!again.err().contains("running the other 1") && !again.err().contains("runs/min"), again.err());
        outputs(dir.resolve("two")).forEach((name, bytes) -> assertArrayEquals(a.get(name), bytes, name));
        String manifest = Files.readString(dir.resolve("two/manifest.json"));
        assertTrue(manifest.contains("\"stop\": \"reached\""), manifest);

        // The calibrated scenario reads back with the calibrated rate.
        String rate = Files.readAllLines(dir.resolve("one/parameters.csv")).get(1).split(",")[9];
        Path calibrated = dir.resolve("one/calibrated.yaml");
        List<Resolved> resolved = ScenarioReader.read(calibrated, List.of()).resolved();
        assertEquals(rate, resolved.stream().filter(r -> r.path().equals("case_types.job.rate_per_household_year"))
                .findFirst().orElseThrow().value());
        assertEquals("queue-calibrated", ScenarioReader.read(calibrated, List.of()).scenario().name());
        String fit = Files.readString(dir.resolve("one/fit.csv"));
        assertTrue(fit.startsWith("metric,observed,tolerance,stated,source,posterior_mean,posterior_p05,posterior_p95,"
                + "posterior_share_within,calibrated_mean,calibrated_low,calibrated_high,calibrated_n,calibrated_fits\n"
                + "mean_department_wait_hours,0.4444,0.1,tolerance 0.1,Erlang C at lambda 2,"), fit);
    }

    private static Map<String, byte[]> outputs(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                if (!name.startsWith("journal/") && !name.equals("manifest.json") && !name.startsWith(".")) {
                    files.put(name, Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    /** A short wait needs few arrivals, a busy desk many: each can be met, never both. */
    @Test
    void targetsThatCannotBeMetTogetherExitOneAndAreNamed() throws Exception {
        Path t = targets("conflict", """
                uncertainties:
                  %s
                targets:
                  mean_department_wait_hours: {value: 0.05, tolerance: 0.03}
                  department_utilization_mean: {value: 0.85, tolerance: 0.03}
                particles: 20
                replications: 2
                generations: 3
                check_replications: 4
                """.formatted(RATE));
        Result r = calibrate(t, "conflict", "-q");
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("\n  The targets were not met together: "), r.err());
        assertTrue(r.err().contains("Mean department waiting time and Department utilisation, mean conflict: "), r.err());
        assertTrue(r.err().contains(" particles met the first and "), r.err());
        assertTrue(Files.readString(dir.resolve("conflict/report.html")).contains("Targets that cannot be met together"));
    }

    @Test
    void badTargetsAreReportedAtOnceWithExitCodeTwo() throws Exception {
        Path t = targets("bad", """
                uncertainties:
                  case_types.job.rate_per_household_year: {min: 20, max: 10}
                targets:
                  mean_department_wait: {value: 0.4, tolerance: 0.1}
                  on_time_rate: {value: 0.8, tolerance: 0.1, standard_error: 0.02}
                  resolution_rate: {value: 1.5, tolerance: 0}
                particles: 5
                """);
        Result r = calibrate(t, "bad");
        assertEquals(2, r.code(), r.err());
        String f = t.toString();
        assertEquals("5 problems in " + f + ":\n"
                + "  1) " + f + ":2: uncertainties.case_types.job.rate_per_household_year.max = 10: must be greater than"
                + " min (20)\n"
                + "  2) " + f + ":4: targets.mean_department_wait: unknown metric; did you mean 'mean_department_wait_hours'?\n"
                + "  3) " + f + ":5: targets.on_time_rate.standard_error = 0.02: give one of tolerance (the largest"
                + " distance from the value that still fits) and standard_error (the observation's; the tolerance is then"
                + " twice it)\n"
                + "  4) " + f + ":6: targets.resolution_rate.tolerance = 0: must be a number greater than 0 and at most"
                + " 1000000000\n"
                + "  5) " + f + ":7: particles = 5: must be a whole number from 10 to 100000\n", r.err());
    }

    @Test
    void noTargetsAndBadOptionsAreUserErrors() throws Exception {
        Path t = targets("empty", "uncertainties:\n  " + RATE + "\n");
        Result r = calibrate(t, "empty");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(": targets: must map metrics to observed figures, e.g. {on_time_rate: {value: 0.83,"
                + " tolerance: 0.12, source: \"monthly bulletin\"}}\n"), r.err());
        Result options = calibrate(waitTargets(), "x", "--particles", "3", "--generations", "-1", "--replications", "0");
        assertEquals(2, options.code(), options.err());
        assertEquals("gridgov calibrate: --particles must be from 10 to 100000, not 3\n"
                + "gridgov calibrate: --replications must be from 1 to 1000, not 0\n"
                + "gridgov calibrate: --generations must be from 0 to 100, not -1\n", options.err());
    }

    @Test
    void aStoppedCalibrationResumesWithMoreGenerationsAndAFolderHoldingAnotherIsRefused() throws Exception {
        Path t = waitTargets();
        Result stopped = calibrate(t, "held", "--generations", "1", "-q");
        assertEquals(1, stopped.code(), stopped.out() + stopped.err());
        assertTrue(stopped.err().contains("the generations allowed ran out"), stopped.err());
        // More generations resume the same calibration: its first ones come from the journal.
        Result more = calibrate(t, "held", "-q");
        assertEquals(0, more.code(), more.out() + more.err());
        Result r = calibrate(t, "held", "--seed", "9", "-q");
        assertEquals(2, r.code(), r.err());
        assertEquals("gridgov calibrate: " + dir.resolve("held") + " holds the runs of a different calibration (another scenario, targets,"
                + " parameters, particles, replications, seed, days, warm-up or gridgov version); give --out a new"
                + " folder, or delete it to start again.\n", r.err());
    }
}
