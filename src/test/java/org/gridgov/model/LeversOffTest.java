package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.config.InputException;
import org.gridgov.hash.Sha256;
import org.gridgov.report.RunReport;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The levers add, they do not disturb: with every social actor and feedback loop switched off, a run
 * reproduces, to the byte, the outputs the core model (before the levers existed) gave for the same
 * scenario and seed. The reference was made by the core model of issue 2 and is stored beside the
 * scenario in src/test/resources/org/gridgov/model/core-reference/. It was made again when the core itself
 * changed in model 0.6.0 (issue 15: every city has geometry, beats follow a walk through neighbouring cells, and
 * trips between cells take time), with the same levers off.
 */
class LeversOffTest {

    private static final Path REFERENCE = Path.of("src/test/resources/org/gridgov/model/core-reference");

    /** Everything issue 3 added, switched off. */
    static List<String> leversOff(LoadedScenario base) {
        List<String> off = new ArrayList<>(List.of(
                "community_organisations.vitality=0",
                "volunteers.initial_per_1000_residents=0",
                "volunteers.recruitment_per_1000_residents_year=0",
                "ngos.participation_mechanism=false",
                "party_building.strength=0",
                "residents.trust_learning_rate=0",
                "residents.seen_learning_rate=0",
                "residents.conversations_per_year=0",
                "residents.awareness_campaigns_per_year=0",
                "grid_workers.training=0",
                "grid_workers.turnover.base_quits_per_year=0",
                // Issue 10, part 4: every report is filed at once (callbacks then change nothing: no learning).
                "public_reports.vague_share=0"));
        base.scenario().caseTypes().keySet().forEach(t -> off.add("case_types." + t + ".cross_department_share=0"));
        // Issue 10, part 3: every component's owner is its type's department, on record.
        base.scenario().caseTypes().keySet().forEach(t -> off.addAll(List.of("case_types." + t
                + ".outside_owner_share=0", "case_types." + t + ".unclear_owner_share=0")));
        // Issue 10, part 4: no unit closes a case as "cannot be handled".
        base.scenario().caseTypes().keySet().forEach(t -> off.add("case_types." + t + ".cannot_handle_share=0"));
        return off;
    }

    @Test
    void withEveryLeverOffTheCoreModelsOutputsAreReproducedExactly(@TempDir Path out)
            throws InputException, IOException {
        Path scenario = REFERENCE.resolve("scenario.yaml");
        LoadedScenario loaded = ScenarioReader.read(scenario, leversOff(ScenarioReader.read(scenario, List.of())));
        RunResult run = Simulation.run(RunSpec.of(loaded.scenario()));
        RunReport.write(out, run, loaded.source());

        Map<String, String> reference = metrics(REFERENCE.resolve("metrics.csv"));
        Map<String, String> now = metrics(out.resolve("metrics.csv"));
        Map<String, String> common = new LinkedHashMap<>();
        reference.keySet().forEach(k -> common.put(k, now.get(k)));
        assertEquals(reference, common, "every metric the core model reported");
        assertEquals(Files.readString(REFERENCE.resolve("cases.csv.sha256")).trim(),
                Sha256.of(coreColumns(out.resolve("cases.csv"))), "cases.csv, byte for byte in the core's columns");
    }

    /** The columns of cases.csv the core model wrote; later columns are left out of the comparison. */
    private static final int CORE_CASE_COLUMNS = 25;

    private static byte[] coreColumns(Path csv) throws IOException {
        StringBuilder core = new StringBuilder();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] fields = line.split(",", -1);
            core.append(String.join(",", java.util.Arrays.copyOf(fields, CORE_CASE_COLUMNS))).append('\n');
        }
        return core.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> metrics(Path csv) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, Files.readAllLines(csv).size())) {
            int comma = line.indexOf(',');
            m.put(line.substring(0, comma), line.substring(comma + 1));
        }
        return m;
    }
}
