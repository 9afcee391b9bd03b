package org.gridgov.optimisation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gridgov.calibration.CalibrationPlan;
import org.gridgov.calibration.CalibrationReader;
import org.junit.jupiter.api.Test;

/** Every shipped levers file and targets file reads against the baseline without a problem. */
class ShippedSearchFilesTest {

    private static final Path BASELINE = Path.of("scenarios/q-city-baseline.yaml");

    @Test
    void everyShippedLeversFileReads() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("experiments"))) {
            List<Path> levers = files.filter(p -> p.toString().endsWith("-levers.yaml")).sorted().toList();
            assertEquals(1, levers.size());
            OptimisationPlan plan = OptimisationReader.read(BASELINE, List.of(), levers.get(0),
                    OptimisationReader.Settings.NONE);
            assertEquals(9, plan.levers().size());
            assertEquals(List.of("min cost_per_year", "min p90_hours_to_close", "max mean_trust_end"),
                    plan.objectives().stream().map(Objective::text).toList());
        }
    }

    @Test
    void everyShippedTargetsFileReads() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("calibration"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                CalibrationPlan plan = CalibrationReader.read(BASELINE, List.of(), f, CalibrationReader.Settings.NONE);
                assertEquals(8, plan.parameters().size(), f.toString());
                assertEquals(7, plan.targets().size(), f.toString());
            }
        }
    }
}
