package org.gridgov.rng;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model core (rng, model.time) imports only the language, MASON's ec.util and maths: no I/O, CLI or GUI. */
class CoreImportsTest {

    private static final List<String> ALLOWED = List.of(
            "java.lang.", "java.util.", "java.io.Serializable;", "java.nio.ByteBuffer;", "java.nio.charset.",
            "java.security.", "ec.util.", "org.apache.commons.math3.", "org.gridgov.rng.", "org.gridgov.model.");

    @Test
    void coreSourcesImportNothingFromIoCliOrGui() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (String dir : List.of("src/main/java/org/gridgov/rng", "src/main/java/org/gridgov/model/time")) {
            try (Stream<Path> paths = Files.list(Path.of(dir))) {
                for (Path file : (Iterable<Path>) paths.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    files++;
                    for (String line : Files.readAllLines(file)) {
                        String l = line.trim();
                        if (l.startsWith("import ")) {
                            String imported = l.substring("import ".length()).replace("static ", "");
                            if (ALLOWED.stream().noneMatch(imported::startsWith)) {
                                violations.add(file.getFileName() + ": " + l);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(files >= 5, "sources not found from " + Path.of("").toAbsolutePath());
        assertEquals(List.of(), violations);
    }
}
