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

import org.gridgov.testing.QueueScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridgov optimise} end to end through {@link Main#execute}, on the M/M/3 desk of {@link QueueScenario}
 * staffed with 3 to 6 (fast runs): every output, the same bytes on one or two threads and after a resume, a warm
 * start, constraints no mix meets (exit 1), a budget below every mix (exit 2) and bad input (exit 2, exact messages).
 */
class OptimiseCommandTest {

    @TempDir
    Path dir;
    private Path queue;
    /** 3, 4, 5 and 6 staff. */
    private static final String STAFF = "departments.desk.staff_per_100k_residents: {values: [114.5038168, 152.6717557,"
            + " 190.8396947, 229.0076336]}";

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

    private Path levers(String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), body);
    }

    private Path staffing() throws IOException {
        return levers("staffing", """
                name: desk
                levers:
                  %s
                objectives: [cost_per_year, mean_department_wait_hours]
                population: 6
                generations: 3
                replications: 2
                final_replications: 5
                """.formatted(STAFF));
    }

    private Result optimise(Path levers, String out, String... extra) {
        List<String> args = new ArrayList<>(List.of("optimise", queue.toString(), "--levers", levers.toString(), "--out",
                dir.resolve(out).toString()));
        args.addAll(List.of(extra));
        return gridgov(args.toArray(new String[0]));
    }

    @Test
    void writesEveryOutputTheSameBytesOnOneOrTwoThreadsAfterAResumeAndStartsWarm() throws Exception {
        Path l = staffing();
        Result one = optimise(l, "one", "--threads", "1", "-q");
        assertEquals(0, one.code(), one.err());
        assertEquals("", one.err());
        assertTrue(one.out().startsWith("desk: "), one.out());
        assertTrue(one.out().contains(" candidates; 4 mixes on the front hold up on 5 fresh runs\n"), one.out());
        assertTrue(one.out().contains("\n  candidate 0     cost_per_year 4300000, mean_department_wait_hours "), one.out());
        Result two = optimise(l, "two", "--threads", "2");
        assertEquals(0, two.code(), two.err());
        assertTrue(two.err().startsWith("desk: 1 levers; min cost_per_year, min mean_department_wait_hours; no"
                + " constraints; 6 candidates a generation x 3 generations after the first, 2 replications each, final"
                + " front x 5: at most 90 runs of 30 days, on 2 threads\ngeneration 0: "), two.err());
        assertTrue(two.err().contains("\nfinal front on fresh random numbers: 4 candidates x 5 replications\n"), two.err());
        Map<String, byte[]> a = outputs(dir.resolve("one"));
        assertEquals(List.of("charts/front-1-2.png", "charts/front-1-2.svg", "charts/hypervolume.png",
                "charts/hypervolume.svg", "charts/levers.png", "charts/levers.svg", "convergence.csv", "evaluations.csv",
                "front.csv", "report.html"), List.copyOf(a.keySet()));
        outputs(dir.resolve("two")).forEach((name, bytes) -> assertArrayEquals(a.get(name), bytes, name));
        Result again = optimise(l, "two");
        assertEquals(0, again.code(), again.err());
        assertTrue(!again.err().contains("runs/min"), "nothing run again: " + again.err());
        outputs(dir.resolve("two")).forEach((name, bytes) -> assertArrayEquals(a.get(name), bytes, name));
        String front = Files.readString(dir.resolve("one/front.csv"));
        assertTrue(front.startsWith("candidate,kept,dominated_by,misses,departments.desk.staff_per_100k_residents,"
                + "cost_per_year,cost_per_year_low,cost_per_year_high,mean_department_wait_hours,"
                + "mean_department_wait_hours_low,mean_department_wait_hours_high,set\n"), front);
        assertTrue(front.contains(",--set departments.desk.staff_per_100k_residents=114.5038168\n"), front);

        // Warm start: the first generation begins with the kept front's mixes.
        Result warm = optimise(l, "warm", "--warm-start", dir.resolve("one").toString(), "--seed", "4", "-q");
        assertEquals(0, warm.code(), warm.err());
        List<String> rows = Files.readAllLines(dir.resolve("warm/evaluations.csv"));
        for (int i = 1; i <= 4; i++) {
            assertTrue(front.contains("," + rows.get(i).split(",")[7] + ","), rows.get(i));
        }
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

    /** A finished search resumes with more generations: the first ones from the journal, a new final front. */
    @Test
    void aFinishedSearchGoesOnWithMoreGenerations() throws Exception {
        Path l = staffing();
        assertEquals(0, optimise(l, "more", "--generations", "1", "-q").code());
        Result more = optimise(l, "more", "--generations", "3");
        assertEquals(0, more.code(), more.err());
        assertTrue(more.err().contains("\ngeneration 0: 4 candidates x 2 replications\n8 of 8 runs are already in the"
                + " journal; running the other 0\n"), more.err());
        Result other = optimise(l, "more", "--seed", "9", "-q");
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().startsWith("gridgov optimise: " + dir.resolve("more") + " holds the runs of a different"
                + " optimisation (another scenario, levers, objectives"), other.err());
    }

    @Test
    void constraintsNoMixMeetsExitOneAndABudgetBelowEveryMixExitsTwo() throws Exception {
        Path l = staffing();
        Result none = optimise(l, "none", "--constraint", "mean_department_wait_hours<=0.00000001", "-q");
        assertEquals(1, none.code(), none.out() + none.err());
        assertTrue(none.err().contains(" candidates; no mix met the constraints; the front holds the mixes that missed"
                + " them least\n"), none.err());
        Result poor = optimise(l, "poor", "--budget", "1000", "-q");
        assertEquals(2, poor.code(), poor.err());
        assertTrue(poor.err().startsWith("gridgov optimise: --budget 1000 is below the cheapest of the first generation's"
                + " 6 lever mixes (every lever at the bottom and at the top of its range among them): candidate 0 costs"
                + " 4300000 CNY a year (--set departments.desk.staff_per_100k_residents=114.5038168). Raise the budget"
                + " or widen the levers' ranges.\n"), poor.err());
    }

    @Test
    void badLeversObjectivesAndConstraintsAreReportedAtOnceWithExitCodeTwo() throws Exception {
        Path l = levers("bad", """
                levers:
                  departments.desk.staff_per_100k_residents: {min: 200, max: 100}
                objectives: [cost_per_yer, residents, max:mean_trust_end]
                constraints: ["resolution_rat>=0.9"]
                population: 2
                """);
        Result r = optimise(l, "bad");
        assertEquals(2, r.code(), r.err());
        String f = l.toString();
        assertEquals("5 problems in " + f + ":\n"
                + "  1) " + f + ":2: levers.departments.desk.staff_per_100k_residents.max = 100: must be greater than min"
                + " (200)\n"
                + "  2) " + f + ":3: objectives[0] = cost_per_yer: unknown metric 'cost_per_yer'; did you mean"
                + " 'cost_per_year'?\n"
                + "  3) " + f + ":3: objectives[1] = residents: residents has no better direction; write min:residents or"
                + " max:residents\n"
                + "  4) " + f + ":4: constraints[0] = resolution_rat>=0.9: unknown metric 'resolution_rat'; did you mean"
                + " 'resolution_rate'? the metrics (those of a run's metrics.csv) are: ", r.err().substring(0,
                r.err().indexOf("are: ") + 5));
        assertTrue(r.err().contains("\n  5) " + f + ":5: population = 2: must be a whole number from 4 to 10000\n"), r.err());
        Result options = optimise(staffing(), "x", "--budget", "-5", "--population", "2", "--final-replications", "1");
        assertEquals(2, options.code(), options.err());
        assertEquals("gridgov optimise: --population must be from 4 to 10000, not 2\n"
                + "gridgov optimise: --final-replications must be from 2 to 10000 (an interval needs 2), not 1\n"
                + "gridgov optimise: --budget must be a cost a year in CNY, greater than 0, not -5.0\n", options.err());
        Result cli = optimise(staffing(), "y", "--objective", "max:cost_per_yea");
        assertEquals(2, cli.code(), cli.err());
        assertEquals("1 problem in --objective:\n  1) --objective: max:cost_per_yea: unknown metric 'cost_per_yea'; did"
                + " you mean 'cost_per_year'?\n", cli.err());
    }
}
