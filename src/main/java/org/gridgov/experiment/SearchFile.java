package org.gridgov.experiment;

import java.nio.file.Path;
import java.util.List;

import org.gridgov.config.InputException;
import org.gridgov.config.MapNode;
import org.gridgov.config.ReadContext;
import org.gridgov.config.Section;
import org.gridgov.config.Source;
import org.gridgov.config.YamlInput;
import org.gridgov.hash.Sha256;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.scenario.SimulationParams;

/**
 * The opening of a search's input (a calibration's targets file, an optimisation's levers file): the scenario it
 * searches, read with the command's overrides, and the file's top-level mapping with its name and description.
 * The scenario's problems join the file's, so that every problem is reported at once.
 *
 * @param base     the scenario, or null when it has problems (they are in the context)
 * @param root     the file's top level, for the caller to read on and finish
 * @param sha256   the hash of the file's bytes
 */
public record SearchFile(LoadedScenario base, Section root, String sha256, String name, String description) {

    /** Reads the scenario and the file; throws at once only when the file cannot be read or parsed. */
    public static SearchFile open(Path scenario, List<String> overrides, Path file, ReadContext ctx)
            throws InputException {
        LoadedScenario base = null;
        try {
            base = ScenarioReader.read(scenario, overrides);
        } catch (InputException e) {
            e.problems().forEach(ctx::report);
        }
        byte[] bytes = YamlInput.readFile(file, ctx);
        if (bytes == null) {
            ctx.throwIfProblems();
        }
        MapNode top = YamlInput.parseBytes(bytes, file.toString(), ctx);
        ctx.throwIfProblems();
        Section s = Section.root(top, ctx);
        String stem = file.getFileName().toString();
        int dot = stem.lastIndexOf('.');
        String name = s.optionalText("name", dot > 0 ? stem.substring(0, dot) : stem);
        String description = s.optionalText("description", "");
        return new SearchFile(base, s, Sha256.of(bytes), name, description);
    }

    /** An optional whole number of the file, or null when absent (marked as read). */
    public Integer whole(String key, int min, int max) {
        if (root.has(key)) {
            return root.integer(key, min, max);
        }
        root.optionalText(key, null);
        return null;
    }

    /** What a search's runs are: seed, days and warm-up days. */
    public record RunLength(long seed, int days, int warmupDays) {
    }

    /**
     * Reads the file's {@code seed}, {@code days} and {@code warmup_days} and resolves them: the command line's
     * first, then the file's, then the scenario's; a warm-up as long as the run, or a scheduled change outside it,
     * is a problem in the context. Null when the scenario has problems (they are in the context already).
     */
    public RunLength runLength(Long cliSeed, Integer cliDays, Integer cliWarmup, Path file, ReadContext ctx) {
        Long fileSeed = null;
        if (root.has("seed")) {
            fileSeed = root.longInteger("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        } else {
            root.optionalText("seed", null);
        }
        Integer fileDays = whole("days", 1, SimulationParams.MAX_DAYS);
        Integer fileWarmup = whole("warmup_days", 0, SimulationParams.MAX_DAYS - 1);
        if (base == null) {
            return null;
        }
        SimulationParams sim = base.scenario().simulation();
        long seed = cliSeed != null ? cliSeed : fileSeed != null ? fileSeed : sim.seed();
        int days = first(cliDays, fileDays, sim.days());
        int warmup = first(cliWarmup, fileWarmup, sim.warmupDays());
        if (warmup >= days) {
            ctx.report(new Source(file.toString(), 0), "warmup_days", Integer.toString(warmup),
                    "must be less than days (" + days + ")");
        }
        base.scenario().timeline().problemsInRunOf(days).forEach(ctx::report);
        return new RunLength(seed, days, warmup);
    }

    /** The command line's choice, else the file's, else the default. */
    public static int first(Integer cli, Integer file, int otherwise) {
        return cli != null ? cli : file != null ? file : otherwise;
    }
}
