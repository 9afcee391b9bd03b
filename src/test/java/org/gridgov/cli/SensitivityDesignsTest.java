package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The morris and sobol designs end to end (docs/ODD.md 12): the same outputs whatever the thread count and after
 * merging shards, indices for every input, the dummy and the noise share, and clear messages for bad uncertainties.
 */
class SensitivityDesignsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return new ExperimentFolder(dir).write(name, text);
    }

    @BeforeEach
    void files() throws IOException {
        write("city.yaml", "name: city\nsimulation: {days: 20, seed: 1, warmup_days: 2}\ncity: {residents: 6000}\n");
        write("uncertain.yaml", """
                name: small-uncertainties
                uncertainties:
                  grid_workers.extra_duty_share: {min: 0.1, max: 0.5, why: duties from above are not measured, source: assumption}
                  case_types.*.detection_probability: {scale: {min: 0.7, max: 1.3}, why: patrol skill varies}
                  coordination.linkage: {values: [false, true]}
                """);
        write("morris.yaml", """
                name: screen
                design: morris
                scenario: %1$s/city.yaml
                uncertainties: %1$s/uncertain.yaml
                trajectories: 3
                replications: 2
                metrics: [mean_hours_to_close, worker_utilization_mean]
                """.formatted(dir));
        write("sobol.yaml", """
                name: sobol
                design: sobol
                scenario: %1$s/city.yaml
                uncertainties:
                  grid_workers.households_per_worker: {min: 300, max: 900}
                  grid_workers.extra_duty_share: {min: 0.1, max: 0.5}
                samples: 4
                replications: 2
                metrics: [mean_hours_to_close]
                """.formatted(dir));
    }

    private Path run(String experiment, String out, String... extra) {
        return new ExperimentFolder(dir).run(experiment, out, extra);
    }

    @Test
    void outputsAreTheSameWhateverTheThreadsAfterMergingShardsAndAfterResuming() throws IOException {
        for (String design : List.of("morris", "sobol")) {
            Path one = run(design + ".yaml", design + "-1", "--threads", "1");
            Path two = run(design + ".yaml", design + "-2", "--threads", "2");
            ExperimentCommandsTest.assertSameOutputs(one, two);
            run(design + ".yaml", design + "-s1", "--shard", "1/2");
            run(design + ".yaml", design + "-s2", "--shard", "2/2");
            Result merged = gridgov("merge", dir.resolve(design + "-s1").toString(), dir.resolve(design + "-s2").toString(),
                    "--out", dir.resolve(design + "-m").toString());
            assertEquals(0, merged.code(), merged.err());
            ExperimentCommandsTest.assertSameOutputs(one, dir.resolve(design + "-m"));
            // A folder holding half the runs (one shard's) resumes to the same outputs.
            run(design + ".yaml", design + "-r", "--shard", "2/2");
            ExperimentCommandsTest.assertSameOutputs(one, run(design + ".yaml", design + "-r"));
        }
    }

    @Test
    void everyInputTheDummyAndTheNoiseShareHaveIndices() throws IOException {
        Path morris = run("morris.yaml", "m");
        List<String> indices = Files.readAllLines(morris.resolve("indices.csv"));
        assertEquals("metric,input,index,estimate,ci_low,ci_high", indices.get(0));
        // Per metric: mu*, mu and sigma of 3 inputs, the dummy's mu*, the noise share.
        assertEquals(1 + 2 * (3 * 3 + 2), indices.size(), String.join("\n", indices));
        assertTrue(indices.contains("mean_hours_to_close,coordination.linkage,mu_star," + value(indices,
                "mean_hours_to_close,coordination.linkage,mu_star,")), "a categorical input has an index");
        assertTrue(indices.stream().anyMatch(l -> l.startsWith("mean_hours_to_close,case_types.*.detection_probability,mu_star,")));
        assertTrue(indices.stream().anyMatch(l -> l.startsWith("worker_utilization_mean,(seed only),mu_star,")));
        assertTrue(indices.stream().anyMatch(l -> l.startsWith("worker_utilization_mean,(seed noise),noise_share,")));
        // 3 trajectories of 4 points, every point setting the 7 detection probabilities, the duty share and linkage.
        assertEquals(1 + 12 * 9, Files.readAllLines(morris.resolve("design.csv")).size());
        assertEquals(1, Files.readAllLines(morris.resolve("comparison.csv")).size(), "samples are not compared");
        String report = Files.readString(morris.resolve("report.html"));
        assertTrue(report.contains("Which inputs drive the results") && report.contains("seed-only dummy"), "report");
        assertTrue(Files.size(morris.resolve("charts/sensitivity-heat-map.png")) > 0, "every input against every metric");
        assertTrue(Files.size(morris.resolve("charts/morris-mean_hours_to_close.svg")) > 0, "mu* against sigma");
        assertTrue(Files.size(morris.resolve("charts/inputs-mean_hours_to_close.png")) > 0, "the metric against its top inputs");

        Path sobol = run("sobol.yaml", "s");
        List<String> s = Files.readAllLines(sobol.resolve("indices.csv"));
        // S1 and ST of 2 inputs, the dummy's S1 and ST, the noise share; 4 x (2 + 2) points were run.
        assertEquals(1 + 2 * 2 + 2 + 1, s.size(), String.join("\n", s));
        assertEquals(1 + 16 * 2, Files.readAllLines(sobol.resolve("design.csv")).size());

        // With second order: 4 x (2 x 2 + 2) points, and the pair's S2 beside the S1 and ST.
        write("sobol2.yaml", Files.readString(dir.resolve("sobol.yaml")).replace("samples: 4", "samples: 4\nsecond_order: true"));
        Path second = run("sobol2.yaml", "s2");
        List<String> s2 = Files.readAllLines(second.resolve("indices.csv"));
        assertEquals(1 + 2 * 2 + 1 + 2 + 1, s2.size(), String.join("\n", s2));
        assertTrue(s2.stream().anyMatch(l -> l.startsWith("mean_hours_to_close,grid_workers.households_per_worker &"
                + " grid_workers.extra_duty_share,S2,")), String.join("\n", s2));
        assertEquals(1 + 24 * 2, Files.readAllLines(second.resolve("design.csv")).size());
        assertTrue(Files.readString(second.resolve("report.html")).contains("second-order ind"));
    }

    /**
     * A Latin hypercube reports each input's Spearman correlation with each metric: the share of hours lost to
     * duties from above drives the workers' utilisation, which must show as a correlation whose 95% interval lies
     * above 0; the mean of the base point is no sample and does not count.
     */
    @Test
    void aLatinHypercubeGivesRankCorrelations() throws IOException {
        write("lhs.yaml", """
                name: lhs
                design: latin-hypercube
                scenario: %1$s/city.yaml
                samples: 12
                ranges:
                  grid_workers.extra_duty_share: {min: 0.05, max: 0.6}
                  grid_workers.households_per_worker: {min: 400, max: 800, integer: true}
                replications: 2
                metrics: [worker_utilization_mean]
                """.formatted(dir));
        Path out = run("lhs.yaml", "lhs");
        List<String> indices = Files.readAllLines(out.resolve("indices.csv"));
        assertEquals(1 + 2, indices.size(), String.join("\n", indices));
        String[] duty = indices.stream().filter(l -> l.startsWith("worker_utilization_mean,grid_workers.extra_duty_share,"
                + "spearman,")).findFirst().orElseThrow().split(",");
        assertTrue(Double.parseDouble(duty[4]) > 0, "rho " + duty[3] + " with interval [" + duty[4] + ", " + duty[5] + "]");
        assertTrue(Files.readString(out.resolve("report.html")).contains("Which inputs move the metrics"));
    }

    /** A design may take some of the declared inputs by name, in its own order; a wrong name gets a suggestion. */
    @Test
    void aDesignMayTakeSomeOfTheDeclaredInputs() throws IOException {
        write("some.yaml", """
                name: some
                design: sobol
                scenario: %1$s/city.yaml
                uncertainties: %1$s/uncertain.yaml
                inputs: [coordination.linkage, grid_workers.extra_duty_share]
                samples: 4
                replications: 2
                metrics: [mean_hours_to_close]
                """.formatted(dir));
        Path out = run("some.yaml", "some");
        assertTrue(Files.readString(out.resolve("journal/plan.json")).contains(
                "\"inputs\": [\n      \"coordination.linkage\",\n      \"grid_workers.extra_duty_share\"\n    ]"),
                Files.readString(out.resolve("journal/plan.json")));
        Files.writeString(dir.resolve("some.yaml"), Files.readString(dir.resolve("some.yaml"))
                .replace("coordination.linkage", "coordination.linkag"));
        Result r = gridgov("experiment", dir.resolve("some.yaml").toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("inputs[0] = coordination.linkag: is not an input of the uncertainties; did you mean"
                + " 'coordination.linkage'?"), r.err());
    }

    private static String value(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }

    @Test
    void badUncertaintiesAreReportedWithTheirPlace() throws IOException {
        write("bad.yaml", """
                name: bad
                design: morris
                scenario: %1$s/city.yaml
                levels: 5
                uncertainties:
                  grid_workers.no_such_thing: {min: 0, max: 1}
                  grid_workers.training: {min: 0.1, max: 0.9, values: [0.2, 0.4]}
                  grid_workers.extra_duty_share: {min: 0.5, max: 0.2}
                """.formatted(dir));
        Result r = gridgov("experiment", dir.resolve("bad.yaml").toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("4 problems in "), r.err());
        String bad = dir.resolve("bad.yaml").toString();
        assertTrue(r.err().contains(bad + ":4: levels = 5: must be even, so that the step p / (2 (p - 1)) lands on the"
                + " grid; 4 is usual"), r.err());
        assertTrue(r.err().contains(bad + ":6: uncertainties.grid_workers.no_such_thing.min = 0: 'grid_workers.no_such_thing'"
                + " is no parameter of the scenario"), r.err());
        assertTrue(r.err().contains(bad + ":7: uncertainties.grid_workers.training.min = 0.1: give one of min and max (a range),"
                + " scale: {min, max} (a factor on the base values) or values: [...] (a list)"), r.err());
        assertTrue(r.err().contains(bad + ":8: uncertainties.grid_workers.extra_duty_share.max = 0.2: must be greater than"
                + " min (0.5)"), r.err());
    }
}
