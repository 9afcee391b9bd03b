package org.gridgov.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.config.InputException;
import org.gridgov.experiment.BlockYaml;
import org.gridgov.report.AtomicFile;
import org.gridgov.scenario.ScenarioReader;

/**
 * The levers as a scenario file: the scenario's own file with the command line's overrides and the levers'
 * changes, written in full as {@code gridgov calibrate} writes its calibrated scenario, named after the new
 * file. It is read back with {@link ScenarioReader} before it is written, so a saved file always loads.
 */
final class ScenarioFile {
    private static final String HEADER = "# Saved by the gridgov live view from %s.%n";
    private static final String WITH = " with ";
    private static final String FALLBACK_NAME = "levers";

    private ScenarioFile() {
    }

    /** Writes the levers' scenario to {@code file}, replacing it. */
    static void save(Levers levers, Path file) throws InputException, IOException {
        String text = text(levers, nameFor(file));
        ScenarioReader.readString(text, file.toString(), List.of());
        AtomicFile.write(file, out -> out.write(text));
    }

    /** The scenario file's text, named {@code name}. */
    static String text(Levers levers, String name) throws InputException {
        List<String> changes = new ArrayList<>(levers.changes());
        List<String> more = new ArrayList<>(changes);
        more.add("name=" + name);
        String from = levers.input().describe() + (changes.isEmpty() ? "" : WITH + String.join(", ", changes));
        return String.format(HEADER, from) + BlockYaml.render(levers.input().tree(more));
    }

    /** A scenario name from the file's name: its letters, digits, '.', '_' and '-', starting with a letter. */
    static String nameFor(Path file) {
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "")
                .replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[^\\p{L}]+", "");
        return stem.isEmpty() ? FALLBACK_NAME : stem.length() > 80 ? stem.substring(0, 80) : stem;
    }
}
