package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gridgov.cli.MainTest.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridgov analyse} end to end: a finished journal gives the experiment's own outputs, a partly run Sobol'
 * design gives the indices of the smaller design its complete base rows make, a partly run robustness design
 * the standing over its complete samples, and too little gives a clear message.
 */
class AnalyseCommandTest {

    @TempDir
    Path dir;

    private ExperimentFolder files;

    @BeforeEach
    void files() throws IOException {
        files = new ExperimentFolder(dir);
        files.write("city.yaml", "name: city\nsimulation: {days: 20, seed: 1, warmup_days: 2}\ncity: {residents: 6000}\n");
        files.write("sobol.yaml", """
                name: sobol
                design: sobol
                scenario: %1$s/city.yaml
                uncertainties:
                  grid_workers.households_per_worker: {min: 300, max: 900}
                  grid_workers.extra_duty_share: {min: 0.1, max: 0.5}
                samples: 4
                replications: 2
                metrics: [mean_hours_to_close, worker_utilization_mean]
                """.formatted(dir));
    }

    /** Deletes the journal's records of the given design points (as if they had not run yet). */
    private static void forget(Path experiment, int fromPoint, int toPoint, int replications) throws IOException {
        for (int p = fromPoint; p < toPoint; p++) {
            for (int r = 0; r < replications; r++) {
                Files.delete(experiment.resolve("journal").resolve(String.format("p%04d-r%04d.run", p, r)));
            }
        }
    }

    private static Result analyse(Path experiment, Path out) {
        return gridgov("analyse", experiment.toString(), "--out", out.toString());
    }

    @Test
    void aFinishedJournalGivesTheExperimentsOwnOutputs() throws IOException {
        Path full = files.run("sobol.yaml", "full");
        Result r = analyse(full, dir.resolve("again"));
        assertEquals(0, r.code(), r.err());
        ExperimentCommandsTest.assertSameOutputs(full, dir.resolve("again"));
        assertFalse(Files.readString(dir.resolve("again/manifest.json")).contains("\"partial\""));
    }

    /**
     * Base rows run in order, and the first two rows of a 4-row Saltelli sample are the 2-row sample: so the partial
     * indices are exactly those of the experiment with samples: 2.
     */
    @Test
    void aPartlyRunSobolDesignGivesTheIndicesOfItsCompleteBaseRows() throws IOException {
        Path part = files.run("sobol.yaml", "part");
        forget(part, 9, 16, 2); // 4 points per base row: rows 0 and 1 stay whole, row 2 loses all but its first point
        Result r = analyse(part, dir.resolve("part-analysed"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Partial results: from the first 2 of the 4 base rows (16 runs); 18 of the"
                + " experiment's 32 runs are finished."), r.out());
        files.write("small.yaml", Files.readString(dir.resolve("sobol.yaml")).replace("samples: 4", "samples: 2"));
        Path small = files.run("small.yaml", "small");
        assertEquals(Files.readString(small.resolve("indices.csv")), Files.readString(dir.resolve("part-analysed/indices.csv")));
        assertTrue(Files.readString(dir.resolve("part-analysed/report.html")).contains("Partial results: from the first 2"));
        assertTrue(Files.readString(dir.resolve("part-analysed/manifest.json")).contains("\"partial\": \"Partial results"));
        assertTrue(Files.isDirectory(part.resolve("journal")), "the experiment's folder is left as it was");
        // In Chinese, on the console and the page; the manifest, read by programs, stays English.
        Result zh = gridgov("analyse", part.toString(), "--out", dir.resolve("part-zh").toString(), "--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("部分结果：取自前 2 个（共 4 个）基础行（16 次运行）；已完成 18 次运行（实验共 32 次）。"), zh.out());
        assertTrue(zh.out().contains("输出位于 " + dir.resolve("part-zh")), zh.out());
        assertTrue(Files.readString(dir.resolve("part-zh/report.html")).contains("部分结果：取自前 2 个"));
        assertTrue(Files.readString(dir.resolve("part-zh/manifest.json")).contains("\"partial\": \"Partial results"));
    }

    @Test
    void aPartlyRunRobustnessDesignIsJudgedOnItsCompleteSamples() throws IOException {
        files.write("staffed.yaml", "name: staffed\nsimulation: {days: 20, seed: 1, warmup_days: 2}\n"
                + "city: {residents: 6000}\ngrid_workers: {households_per_worker: 300}\n");
        files.write("robust.yaml", """
                name: robust
                design: robustness
                scenarios: [%1$s/city.yaml, %1$s/staffed.yaml]
                uncertainties: {grid_workers.extra_duty_share: {min: 0.1, max: 0.5}}
                samples: 6
                replications: 2
                metrics: [mean_hours_to_close]
                """.formatted(dir));
        Path robust = files.run("robust.yaml", "robust");
        forget(robust, 7, 8, 1); // sample 4's reform loses a replication: samples 1 to 3 are complete
        Result r = analyse(robust, dir.resolve("robust-analysed"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("from the first 3 of the 6 samples (12 runs)"), r.out());
        assertTrue(Files.readAllLines(dir.resolve("robust-analysed/robustness.csv"))
                .contains("mean_hours_to_close,staffed,samples,3,,"));
        try (Stream<String> design = Files.lines(dir.resolve("robust-analysed/design.csv"))) {
            assertEquals(6, design.skip(1).map(l -> l.split(",")[1]).distinct().count(), "3 samples x 2 scenarios");
        }
    }

    @Test
    void tooLittleOrNoJournalIsReportedPlainly() throws IOException {
        Path part = files.run("sobol.yaml", "little");
        forget(part, 5, 16, 2);
        Result r = analyse(part, dir.resolve("x"));
        assertEquals(2, r.code());
        assertEquals("gridgov analyse: sobol: 1 of its 4 base rows is complete (every point of it, every replication, from the"
                + " first on); analyse needs 2. 10 of 32 runs are finished.\n", r.err());
        Result none = analyse(dir, dir.resolve("y"));
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no experiment journal here"), none.err());
        assertFalse(none.err().contains("Exception"), none.err());
        Result help = gridgov("analyse", "--help");
        assertTrue(help.out().contains("first complete trajectories, base rows or samples"), help.out());
        assertTrue(List.of(help.out().split("\n")).stream().anyMatch(l -> l.contains("--out")), help.out());
    }
}
