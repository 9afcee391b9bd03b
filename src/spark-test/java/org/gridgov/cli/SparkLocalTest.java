package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.SparkContext;
import org.gridgov.cli.MainTest.Result;
import org.gridgov.testing.QueueScenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on local[2] (Spark in this process, two executor threads) gives the same outputs as local threads,
 * byte for byte, for every command that runs batches; only the manifest's execution section differs.
 */
class SparkLocalTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void files() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "name: a\ndescription: small\nsimulation: {days: 40, seed: 1,"
                + " warmup_days: 7}\ncity: {residents: 6000}\n");
        Files.writeString(dir.resolve("tiny.yaml"), """
                name: tiny
                scenarios:
                  - %1$s/a.yaml
                  - {file: %1$s/a.yaml, set: {grid_workers.households_per_worker: 400}, label: more-workers}
                  - {file: %1$s/a.yaml, set: {grid_workers.extra_duty_share: 0.6}, label: more-duties}
                replications: 4
                """.formatted(dir));
    }

    @AfterAll
    static void stopSpark() {
        SparkContext.getOrCreate().stop();
        System.clearProperty("spark.master");
    }

    private static Path run(String out, String... extra) {
        List<String> args = new ArrayList<>(List.of("experiment", dir.resolve("tiny.yaml").toString(), "--out",
                dir.resolve(out).toString(), "-q"));
        args.addAll(List.of(extra));
        long t0 = System.nanoTime();
        Result r = gridgov(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        System.out.printf(Locale.ROOT, "%s: 12 runs in %.2f s%n", out, (System.nanoTime() - t0) / 1e9);
        return dir.resolve(out);
    }

    @Test
    void anExperimentOnSparkEqualsOneOnThreadsByteForByte() throws IOException {
        Path local = run("local", "--threads", "2");
        System.setProperty("spark.master", "local[2]");
        run("spark-warm", "--engine", "spark"); // Spark's start-up, apart from the comparison's timing
        Path spark = run("spark", "--engine", "spark");
        ExperimentCommandsTest.assertSameOutputs(local, spark);
        String manifest = Files.readString(spark.resolve("manifest.json"));
        assertTrue(manifest.contains("\"engine\": \"Spark (master local[2], 2 cores"), manifest);
    }

    @Test
    void withoutAMasterTheSparkEngineSaysHowToStartIt() {
        String before = System.clearProperty("spark.master");
        try {
            Result r = gridgov("experiment", dir.resolve("tiny.yaml").toString(), "--out", dir.resolve("none")
                    .toString(), "--engine", "spark", "-q");
            assertEquals(2, r.code());
            assertEquals("gridgov experiment: --engine spark needs a cluster: start gridgov-spark.jar with spark-submit"
                    + " --master URL (README, Running on a cluster), or give -Dspark.master=local[N] to run Spark in this"
                    + " process\n", r.err());
        } finally {
            if (before != null) {
                System.setProperty("spark.master", before);
            }
        }
    }

    /** The searches run batch after batch, each batch an experiment of its own on the engine. */
    @Test
    void aCalibrationAndAnOptimisationOnSparkEqualOnesOnThreads() throws IOException {
        System.setProperty("spark.master", "local[2]");
        Path queue = QueueScenario.write(dir, "queue", 2.0, 3);
        Path targets = Files.writeString(dir.resolve("targets.yaml"), """
                name: desk
                uncertainties:
                  case_types.job.rate_per_household_year: {min: 8.76, max: 23.652}
                targets:
                  mean_department_wait_hours: {value: 0.4444, tolerance: 0.1}
                particles: 10
                replications: 2
                generations: 2
                check_replications: 4
                seed: 3
                """);
        Path levers = Files.writeString(dir.resolve("levers.yaml"), QueueScenario.LEVERS);
        for (String[] search : List.of(new String[] {"calibrate", "--targets", targets.toString()},
                new String[] {"optimise", "--levers", levers.toString()})) {
            Result[] results = new Result[2];
            for (String engine : List.of("local", "spark")) {
                List<String> args = new ArrayList<>(List.of(search[0], queue.toString(), search[1], search[2], "--out",
                        dir.resolve(search[0] + "-" + engine).toString(), "--engine", engine, "-q"));
                results[engine.equals("local") ? 0 : 1] = gridgov(args.toArray(new String[0]));
            }
            assertEquals(results[0].code(), results[1].code(), results[1].err());
            for (String file : search[0].equals("calibrate") ? List.of("posterior.csv", "particles.csv",
                    "generations.csv", "fit.csv", "calibrated.yaml", "report.html") : List.of("front.csv",
                    "evaluations.csv", "convergence.csv", "report.html")) {
                Path a = dir.resolve(search[0] + "-local").resolve(file);
                Path b = dir.resolve(search[0] + "-spark").resolve(file);
                assertEquals(Files.readString(a), Files.readString(b), search[0] + " " + file);
            }
        }
    }

    @Test
    void aSizingOnSparkEqualsOneOnThreads() throws IOException {
        System.setProperty("spark.master", "local[2]");
        List<String> size = List.of("size", dir.resolve("a.yaml").toString(), "--target", "on_time_rate>=0.5",
                "--replications", "3", "--max-staff", "12", "-q");
        List<String> local = new ArrayList<>(size);
        local.addAll(List.of("--out", dir.resolve("size-local").toString()));
        List<String> spark = new ArrayList<>(size);
        spark.addAll(List.of("--out", dir.resolve("size-spark").toString(), "--engine", "spark"));
        Result a = gridgov(local.toArray(new String[0]));
        Result b = gridgov(spark.toArray(new String[0]));
        assertEquals(a.code(), b.code(), b.err());
        for (String file : List.of("recommendation.json", "frontier.csv", "runs.csv")) {
            assertEquals(Files.readString(dir.resolve("size-local").resolve(file)),
                    Files.readString(dir.resolve("size-spark").resolve(file)), file);
        }
    }
}
