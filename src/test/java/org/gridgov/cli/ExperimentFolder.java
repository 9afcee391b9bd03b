package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.cli.MainTest.Result;

/** A temporary folder of experiment and scenario files, and experiments run from it quietly. */
record ExperimentFolder(Path dir) {

    Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    /** Runs {@code experiment} into {@code dir/out} and checks that it succeeded; returns the output folder. */
    Path run(String experiment, String out, String... extra) {
        List<String> args = new ArrayList<>(List.of("experiment", dir.resolve(experiment).toString(), "--out",
                dir.resolve(out).toString(), "-q"));
        args.addAll(List.of(extra));
        Result r = gridgov(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        return dir.resolve(out);
    }
}
