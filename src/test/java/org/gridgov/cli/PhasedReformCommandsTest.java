package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gridgov.cli.MainTest.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reforms phased in during a run, end to end (docs/ODD.md 6): a schedule given with {@code --set}, an
 * experiment whose {@code phase_in} starts every design point's reform on a given day, and the messages for
 * what cannot be scheduled.
 */
class PhasedReformCommandsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @BeforeEach
    void scenarios() throws IOException {
        write("city.yaml", "name: city\nsimulation: {days: 40, seed: 1}\ncity: {residents: 8000}\n");
        write("reform.yaml", "name: reform\nsimulation: {days: 40, seed: 1}\ncity: {residents: 8000}\n"
                + "grid_workers: {households_per_worker: 300, training: 0.6}\n"
                + "ngos: {participation_mechanism: true, environment: 0.7, purchase_per_100k_residents: 3000000}\n");
    }

    @Test
    void aChangeOutsideTheRunIsRefusedWithTheRunsLength() {
        Result r = gridgov("run", dir.resolve("city.yaml").toString(), "--days", "30", "--out",
                dir.resolve("out").toString(), "--set", "grid_workers.training={on_day: 35, to: 0.6}");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("grid_workers.training = 0.2, then 0.6 from day 35: the change must happen inside"
                + " the run: its day from 0 to 29 (the run has 30 days)"), r.err());
    }

    @Test
    void aRunFollowsItsSchedule() {
        Path out = dir.resolve("run");
        Result r = gridgov("run", dir.resolve("city.yaml").toString(), "--out", out.toString(), "-q", "--set",
                "grid_workers.households_per_worker={ramp: [10, 20], to: 300}");
        assertEquals(0, r.code(), r.err());
        Result v = gridgov("validate", dir.resolve("city.yaml").toString(), "--explain", "--set",
                "grid_workers.households_per_worker={ramp: [10, 20], to: 300}");
        assertTrue(v.out().contains("grid_workers.households_per_worker.ramp = [10, 20]"), v.out());
        assertTrue(v.out().contains("The value moves from 'from' to 'to' in daily steps over these days"), v.out());
    }

    /**
     * Both design points are the same city until the reform starts on day 20, so their daily means agree to the
     * last digit before it (common random numbers) and differ after; the reformed city ends with the reform's posts.
     */
    @Test
    void anExperimentPhasesEveryReformInFromTheSameDay() throws IOException {
        Path experiment = write("phased.yaml", """
                name: phased
                scenarios: [%1$s/city.yaml, %1$s/reform.yaml]
                replications: 2
                warmup_days: 30
                phase_in: {ramp: [20, 25]}
                metrics: [grid_workers, ngo_staff, on_time_rate]
                """.formatted(dir));
        Path out = dir.resolve("phased");
        Result r = gridgov("experiment", experiment.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        List<String> daily = Files.readAllLines(out.resolve("daily_mean.csv"));
        assertEquals("scenario,design_point,day,column,n,mean,ci_low,ci_high", daily.get(0));
        // Days count from 1 here: day d is the d-th day, which ends at hour 24 d.
        for (int day = 1; day <= 40; day++) {
            String city = day(daily, "city", day);
            String reform = day(daily, "reform", day);
            if (day <= 20) {
                assertEquals(city, reform, "day " + day);
            } else if (day >= 22) {
                assertNotEquals(city, reform, "day " + day);
            }
        }
        String summary = Files.readString(out.resolve("summary.csv"));
        assertTrue(summary.contains("reform,1,grid_workers,2,10,"), summary);
        assertTrue(Files.readString(out.resolve("report.html")).contains("phased in"), "the report says when");
    }

    /** A day's rows of a design point, without its name and number. */
    private static String day(List<String> daily, String scenario, int day) {
        StringBuilder rows = new StringBuilder();
        for (String line : daily) {
            String[] f = line.split(",", 4);
            if (f[0].equals(scenario) && f[2].equals(Integer.toString(day))) {
                rows.append(f[3]).append('\n');
            }
        }
        assertTrue(rows.length() > 0, "no day " + day + " of " + scenario);
        return rows.toString();
    }

    @Test
    void whatCannotChangeDuringARunCannotBePhasedIn() throws IOException {
        write("bigger.yaml", "name: bigger\nsimulation: {days: 40}\ncity: {residents: 9000}\n");
        Path experiment = write("bad.yaml", """
                name: bad
                scenarios: [%1$s/city.yaml, %1$s/bigger.yaml]
                phase_in: {on_day: 10, ramp: [10, 20]}
                """.formatted(dir));
        Result both = gridgov("experiment", experiment.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("phase_in.ramp: give either on_day or ramp, not both"), both.err());
        Files.writeString(experiment, Files.readString(experiment).replace("{on_day: 10, ramp: [10, 20]}", "{on_day: 10}"));
        Result fixed = gridgov("experiment", experiment.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, fixed.code());
        assertTrue(fixed.err().contains("bigger.yaml:3: city.residents = 9000: cannot be phased in with phase_in"
                + " {on_day: 10}: it is not a lever"), fixed.err());
    }
}
