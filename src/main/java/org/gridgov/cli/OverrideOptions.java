package org.gridgov.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The {@code --set} option of every command that reads a scenario. */
final class OverrideOptions {

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE",
            description = "Override one parameter by its key path, e.g. --set grid_workers.households_per_worker=400."
                    + " VALUE is read as YAML: a number, text, [a, b] or {key: value}; ~ removes the key, as in"
                    + " --set case_types.public_order=~ . Repeatable; checked like the file.")
    List<String> overrides = new ArrayList<>();
}
