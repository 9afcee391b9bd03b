package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.cli.MainTest.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The robustness design end to end (docs/ODD.md 12.2): scenarios crossed with a sample of uncertainties, the same
 * outputs whatever the thread count, after merging shards and after resuming, a reform's own levers kept out of the
 * sample, phase-in from each sample's own baseline, and clear messages for a bad design.
 */
class RobustnessDesignTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return new ExperimentFolder(dir).write(name, text);
    }

    @BeforeEach
    void files() throws IOException {
        write("city.yaml", "name: city\nsimulation: {days: 20, seed: 1, warmup_days: 2}\ncity: {residents: 6000}\n");
        // Twice the workers: a reform that shortens the time to close in most samples, not necessarily all.
        write("staffed.yaml", "name: staffed\nsimulation: {days: 20, seed: 1, warmup_days: 2}\ncity: {residents: 6000}\n"
                + "grid_workers: {households_per_worker: 300}\n");
        write("robust.yaml", """
                name: robust
                design: robustness
                scenarios: [%1$s/city.yaml, %1$s/staffed.yaml]
                baseline: city
                uncertainties:
                  grid_workers.households_per_worker: {min: 550, max: 650, why: a sampled lever the reform sets itself}
                  grid_workers.extra_duty_share: {min: 0.1, max: 0.5}
                  case_types.*.detection_probability: {scale: {min: 0.7, max: 1.3}}
                samples: 6
                replications: 2
                metrics: [mean_hours_to_close, cases_filed]
                """.formatted(dir));
    }

    private Path run(String experiment, String out, String... extra) {
        return new ExperimentFolder(dir).run(experiment, out, extra);
    }

    @Test
    void outputsAreTheSameWhateverTheThreadsAfterMergingShardsAndAfterResuming() throws IOException {
        Path one = run("robust.yaml", "one", "--threads", "1");
        ExperimentCommandsTest.assertSameOutputs(one, run("robust.yaml", "two", "--threads", "2"));
        run("robust.yaml", "s1", "--shard", "1/2");
        run("robust.yaml", "s2", "--shard", "2/2");
        Result merged = gridgov("merge", dir.resolve("s1").toString(), dir.resolve("s2").toString(), "--out",
                dir.resolve("m").toString());
        assertEquals(0, merged.code(), merged.err());
        ExperimentCommandsTest.assertSameOutputs(one, dir.resolve("m"));
        // A folder holding half the runs (one shard's) resumes to the same outputs.
        run("robust.yaml", "resumed", "--shard", "2/2");
        ExperimentCommandsTest.assertSameOutputs(one, run("robust.yaml", "resumed"));
    }

    @Test
    void aReformKeepsItsOwnLeversAndIsJudgedSampleBySample() throws IOException {
        Path out = run("robust.yaml", "r");
        // design.csv: the baseline takes the sampled staffing, the reform keeps its own 400 households per worker.
        List<String> design = Files.readAllLines(out.resolve("design.csv"));
        assertTrue(design.stream().anyMatch(l -> l.startsWith("0,city@s1,") && l.contains(",grid_workers.households_per_worker,")));
        assertFalse(design.stream().anyMatch(l -> l.contains(",staffed@s") && l.contains(",grid_workers.households_per_worker,")),
                String.join("\n", design));
        assertTrue(design.stream().anyMatch(l -> l.contains(",staffed@s1,") && l.contains(",grid_workers.extra_duty_share,")));
        assertEquals(12, design.stream().skip(1).map(l -> l.split(",")[1]).distinct().count(), "6 samples x 2 scenarios");

        Map<String, String> stat = new HashMap<>();
        List<String> table = Files.readAllLines(out.resolve("robustness.csv"));
        for (String line : table.subList(1, table.size())) {
            String[] f = line.split(",", -1);
            stat.put(f[0] + "/" + f[1] + "/" + f[2], f[3] + "|" + f[4] + "|" + f[5]);
        }
        // Each sample's effect from runs.csv: the reform's mean over the replications minus the baseline's.
        double[] effect = new double[6];
        for (String line : Files.readAllLines(out.resolve("runs.csv"))) {
            String[] f = line.split(",");
            if (f[5].equals("mean_hours_to_close")) {
                int sample = Integer.parseInt(f[1].substring(f[1].indexOf("@s") + 2)) - 1;
                effect[sample] += (f[1].startsWith("staffed@") ? 1 : -1) * Double.parseDouble(f[6]) / 2;
            }
        }
        int better = 0;
        int worse = 0;
        double worstRegretOfCity = 0;
        for (double e : effect) {
            better += e <= -1 ? 1 : 0; // lower is better; a difference of 1 h counts (docs/ODD.md 8)
            worse += e >= 1 ? 1 : 0;
            worstRegretOfCity = Math.max(worstRegretOfCity, Math.max(0, -e));
        }
        assertTrue(better >= 1, "twice the workers shorten the time to close somewhere: " + java.util.Arrays.toString(effect));
        assertEquals(better / 6.0, Double.parseDouble(stat.get("mean_hours_to_close/staffed/share_better").split("\\|")[0]),
                1e-9, stat.toString());
        assertEquals(worse / 6.0, Double.parseDouble(stat.get("mean_hours_to_close/staffed/share_worse").split("\\|")[0]),
                1e-9);
        assertEquals(worstRegretOfCity, Double.parseDouble(stat.get("mean_hours_to_close/city/regret_max").split("\\|")[0]),
                1e-6);
        java.util.Arrays.sort(effect);
        assertEquals((effect[2] + effect[3]) / 2, Double.parseDouble(stat.get("mean_hours_to_close/staffed/effect_q50")
                .split("\\|")[0]), 1e-6, "the median effect");
        // Cases filed describe the city, they do not judge it: effects, no shares or regret.
        assertTrue(stat.containsKey("cases_filed/staffed/effect_q50"));
        assertFalse(stat.containsKey("cases_filed/staffed/share_better"));
        assertFalse(stat.containsKey("cases_filed/city/regret_max"));

        // Scenario discovery on the samples where the leading (only) reform fails to beat the baseline.
        List<String> discovery = Files.readAllLines(out.resolve("discovery.csv"));
        assertEquals("metric,scenario,box,step,chosen,samples,failures,inside,of_interest,coverage,density,mass,input,"
                + "low,high,low_unit,high_unit,quasi_p", discovery.get(0));
        assertTrue(discovery.get(1).startsWith("mean_hours_to_close,staffed,trajectory,0,"), discovery.get(1));
        assertEquals(Integer.toString(6 - better), discovery.get(1).split(",")[6], "failures");
        assertEquals(1, discovery.stream().filter(l -> l.contains(",trajectory,") && l.split(",")[4].equals("1"))
                .map(l -> l.split(",")[3]).distinct().count(), "one box of the trajectory is chosen");
        assertTrue(discovery.stream().anyMatch(l -> l.startsWith("mean_hours_to_close,staffed,shown,")), "and one shown");
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("staffed beats city in " + better + " of 6 samples"), report);
        assertTrue(Files.size(out.resolve("charts/effects-mean_hours_to_close.svg")) > 0);
        Result again = gridgov("experiment", dir.resolve("robust.yaml").toString(), "--out", dir.resolve("r2").toString());
        assertTrue(again.out().contains("2 scenarios over 6 samples of 3 uncertain inputs: robustness.csv, discovery.csv"),
                again.out());
    }

    /** With a phase-in, every reform is its own sample's baseline until the reform starts, day by day. */
    @Test
    void aPhasedReformStartsFromItsOwnSamplesBaseline() throws IOException {
        Files.writeString(dir.resolve("robust.yaml"), Files.readString(dir.resolve("robust.yaml"))
                + "phase_in: {on_day: 10}\n");
        Path out = run("robust.yaml", "phased");
        Map<String, String> daily = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("daily.csv")).subList(1,
                Files.readAllLines(out.resolve("daily.csv")).size())) {
            String[] f = line.split(",", 5);
            daily.put(f[0] + "/" + f[2] + "/" + f[3], f[4]);
        }
        for (int s = 1; s <= 6; s++) {
            for (int day = 1; day <= 20; day++) {
                String base = daily.get("city@s" + s + "/0/" + day);
                String reform = daily.get("staffed@s" + s + "/0/" + day);
                if (day <= 10) {
                    assertEquals(base, reform, "sample " + s + " day " + day + ": the reform has not started");
                }
            }
            assertFalse(daily.get("city@s" + s + "/0/20").equals(daily.get("staffed@s" + s + "/0/20")),
                    "sample " + s + ": the reform has started by day 20");
        }
        // Samples differ from one another before the reform: each reform started from its own sample's city.
        assertFalse(daily.get("city@s1/0/5").equals(daily.get("city@s2/0/5")));
    }

    @Test
    void aBadDesignIsReportedWithItsPlace() throws IOException {
        write("bad.yaml", """
                name: bad
                design: robustness
                scenarios: [%1$s/city.yaml, %1$s/staffed.yaml]
                baseline: citty
                uncertainties: {grid_workers.extra_duty_share: {min: 0.1, max: 0.5}}
                samples: 1
                """.formatted(dir));
        Result r = gridgov("experiment", dir.resolve("bad.yaml").toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        String bad = dir.resolve("bad.yaml").toString();
        assertTrue(r.err().contains(bad + ":6: samples = 1: must be"), r.err());
        assertTrue(r.err().contains(bad + ":4: baseline = citty: must be the label of one of the scenarios: city, staffed;"
                + " did you mean 'city'?"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
