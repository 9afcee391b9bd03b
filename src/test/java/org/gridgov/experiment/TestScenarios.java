package org.gridgov.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gridgov.testing.QueueScenario;

/** Scenario and experiment files for tests, written into a temporary folder. */
final class TestScenarios {

    /** Erlang C's assumptions hold for the one department; see {@link #erlangC}. */
    static final int SERVERS = 3;
    static final double ARRIVALS_PER_HOUR = 2;
    static final double SERVICE_RATE = 1;
    static final int HOUSEHOLDS = QueueScenario.HOUSEHOLDS;

    private TestScenarios() {
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The M/M/3 queue of {@link QueueScenario}: utilisation 2/3, mean wait 0.444 h. */
    static Path erlangC(Path dir) {
        return write(dir, "erlang-c.yaml", QueueScenario.yaml("erlang-c", ARRIVALS_PER_HOUR, SERVERS));
    }

    /** Q City at a small size, for fast runs of the whole machinery. */
    static Path small(Path dir, String name, int householdsPerWorker) {
        return write(dir, name + ".yaml", """
                name: %s
                description: a small Q City
                simulation: {days: 20, seed: 1, warmup_days: 2}
                city: {residents: 6000}
                grid_workers: {households_per_worker: %d}
                """.formatted(name, householdsPerWorker));
    }
}
