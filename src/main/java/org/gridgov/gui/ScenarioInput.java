package org.gridgov.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.config.InputException;
import org.gridgov.config.MapNode;
import org.gridgov.config.Overrides;
import org.gridgov.config.ReadContext;
import org.gridgov.config.Source;
import org.gridgov.config.YamlInput;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.text.Texts;

/**
 * Where the live view's scenario comes from: a file, or the built-in defaults when there is none, and
 * the command line's overrides. Every load goes through {@link ScenarioReader}, so a change made in the
 * GUI is checked exactly like {@code --set}.
 */
public final class ScenarioInput {
    private final Path file;
    private final List<String> overrides;

    /** @param file the scenario file, or null for the built-in defaults */
    public ScenarioInput(Path file, List<String> overrides) {
        this.file = file;
        this.overrides = List.copyOf(overrides);
    }

    /** Reads the scenario with the command line's overrides followed by {@code more}. */
    public LoadedScenario load(List<String> more) throws InputException {
        List<String> all = new ArrayList<>(overrides);
        all.addAll(more);
        return file == null ? ScenarioReader.readString("", "defaults", all) : ScenarioReader.read(file, all);
    }

    /**
     * The file's own keys (none for the built-in defaults) with the command line's overrides and then {@code more}
     * applied, before the defaults fill in the rest: what a scenario file saying the same would hold.
     */
    MapNode tree(List<String> more) throws InputException {
        ReadContext ctx = new ReadContext();
        MapNode own = file == null ? MapNode.empty(new Source(describe(), 0)) : YamlInput.parseFile(file, ctx);
        List<String> all = new ArrayList<>(overrides);
        all.addAll(more);
        MapNode tree = Overrides.apply(own, all, ctx);
        ctx.throwIfProblems();
        return tree;
    }

    /** The file as given, or "built-in defaults" (as files and messages name it, in English). */
    public String describe() {
        return describe(Texts.EN);
    }

    /** The file as given, or "built-in defaults" in the language of {@code t}. */
    public String describe(Texts t) {
        return file == null ? t.t("built-in defaults") : file.toString();
    }
}
