package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.gridgov.cli.MainTest.Result;
import org.gridgov.experiment.RunRecord;
import org.gridgov.report.OutputFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs survive a careful user's bad day: a command killed while writing leaves the old complete set (or,
 * once its new set is committed, a set the next command completes), never a mix; nothing it left stays after
 * the next command; two commands never write one folder at once; and every I/O failure is one line naming the
 * path and the cause. Kills are real: a child process halts itself at a chosen point (see report.Faults).
 */
class OutputsSurviveTest {

    private static final String BASELINE = "scenarios/q-city-baseline.yaml";
    private static final String SMALL = "city.residents=5000";

    @TempDir
    Path dir;
    private Path experiment;

    @BeforeEach
    void files() throws IOException {
        Path a = dir.resolve("a.yaml");
        Files.writeString(a, "name: a\nsimulation: {days: 10, seed: 1, warmup_days: 1}\ncity: {residents: 6000}\n");
        experiment = dir.resolve("tiny.yaml");
        Files.writeString(experiment, """
                name: tiny
                scenarios:
                  - %1$s
                  - {file: %1$s, set: {grid_workers.households_per_worker: 400}, label: more-workers}
                replications: 3
                metrics: [resolution_rate, mean_hours_to_close]
                """.formatted(a));
    }

    /** gridgov in a child process with extra JVM options; waits for it to end. */
    private Result child(List<String> jvm, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true"));
        command.addAll(jvm);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child ended");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Killed dead (as by kill -9) the n-th time the output code reaches the point. */
    private Result killedAt(String point, int n, String... args) throws Exception {
        Result r = child(List.of("-Dgridgov.test.halt=" + point + "-" + n), args);
        assertEquals(137, r.code(), "halted at " + point + "-" + n + ": " + r.err());
        return r;
    }

    private Result ok(String... args) {
        Result r = gridgov(args);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private String[] run(Path out, String seed, String... more) {
        // --force: these tests replace one run's set with another's on purpose (RunFolderProtectionTest).
        List<String> args = new ArrayList<>(List.of("run", BASELINE, "--set", SMALL, "--days", "5", "--seed", seed,
                "--out", out.toString(), "--force", "-q"));
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    // ---- kills

    @Test
    void aRunKilledWhileWritingLeavesTheOldSetAndTheNextRunTidiesUp() throws Exception {
        Path out = dir.resolve("out");
        ok(run(out, "1"));
        TreeMap<String, String> before = outputs(out);
        for (int n = 1; n <= 3; n++) {
            killedAt("file", n, run(out, "2", "--events"));
            assertEquals(before, outputs(out), "killed after staging " + n + " files: the seed-1 set is whole");
        }
        Result next = ok(run(out, "3"));
        assertTrue(next.err().contains("removed the unfinished outputs of an interrupted command"), next.err());
        assertEquals(List.of(), leftovers(out));
        ok(run(dir.resolve("clean3"), "3"));
        assertEquals(outputs(dir.resolve("clean3")), outputs(out));
    }

    @Test
    void aRunKilledWhileMovingItsSetIntoPlaceIsCompletedByTheNextCommand() throws Exception {
        Path out = dir.resolve("out");
        ok(run(out, "1"));
        killedAt("commit", 2, run(out, "2", "--no-cases"));
        assertFalse(Files.exists(out.resolve("summary.json")), "no completeness marker over a half-moved set");
        // The next command completes the committed seed-2 set before it is itself killed, still staging.
        killedAt("file", 1, run(out, "3"));
        ok(run(dir.resolve("clean2"), "2", "--no-cases"));
        assertEquals(outputs(dir.resolve("clean2")), outputs(out));
        assertFalse(Files.exists(out.resolve("cases.csv")), "seed 1's cases are not left beside seed 2's summary");
    }

    @Test
    void anExperimentRerunWithMoreReplicationsAndKilledKeepsTheOldSetWhole() throws Exception {
        Path out = dir.resolve("exp");
        ok("experiment", experiment.toString(), "--out", out.toString(), "-q");
        TreeMap<String, String> three = outputs(out);
        killedAt("staged", 1, "experiment", experiment.toString(), "--out", out.toString(), "--replications", "4", "-q");
        assertEquals(three, outputs(out), "the 3-replication set is whole");
        killedAt("commit", 4, "experiment", experiment.toString(), "--out", out.toString(), "--replications", "4", "-q");
        assertFalse(Files.exists(out.resolve("manifest.json")));
        ok("experiment", experiment.toString(), "--out", out.toString(), "--replications", "4", "-q");
        ok("experiment", experiment.toString(), "--out", dir.resolve("clean").toString(), "--replications", "4", "-q");
        assertEquals(outputs(dir.resolve("clean")), outputs(out));
        assertEquals(List.of(), leftovers(out));
    }

    // ---- a journal that detects damage

    @Test
    void aDamagedJournalRecordIsNamedRunAgainAndNeverMerged() throws Exception {
        Path shard = dir.resolve("s1");
        ok("experiment", experiment.toString(), "--out", shard.toString(), "--shard", "1/2", "-q");
        ok("experiment", experiment.toString(), "--out", dir.resolve("s2").toString(), "--shard", "2/2", "-q");
        Path altered = shard.resolve("journal/p0000-r0000.run");
        String text = Files.readString(altered);
        Files.writeString(altered, text.replaceFirst("\non_time_rate\t[^\n]*\n", "\non_time_rate\t7.5\n"));
        Path cut = shard.resolve("journal/p0000-r0002.run");
        Files.writeString(cut, Files.readString(cut).substring(0, 700));

        Result merge = gridgov("merge", shard.toString(), dir.resolve("s2").toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, merge.code());
        assertTrue(merge.err().startsWith("gridgov merge: " + altered + " is damaged (its checksum does not match its"
                + " content: it was altered or damaged); " + cut + " is damaged (it ends early: the checksum line is"
                + " missing); a damaged record counts as not finished. 2 of 6 runs are not finished"), merge.err());
        assertFalse(Files.exists(dir.resolve("m/runs.csv")));

        Result resumed = ok("experiment", experiment.toString(), "--out", shard.toString(), "--shard", "1/2", "-q");
        assertEquals("warning: " + altered + " is damaged (its checksum does not match its content: it was altered or"
                + " damaged); its run will be done again\nwarning: " + cut + " is damaged (it ends early: the checksum"
                + " line is missing); its run will be done again\n", resumed.err());
        assertEquals(RunRecord.parse(text).metrics(), RunRecord.parse(Files.readString(altered)).metrics(),
                "the run done again gives the metrics it had before the record was altered");
        ok("merge", shard.toString(), dir.resolve("s2").toString(), "--out", dir.resolve("m").toString(), "-q");
        ok("experiment", experiment.toString(), "--out", dir.resolve("whole").toString(), "-q");
        assertEquals(outputs(dir.resolve("whole")), outputs(dir.resolve("m")));
    }

    // ---- one command at a time

    @Test
    void aFolderInUseIsRefusedNamingTheHolderAndFreedWhenItsHolderDies() throws Exception {
        Path out = dir.resolve("out");
        long pid = ProcessHandle.current().pid();
        try (OutputFolder held = OutputFolder.open(out)) {
            String busy = out + " is in use by another gridgov command (process " + pid + "); wait for it to finish,"
                    + " or choose another output folder\n";
            Result other = child(List.of(), run(out, "1"));
            assertEquals(2, other.code());
            assertEquals("gridgov run: " + busy, other.err());
            Result here = gridgov("experiment", experiment.toString(), "--out", out.toString(), "-q");
            assertEquals(2, here.code());
            assertEquals("gridgov experiment: " + busy, here.err());
        }
        // A holder killed dead leaves its pid in the lock file, but the operating system has released the lock.
        killedAt("file", 1, run(out, "1"));
        ok(run(out, "1"));
        assertTrue(Files.isRegularFile(out.resolve("summary.json")));
    }

    @Test
    void twoExperimentsStartedTogetherOnOneFolderNeverMix() throws Exception {
        Path out = dir.resolve("exp");
        Result[] results = new Result[2];
        Thread other = new Thread(() -> results[1] = gridgov("experiment", experiment.toString(), "--out",
                out.toString(), "--replications", "4", "-q"));
        other.start();
        results[0] = gridgov("experiment", experiment.toString(), "--out", out.toString(), "-q");
        other.join();
        for (Result r : results) {
            assertTrue(r.code() == 0 || r.code() == 2 && r.err().contains("is in use by another gridgov command"), r.err());
        }
        // Whichever ran last, the folder holds one experiment's set: the manifest's replications are runs.csv's.
        String manifest = Files.readString(out.resolve("manifest.json"));
        int replications = Integer.parseInt(manifest.replaceAll("(?s).*\"replications\": (\\d+).*", "$1"));
        long rows = Files.readAllLines(out.resolve("runs.csv")).size() - 1;
        assertEquals(2L * replications * 2, rows);
    }

    // ---- I/O failures: one line, the path, the cause, the right exit code, found before simulating

    @Test
    void anOutputThatIsAFileIsOneLineForEveryCommandBeforeAnySimulation() throws Exception {
        Path file = dir.resolve("file");
        Files.writeString(file, "in the way");
        Path shard = dir.resolve("s");
        ok("experiment", experiment.toString(), "--out", shard.toString(), "-q");
        List<String[]> commands = List.of(
                new String[] {"run", BASELINE, "--days", "3650", "--out", file.toString()},
                new String[] {"experiment", experiment.toString(), "--days", "3650", "--out", file.toString()},
                new String[] {"compare", BASELINE, "scenarios/more-funding.yaml", "--days", "3650", "--out", file.toString()},
                new String[] {"merge", shard.toString(), "--out", file.toString()},
                new String[] {"analyse", shard.toString(), "--out", file.toString()},
                new String[] {"size", BASELINE, "--target", "resolution_rate>=0.9", "--days", "3650", "--out", file.toString()});
        for (String[] c : commands) {
            long t0 = System.nanoTime();
            Result r = gridgov(c);
            assertEquals(2, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().endsWith("gridgov " + c[0] + ": cannot write " + file + ": it is a file, not a folder\n"),
                    c[0] + ": " + r.err());
            assertTrue((System.nanoTime() - t0) / 1e9 < 20, c[0] + " simulated before finding out");
        }
        Result snapshot = gridgov("gui", BASELINE, "--days", "1", "--snapshot", file.resolve("x.png").toString());
        assertEquals(2, snapshot.code());
        assertEquals("gridgov gui: cannot write " + file + ": a file is in the way: part of the path is not a folder\n",
                snapshot.err());
    }

    @Test
    void aFolderThatCannotBeWrittenIsOneLine() throws Exception {
        // Tests may run as root, whom permissions do not stop: a read-only file system is simulated then.
        Path locked = dir.resolve("locked");
        Files.createDirectory(locked);
        boolean permissionsHold = locked.toFile().setWritable(false, false) && !Files.isWritable(locked);
        try {
            Result r = permissionsHold ? gridgov(run(locked.resolve("out"), "1"))
                    : child(List.of("-Dgridgov.test.writeFault=0:Read-only file system"), run(locked.resolve("out"), "1"));
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().matches("gridgov run: cannot write " + locked + "\\S*: "
                    + (permissionsHold ? "permission denied" : "read-only file system") + "\n"), r.err());
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    @Test
    void aFullDiskIsOneLineExitOneAndKeepsTheOldSet() throws Exception {
        Path out = dir.resolve("out");
        ok(run(out, "1"));
        TreeMap<String, String> before = outputs(out);
        for (String[] c : List.of(run(out, "2"),
                new String[] {"experiment", experiment.toString(), "--out", dir.resolve("exp").toString(), "-q"},
                new String[] {"size", BASELINE, "--set", SMALL, "--target", "resolution_rate>=0.1", "--days", "3",
                    "--replications", "2", "--max-staff", "8", "--out", dir.resolve("size").toString(), "-q"},
                new String[] {"gui", BASELINE, "--set", SMALL, "--days", "1", "--snapshot", dir.resolve("x.png").toString()})) {
            Result r = child(List.of("-Dgridgov.test.writeFault=2000:No space left on device"), c);
            assertEquals(1, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().lines().anyMatch(l -> l.matches("gridgov " + c[0] + ": cannot write " + dir
                    + "/\\S+: no space left on device")), c[0] + ": " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), c[0] + ": " + r.err());
        }
        assertEquals(before, outputs(out));
        for (String folder : List.of("out", "exp", "size")) {
            assertEquals(List.of(), leftovers(dir.resolve(folder)), folder);
        }
        assertEquals(List.of(), leftovers(dir).stream().filter(n -> n.contains("x.png")).toList());
    }

    @Test
    void outOfMemoryIsExplained() throws Exception {
        Result r = child(List.of("-Xmx32m"), "run", BASELINE, "--set", "city.residents=20000000", "--days", "5",
                "--out", dir.resolve("big").toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("gridgov run: out of memory: the Java heap, at most 32 MB, is full."), r.err());
        assertTrue(r.err().contains("GRIDGOV_JAVA_OPTS=-Xmx") && r.err().contains("--no-cases"), r.err());
    }

    @Test
    void ctrlCSaysWhatIsKeptAndHowToResume() throws Exception {
        Path out = dir.resolve("exp");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true", Main.class.getName(),
                "experiment", experiment.toString(), "--out", out.toString(), "--days", "200", "--threads", "1", "-q")
                .redirectError(err.toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (runFiles(out.resolve("journal")) < 1 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(p.isAlive(), "the experiment ended before Ctrl-C");
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String said = Files.readString(err);
        assertTrue(said.matches("(?s)\\ninterrupted: \\d+ of the 6 runs are kept in " + out.resolve("journal")
                + "; run the same command again to resume\\n"), said);
        int kept = Integer.parseInt(said.replaceAll("(?s).*interrupted: (\\d+) .*", "$1"));
        assertTrue(kept >= 1 && kept <= runFiles(out.resolve("journal")), said);
    }

    // ---- helpers

    private static int runFiles(Path journal) throws IOException {
        if (!Files.isDirectory(journal)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(journal)) {
            return (int) files.filter(f -> f.getFileName().toString().matches("p\\d+-r\\d+\\.run")).count();
        }
    }

    /** The outputs (not the journal, the lock or leftovers), by path; a manifest without its execution section. */
    private static TreeMap<String, String> outputs(Path folder) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(f).toString();
                if (name.startsWith("journal") || name.startsWith(".")) {
                    continue;
                }
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                files.put(name, name.equals("manifest.json") ? text.substring(0, text.indexOf("  \"execution\"")) : text);
            }
        }
        return files;
    }

    /** What a killed command may leave: a staging folder and temporary files. */
    private static List<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p).toString())
                    .filter(n -> n.startsWith(".staging") || n.matches("(.*/)?\\..*\\.tmp")).toList();
        }
    }
}
