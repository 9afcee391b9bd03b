package org.gridgov.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.gridgov.model.ModelRuns;
import org.gridgov.scenario.LoadedScenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is a function of (scenario, seed, replication): the same inputs give byte-identical output files,
 * whether runs happen one after another or at the same time in several threads, and other seeds or
 * replication numbers give other results.
 */
class DeterminismTest {

    private static final List<String> OUTPUTS = List.of("summary.json", "metrics.csv", "daily.csv", "cases.csv",
            "workload.csv", "cells.geojson");
    private static final int DAYS = 60;
    private static final int WARMUP = 7;
    private static final long SEED = 20_041_001;

    @TempDir
    static Path dir;

    /** The conservation scenario (every path of the loop taken) at 10,000 residents. */
    private static LoadedScenario scenario;

    @BeforeAll
    static void load() {
        scenario = ModelRuns.load("conservation.yaml", "city.residents=10000");
    }

    private static Path runInto(String name, long seed, int replication) {
        return ModelRuns.write(dir.resolve(name), ModelRuns.run(scenario, seed, replication, DAYS, WARMUP, true),
                scenario);
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        assertEquals(files(expected), files(actual));
        for (String file : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
                    file + " differs between " + expected.getFileName() + " and " + actual.getFileName());
        }
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.mismatch(a, b) == -1;
    }

    @Test
    void sameSeedGivesByteIdenticalOutputFiles() throws IOException {
        Path first = runInto("first", SEED, 0);
        Path second = runInto("second", SEED, 0);
        assertEquals(OUTPUTS.stream().sorted().toList(), files(first), "all six outputs are written");
        assertSameBytes(first, second);
    }

    @Test
    void differentSeedsGiveDifferentResults() throws IOException {
        Path a = runInto("seed-a", SEED, 0);
        Path b = runInto("seed-b", SEED + 1, 0);
        assertFalse(sameBytes(a.resolve("metrics.csv"), b.resolve("metrics.csv")), "metrics.csv");
        assertFalse(sameBytes(a.resolve("cases.csv"), b.resolve("cases.csv")), "cases.csv");
    }

    @Test
    void differentReplicationsOfOneSeedGiveDifferentResults() throws IOException {
        Path a = runInto("rep-0", SEED, 0);
        Path b = runInto("rep-1", SEED, 1);
        assertFalse(sameBytes(a.resolve("metrics.csv"), b.resolve("metrics.csv")), "metrics.csv");
        assertFalse(sameBytes(a.resolve("cases.csv"), b.resolve("cases.csv")), "cases.csv");
    }

    @Test
    void runsAtTheSameTimeInSeveralThreadsMatchASequentialRun() throws Exception {
        Path sequential = runInto("sequential", SEED, 3);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Path>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String name = "parallel-" + t;
                runs.add(pool.submit(() -> {
                    start.await();
                    return runInto(name, SEED, 3);
                }));
            }
            start.countDown();
            for (Future<Path> run : runs) {
                assertSameBytes(sequential, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
