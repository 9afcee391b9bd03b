package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gridgov.report.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gridgov run --events}: the event log of the run, and no stale one from an earlier run. */
class RunEventsTest {

    @TempDir
    Path tmp;

    @Test
    void eventsWritesTheRunsEventLogAndARunWithoutItRemovesAnOldOne() throws Exception {
        Path scenario = tmp.resolve("event-log.yaml");
        // The scenario and run of the stored reference (EventLogTest).
        Files.writeString(scenario, "name: event-log-reference\ncity: {residents: 3000}\n");
        Path out = tmp.resolve("out");
        MainTest.Result r = MainTest.gridgov("run", scenario.toString(), "--seed", "5", "--days", "10", "--warmup", "0",
                "--events", "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        byte[] reference;
        try (InputStream in = EventLog.class.getResourceAsStream("events-reference.csv")) {
            reference = in.readAllBytes();
        }
        assertArrayEquals(reference, Files.readAllBytes(out.resolve("events.csv")));
        assertTrue(Files.isRegularFile(out.resolve("metrics.csv")));

        r = MainTest.gridgov("run", scenario.toString(), "--seed", "5", "--days", "10", "--warmup", "0",
                "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(out.resolve("events.csv")), "an earlier run's events.csv is left");
    }
}
