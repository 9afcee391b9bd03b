package org.gridgov.sizing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.config.InputException;
import org.gridgov.config.ReadContext;
import org.gridgov.config.YamlInput;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;

/**
 * The scenario to size, and the same scenario with a staffing applied: the file's text (read once, so every
 * candidate sees the same file), the user's overrides, then one override per sized group, which wins.
 */
public final class StaffedScenarios {
    private final String text;
    private final String fileName;
    private final List<String> overrides;
    private final LoadedScenario base;

    private StaffedScenarios(String text, String fileName, List<String> overrides, LoadedScenario base) {
        this.text = text;
        this.fileName = fileName;
        this.overrides = List.copyOf(overrides);
        this.base = base;
    }

    /** Reads and checks the file with the overrides; every problem is reported as by {@code gridgov run}. */
    public static StaffedScenarios read(Path file, List<String> overrides) throws InputException {
        // Read once: the candidates are made from these bytes, and a FIFO could not be read again.
        ReadContext ctx = new ReadContext();
        byte[] bytes = YamlInput.readFile(file, ctx);
        ctx.throwIfProblems();
        LoadedScenario base = ScenarioReader.readBytes(bytes, file.toString(), overrides);
        return new StaffedScenarios(new String(bytes, StandardCharsets.UTF_8), file.toString(), overrides, base);
    }

    /** From text, for tests. */
    public static StaffedScenarios of(String yaml, String fileName, List<String> overrides) throws InputException {
        return new StaffedScenarios(yaml, fileName, overrides, ScenarioReader.readString(yaml, fileName, overrides));
    }

    /** The scenario as given, with its source. */
    public LoadedScenario base() {
        return base;
    }

    public List<String> overrides() {
        return overrides;
    }

    /** The staffing's settings, {@code path=value}, one per group. */
    public List<String> settings(Staffing staffing) {
        List<String> set = new ArrayList<>();
        staffing.counts().forEach((g, c) -> set.add(g.override(base.scenario(), c)));
        return set;
    }

    /** The scenario with the staffing applied. */
    public Scenario staffed(Staffing staffing) {
        List<String> all = new ArrayList<>(overrides);
        all.addAll(settings(staffing));
        try {
            return ScenarioReader.readString(text, fileName, all).scenario();
        } catch (InputException e) {
            // Settings are made from the parameters' own limits, so this is a bug, not bad input.
            throw new IllegalStateException("staffing " + staffing.label() + " is not a valid scenario:\n" + e.getMessage(), e);
        }
    }
}
