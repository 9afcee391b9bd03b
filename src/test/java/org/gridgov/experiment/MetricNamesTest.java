package org.gridgov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * The metric names an experiment checks against are found once per set of departments: for every shipped
 * scenario, for one with other numbers and for one with other departments, they are the names a model of that
 * very scenario reports.
 */
class MetricNamesTest {

    private static Scenario read(Path file, String... overrides) throws Exception {
        return ScenarioReader.read(file, List.of(overrides)).scenario();
    }

    @Test
    void theNamesAreThoseAModelOfTheScenarioReports() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Scenario s = read(f);
                assertEquals(MetricNames.measured(s), MetricNames.of(s), f.toString());
            }
        }
        Scenario other = read(Path.of("scenarios/q-city-baseline.yaml"), "city.residents=20000",
                "ngos.participation_mechanism=true");
        assertEquals(MetricNames.measured(other), MetricNames.of(other));
        Scenario oneDepartment = read(Path.of("src/test/resources/org/gridgov/model/mmc.yaml"));
        assertEquals(MetricNames.measured(oneDepartment), MetricNames.of(oneDepartment));
        assertNotEquals(MetricNames.of(other), MetricNames.of(oneDepartment), "other departments, other names");
    }
}
