package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The GUI only observes: the model, its observers, the scenario and the batch runner import nothing from
 * the GUI, Swing, AWT, MASON's displays and portrayals, or JFreeChart.
 */
class GuiBoundaryTest {
    private static final List<String> FORBIDDEN = List.of("org.gridgov.gui", "org.gridgov.cli", "javax.swing", "java.awt",
            "sim.display", "sim.portrayal", "org.jfree");

    @Test
    void theModelSideImportsNothingFromTheGui() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (String dir : List.of("model", "observe", "run", "scenario")) {
            try (Stream<Path> paths = Files.walk(Path.of("src/main/java/org/gridgov", dir))) {
                for (Path file : (Iterable<Path>) paths.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    files++;
                    for (String line : Files.readAllLines(file)) {
                        String l = line.trim();
                        if (l.startsWith("import ") && FORBIDDEN.stream().anyMatch(f -> l.contains(" " + f + ".")
                                || l.contains("static " + f + "."))) {
                            violations.add(file.getFileName() + ": " + l);
                        }
                    }
                }
            }
        }
        assertTrue(files > 40, "sources not found from " + Path.of("").toAbsolutePath());
        assertEquals(List.of(), violations);
    }
}
