package org.gridgov.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gridgov.config.Resolved;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.Parameter;
import org.gridgov.scenario.ParameterCatalogue;
import org.gridgov.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov validate}: checks a scenario and prints every resolved parameter. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        header = "Check a scenario and show every parameter in effect.",
        // Written out, so that the file's name is not broken at its dot.
        customSynopsis = {"gridgov validate [-hqV] [--explain] [--set=KEY.PATH=VALUE]...",
            "                        SCENARIO.yaml"},
        description = {"Reads SCENARIO.yaml over the built-in defaults and applies the --set overrides, as"
            + " 'gridgov run' would, without simulating. If all is well, prints every parameter with its value"
            + " and where it came from: a line of the built-in defaults, of the file, or an override; with"
            + " --explain, also its unit, allowed range and meaning."
            + " Otherwise prints every problem and exits 2."},
        footer = {"", "Exit codes: 0 valid, 2 bad input (a scenario problem or a bad option), 1 any other failure."})
final class ValidateCommand implements Callable<Integer> {

    /** Values are aligned in a column unless a line is longer than this. */
    private static final int MAX_ALIGNED = 60;

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml",
            description = "The scenario file. It states only what differs from the built-in defaults.")
    Path file;

    @Mixin
    OverrideOptions set;

    @Option(names = {"-q", "--quiet"}, description = "Print only the line saying that the scenario is valid,"
            + " not the parameters (problems are always printed).")
    boolean quiet;

    @Option(names = "--explain", description = "Under each parameter, print its unit, allowed range and"
            + " meaning, as declared.")
    boolean explain;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** {@code key.path = value}, showing an empty value as "" so that it is seen. */
    private static String assignment(Resolved r) {
        return r.path() + " = " + (r.value().isEmpty() ? "\"\"" : r.value());
    }

    /**
     * Unit, allowed range and meaning of the parameter at {@code path}, as declared, and whether a schedule may
     * change it during a run; for a key of a schedule ({@code households_per_worker.on_day}), what that key means.
     */
    private static String explanation(String path) {
        int dot = path.lastIndexOf('.');
        String key = path.substring(dot + 1);
        String schedule = switch (key) {
            case "on_day" -> "[day; from 0] The day from which the value is 'to' (docs/ODD.md 6).";
            case "ramp" -> "[days] The value moves from 'from' to 'to' in daily steps over these days (docs/ODD.md 6).";
            case "from" -> "[as the parameter] The value before the change (the value the schedule replaced).";
            case "to" -> "[as the parameter] The value after the change.";
            default -> null;
        };
        if (schedule != null && dot > 0 && isParameter(path.substring(0, dot))) {
            return schedule;
        }
        Parameter p = ParameterCatalogue.get(path);
        return "[" + p.unit() + "; " + p.allowedRange() + (p.schedulable() ? "; may change during a run" : "") + "] "
                + p.meaning();
    }

    private static boolean isParameter(String path) {
        try {
            ParameterCatalogue.get(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = ScenarioReader.read(file, set.overrides);
        loaded.scenario().timeline().checkRunOf(loaded.scenario().simulation().days());
        var out = spec.commandLine().getOut();
        out.println(file + " is valid: scenario '" + loaded.scenario().name() + "'.");
        if (!quiet) {
            List<String> lines = loaded.resolved().stream().map(ValidateCommand::assignment).toList();
            int width = lines.stream().mapToInt(String::length).filter(n -> n <= MAX_ALIGNED).max().orElse(0);
            for (int i = 0; i < lines.size(); i++) {
                out.println(String.format("  %-" + width + "s  # %s", lines.get(i),
                        loaded.resolved().get(i).source().describe()));
                if (explain) {
                    out.println("      " + explanation(loaded.resolved().get(i).path()));
                }
            }
        }
        return 0;
    }
}
