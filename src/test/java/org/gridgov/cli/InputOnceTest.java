package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gridgov.cli.MainTest.Result;
import org.gridgov.config.JsonInput;
import org.gridgov.config.MapNode;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;
import org.gridgov.hash.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs are read once and said plainly: a scenario given through a FIFO is read (not waited on for ever),
 * an experiment file given as a scenario is named as such, validate lists each parameter once, and seeds are
 * recorded exactly.
 */
class InputOnceTest {

    private static final String BASELINE = "scenarios/q-city-baseline.yaml";

    @TempDir
    Path tmp;

    /** A FIFO that a background writer fills once with the scenario, as {@code cat file > fifo} would. */
    private Path fifoWith(Path content) throws Exception {
        Path fifo = tmp.resolve("scenario-" + System.nanoTime() + ".fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, Files.readAllBytes(content));
            } catch (IOException e) {
                // the test fails on its own: the reader gets nothing
            }
        });
        writer.setDaemon(true);
        writer.start();
        return fifo;
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoScenarioIsReadOnceAndHashedFromWhatWasRead() throws Exception {
        Path out = tmp.resolve("out");
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Path fifo = fifoWith(Path.of(BASELINE));
            return gridgov("run", fifo.toString(), "--set", "city.residents=5000", "--days", "2", "--out", out.toString(), "-q");
        });
        assertEquals(0, r.code(), r.err());
        assertEquals(Sha256.of(Files.readAllBytes(Path.of(BASELINE))), text(out.resolve("summary.json"), "scenario_sha256"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void sizeReadsAFifoOnce() throws Exception {
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Path fifo = fifoWith(Path.of(BASELINE));
            return gridgov("size", fifo.toString(), "--set", "city.residents=5000", "--days", "3", "--replications", "2",
                    "--target", "resolution_rate>=0.1", "--max-staff", "12", "--out", tmp.resolve("size").toString(), "-q");
        });
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("size/recommendation.json")), r.err());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void anExperimentFileThroughAFifoIsReadOnce() throws Exception {
        Path experiment = tmp.resolve("e.yaml");
        Files.writeString(experiment, "name: e\nscenarios:\n  - " + BASELINE + "\n  - scenarios/more-funding.yaml"
                + "\nreplications: 2\ndays: 1\nwarmup_days: 0\n");
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Path fifo = fifoWith(experiment);
            return gridgov("experiment", fifo.toString(), "--out", tmp.resolve("exp").toString(), "-q");
        });
        assertEquals(0, r.code(), r.err());
        assertEquals(Sha256.of(Files.readAllBytes(experiment)),
                Files.readString(tmp.resolve("exp/manifest.json")).replaceAll("(?s).*?\"sha256\": \"([0-9a-f]+)\".*", "$1"));
    }

    @Test
    void anExperimentGivenAsAScenarioIsNamedAsSuch() throws IOException {
        Path experiment = tmp.resolve("self.yaml");
        Files.writeString(experiment, "name: self\ndesign: compare\nscenarios:\n  - " + BASELINE + "\n  - " + experiment
                + "\nreplications: 2\ndays: 2\n");
        Result listed = gridgov("experiment", experiment.toString(), "--out", tmp.resolve("o").toString(), "-q");
        assertEquals(2, listed.code());
        assertTrue(listed.err().contains(experiment + ":5: scenarios[1] = " + experiment
                + ": is an experiment file (it has 'design:'), not a scenario"), listed.err());
        assertTrue(!listed.err().contains("unknown key"), listed.err());

        Result run = gridgov("run", "experiments/reform-comparison.yaml", "--out", tmp.resolve("r").toString());
        assertEquals(2, run.code());
        assertEquals("1 problem in experiments/reform-comparison.yaml:\n  1) experiments/reform-comparison.yaml: is an"
                + " experiment file (it has 'design:'), not a scenario; run it with 'gridgov experiment"
                + " experiments/reform-comparison.yaml', or give a scenario file here\n", run.err());
        assertTrue(!Files.exists(tmp.resolve("r")));
    }

    @Test
    void validateListsEachParameterOnce() {
        Result r = gridgov("validate", BASELINE);
        assertEquals(0, r.code(), r.err());
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : r.out().lines().skip(1).toList()) {
            String key = line.strip().split(" ")[0];
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertEquals(List.of(), twice);
        assertTrue(seen.contains("case_types.sanitation.cross_department_partner") || seen.stream()
                .anyMatch(k -> k.endsWith(".cross_department_partner")), r.out());
    }

    @Test
    void seedsAreRecordedExactly() throws IOException {
        for (String seed : List.of("9223372036854775807", "1234567890123457", "9007199254740993")) {
            Path out = tmp.resolve("seed" + seed);
            Result r = gridgov("run", BASELINE, "--set", "city.residents=5000", "--days", "1", "--seed", seed,
                    "--out", out.toString(), "-q");
            assertEquals(0, r.code(), r.err());
            assertEquals(seed, text(out.resolve("summary.json"), "seed"));
        }
    }

    private static String text(Path json, String key) {
        ReadContext ctx = new ReadContext();
        MapNode root = JsonInput.parseFile(json, ctx);
        assertTrue(!ctx.hasProblems(), ctx.problems().toString());
        return ((ScalarNode) root.get(key)).text();
    }
}
