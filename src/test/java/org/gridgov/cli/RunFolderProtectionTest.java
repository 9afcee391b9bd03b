package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gridgov.cli.MainTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing overwritten silently (issue 17, part 4): a run refuses a folder that holds another run's outputs
 * unless told --force, and the refusal leaves those outputs as they were; the same run again just writes the
 * same files.
 */
class RunFolderProtectionTest {
    private static final String BASELINE = "scenarios/q-city-baseline.yaml";

    @TempDir
    Path tmp;

    private Result run(Path out, String... extra) {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"run", BASELINE, "--set", "city.residents=5000", "--out", out.toString()}, 0,
                args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        return gridgov(args);
    }

    @Test
    void anotherRunsOutputsAreReplacedOnlyWithForce() throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, run(out, "--days", "20", "--seed", "1", "-q").code());
        byte[] before = Files.readAllBytes(out.resolve("summary.json"));

        Result other = run(out, "--days", "20", "--seed", "2", "-q");
        assertEquals(2, other.code(), other.err());
        assertEquals("gridgov run: " + out + " holds the outputs of another run (q-city-baseline, seed 1, 20 days,"
                + " warm-up chosen from the data, overrides city.residents=5000, model " + org.gridgov.Version.get()
                + "); this one is q-city-baseline, seed 2, 20 days, warm-up chosen from the data, overrides"
                + " city.residents=5000, model " + org.gridgov.Version.get() + ". Give --out a new folder, or --force"
                + " to replace them.\n", other.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("summary.json")), "refused: nothing replaced");

        // Days, warm-up and overrides count as well as the seed.
        assertEquals(2, run(out, "--days", "21", "--seed", "1", "-q").code());
        assertEquals(2, run(out, "--days", "20", "--seed", "1", "--warmup", "5", "-q").code());

        assertEquals(0, run(out, "--days", "20", "--seed", "2", "--force", "-q").code());
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"seed\": 2"));
    }

    @Test
    void theSameRunAgainWritesTheSameFiles() throws Exception {
        Path out = tmp.resolve("same");
        assertEquals(0, run(out, "--days", "15", "-q").code());
        byte[] metrics = Files.readAllBytes(out.resolve("metrics.csv"));
        Result again = run(out, "--days", "15", "-q");
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(metrics, Files.readAllBytes(out.resolve("metrics.csv")));
    }

    @Test
    void aSummaryThatCannotBeReadIsNotReplacedUnasked() throws Exception {
        Path out = tmp.resolve("damaged");
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.json"), "{\"scenario\": 3");
        Result r = run(out, "--days", "10", "-q");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("holds the outputs of another run ((unreadable summary.json)"), r.err());
        assertEquals(0, run(out, "--days", "10", "--force", "-q").code());
    }
}
