package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output that names a kind of actor names it the same way: a run's and an experiment's
 * {@code workload.csv} label grid workers, department staff and NGO staff alike, and the local resolvers of
 * {@code cases.csv} are the community organisations and volunteers. The scenario (the conservation test's)
 * has every kind of actor: grid workers, departments, an NGO with staff, community organisations,
 * volunteers and a party branch.
 */
class StaffTypesTest {

    @TempDir
    static Path dir;
    private static Scenario scenario;
    private static Path run;
    private static Path experiment;

    @BeforeAll
    static void runBoth() throws Exception {
        Path file = dir.resolve("every-actor.yaml");
        try (InputStream in = StaffTypesTest.class.getResourceAsStream("/org/gridgov/model/conservation.yaml")) {
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        scenario = ScenarioReader.read(file, List.of()).scenario();
        run = dir.resolve("run");
        gridgov("run", file.toString(), "--days", "40", "--warmup", "5", "--seed", "7", "--out", run.toString(), "-q");
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, """
                name: every-actor
                scenarios: [%s]
                replications: 2
                seed: 7
                days: 40
                warmup_days: 5
                metrics: [resolution_rate]
                """.formatted(file));
        experiment = dir.resolve("experiment");
        gridgov("experiment", plan.toString(), "--threads", "1", "--out", experiment.toString(), "-q");
    }

    private static void gridgov(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
    }

    /** The label every output must give a member of a unit's staff. */
    private static String expectedType(String unit) {
        if (unit.equals("grid_worker")) {
            return "grid_worker";
        }
        if (scenario.ngos().organisations().containsKey(unit)) {
            return "ngo";
        }
        assertTrue(scenario.departments().containsKey(unit), "unknown unit " + unit);
        return "department";
    }

    /** staff_type by "unit id" of a CSV file's rows that pass the filter. */
    private static Map<String, String> staffTypes(Path csv, String column, Map<String, String> filter)
            throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        Map<String, String> types = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split(",", -1);
            if (filter.entrySet().stream().allMatch(f -> row[header.indexOf(f.getKey())].equals(f.getValue()))) {
                types.put(row[header.indexOf("unit")] + " " + row[header.indexOf("id")], row[header.indexOf(column)]);
            }
        }
        return types;
    }

    @Test
    void aRunsWorkloadLabelsEveryKindOfStaff() throws IOException {
        Map<String, String> types = staffTypes(run.resolve("workload.csv"), "staff_type", Map.of());
        types.forEach((staff, type) -> assertEquals(expectedType(staff.split(" ")[0]), type, staff));
        assertEquals(Set.of("grid_worker", "department", "ngo"), new HashSet<>(types.values()),
                "the scenario has staff of every kind");
    }

    @Test
    void anExperimentsWorkloadLabelsStaffAsARunsDoes() throws IOException {
        Map<String, String> inRun = staffTypes(run.resolve("workload.csv"), "staff_type", Map.of());
        for (String replication : List.of("0", "1")) {
            Map<String, String> inExperiment = staffTypes(experiment.resolve("workload.csv"), "staff_type",
                    Map.of("replication", replication));
            assertEquals(inRun, inExperiment, "replication " + replication);
        }
    }

    @Test
    void issuesResolvedLocallyNameTheirResolver() throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("cases.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        List<String> resolvers = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] row = line.split(",", -1);
            if (row[header.indexOf("final_state")].equals("resolved_locally")) {
                resolvers.add(row[header.indexOf("handler")]);
            }
        }
        assertEquals(Set.of("self_governance", "volunteer"), new HashSet<>(resolvers));
    }
}
