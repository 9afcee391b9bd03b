package org.gridgov.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gridgov.config.Resolved;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov validate}: checks a scenario and prints every resolved parameter. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a scenario file and prints every parameter as resolved: the built-in default,",
            "the file's value or an override, and where it came from. Exits 2 listing every problem."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path file;

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE",
            description = "Override a parameter by its key path, e.g. --set city.residents=200000 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "Print only whether the scenario is valid.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = ScenarioReader.read(file, overrides);
        var out = spec.commandLine().getOut();
        out.println(file + " is valid: scenario '" + loaded.scenario().name() + "'.");
        if (!quiet) {
            int width = loaded.resolved().stream().mapToInt(r -> r.path().length() + r.value().length()).max().orElse(0);
            for (Resolved r : loaded.resolved()) {
                String line = r.path() + " = " + r.value();
                out.println(String.format("  %-" + (width + 4) + "s # %s", line, r.source().describe()));
            }
        }
        return 0;
    }
}
