package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.spark.SparkContext;
import org.gridgov.cli.MainTest.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on the loopback address: a master and two workers of one core each, in processes
 * of their own, with this test as the driver. One worker (with its executor) is killed in the middle of an
 * experiment: Spark reruns its tasks on the other, every run is counted once, and the outputs equal a local run's.
 */
class SparkStandaloneTest {
    private static final int RUNS = 20;

    @TempDir
    static Path dir;
    private static final List<Process> cluster = new ArrayList<>();
    private static String classPath;
    private static int port;

    @BeforeAll
    static void startCluster() throws Exception {
        classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        port = freePort();
        cluster.add(start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", Integer.toString(freePort())));
        awaitPort(port);
        for (int w = 1; w <= 2; w++) {
            Path work = Files.createDirectories(dir.resolve("worker-" + w));
            cluster.add(start("worker-" + w, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()), "--work-dir",
                    work.toString(), "spark://127.0.0.1:" + port));
        }
        Files.writeString(dir.resolve("a.yaml"), "name: a\nsimulation: {days: 120, seed: 1, warmup_days: 20}\n"
                + "city: {residents: 6000}\n");
        Files.writeString(dir.resolve("four.yaml"), """
                name: four
                scenarios:
                  - %1$s/a.yaml
                  - {file: %1$s/a.yaml, set: {grid_workers.households_per_worker: 400}, label: w400}
                  - {file: %1$s/a.yaml, set: {grid_workers.households_per_worker: 800}, label: w800}
                  - {file: %1$s/a.yaml, set: {grid_workers.extra_duty_share: 0.6}, label: duties}
                replications: 5
                """.formatted(dir));
    }

    @AfterAll
    static void stopCluster() {
        SparkContext.getOrCreate().stop();
        for (String p : List.of("spark.master", "spark.driver.host", "spark.driver.bindAddress",
                "spark.executor.extraClassPath", "spark.executor.memory", "spark.cores.max", "spark.ui.enabled")) {
            System.clearProperty(p);
        }
        cluster.forEach(SparkStandaloneTest::kill);
    }

    @Test
    void anExperimentSurvivesALostWorkerAndEqualsALocalRun() throws Exception {
        Map.of("spark.master", "spark://127.0.0.1:" + port, "spark.driver.host", "127.0.0.1",
                "spark.driver.bindAddress", "127.0.0.1", "spark.executor.extraClassPath", classPath,
                "spark.executor.memory", "512m", "spark.cores.max", "2", "spark.ui.enabled", "false")
                .forEach(System::setProperty);
        Path out = dir.resolve("cluster");
        long t0 = System.nanoTime();
        CompletableFuture<Result> experiment = CompletableFuture.supplyAsync(() -> gridgov("experiment",
                dir.resolve("four.yaml").toString(), "--out", out.toString(), "--engine", "spark"));
        // Kill a worker, and the executor it started, once a few runs are in.
        int atKill = awaitJournal(out, 3, experiment);
        kill(cluster.get(1));
        Result r = experiment.get(4, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.code(), r.err());
        assertTrue(atKill < RUNS, "the worker was killed mid-run, with " + atKill + " runs in");
        assertTrue(r.out().startsWith("four: " + RUNS + " runs (" + RUNS + " now, 0 from the journal)"), r.out());
        assertTrue(r.err().contains("on Spark (master spark://127.0.0.1:" + port), r.err());
        assertEquals(RUNS, journalFiles(out), "every run counted once");
        System.out.printf(Locale.ROOT, "standalone, a worker lost after %d runs: %d runs in %.1f s%n", atKill, RUNS,
                seconds);
        Result local = gridgov("experiment", dir.resolve("four.yaml").toString(), "--out",
                dir.resolve("local").toString(), "-q");
        assertEquals(0, local.code(), local.err());
        ExperimentCommandsTest.assertSameOutputs(dir.resolve("local"), out);
    }

    private static Process start(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        // The worker builds its executors' command from a Spark home; in a test, one without Spark's jars will do,
        // the executors taking their classes from spark.executor.extraClassPath.
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        b.environment().putAll(Map.of("SPARK_HOME", home.toString(), "SPARK_TESTING", "1", "SPARK_SCALA_VERSION",
                "2.13", "SPARK_LOCAL_IP", "127.0.0.1"));
        return b.start();
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int p) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", p), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the Spark master did not open port " + p + " within 60 s; see master.log in " + dir);
    }

    private static int awaitJournal(Path out, int runs, CompletableFuture<Result> experiment) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < end && !experiment.isDone()) {
            int n = journalFiles(out);
            if (n >= runs) {
                return n;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + runs + " runs within 180 s: " + (experiment.isDone() ? experiment.get().err()
                : "see the logs in " + dir));
    }

    private static int journalFiles(Path out) throws IOException {
        Path journal = out.resolve("journal");
        if (!Files.isDirectory(journal)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(journal)) {
            return (int) files.filter(f -> f.toString().endsWith(".run")).count();
        }
    }
}
