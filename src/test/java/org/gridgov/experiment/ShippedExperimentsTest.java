package org.gridgov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every shipped experiment reads without a problem (the robustness experiment keeps each reform's own levers out of
 * its sample), and the shipped uncertainties give each input its reason and
 * source (docs/ODD.md 12.1): a range nobody can explain is no help to a researcher.
 */
class ShippedExperimentsTest {

    @Test
    void everyShippedExperimentReads() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("experiments"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                if (f.getFileName().toString().endsWith("-uncertainties.yaml")
                        || f.getFileName().toString().endsWith("-levers.yaml")) {
                    continue; // read by the sensitivity designs and by ShippedSearchFilesTest
                }
                Experiment e = ExperimentReader.read(f, ExperimentReader.Settings.NONE);
                assertFalse(e.plan().points().isEmpty(), f.toString());
                if (f.getFileName().toString().equals("reform-robustness.yaml")) {
                    keepsEachReformsLevers(e.plan()); // read once: 440 scenarios take a while
                }
            }
        }
    }

    @Test
    void theMorrisScreenCoversEveryShippedUncertaintyAndEachHasAReason() throws Exception {
        Map<String, Object> root;
        try (InputStream in = Files.newInputStream(Path.of("experiments/q-city-uncertainties.yaml"))) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> inputs = (Map<String, Map<String, Object>>) root.get("uncertainties");
        for (Map.Entry<String, Map<String, Object>> u : inputs.entrySet()) {
            assertTrue(u.getValue().get("why") instanceof String w && !w.isBlank(), u.getKey() + " says why");
            assertTrue(u.getValue().get("source") instanceof String s && !s.isBlank(), u.getKey() + " gives its source");
        }
        ExperimentPlan plan = ExperimentReader.read(Path.of("experiments/q-city-morris.yaml"),
                ExperimentReader.Settings.NONE).plan();
        assertEquals(List.copyOf(inputs.keySet()), plan.sensitivity().inputs());
        assertEquals(8 * (inputs.size() + 1), plan.points().size(), "8 trajectories of k + 1 points");
    }

    /** The reform robustness experiment crosses the 11 scenarios with 40 samples, and no reform's own lever is sampled. */
    private static void keepsEachReformsLevers(ExperimentPlan plan) {
        assertEquals(11, plan.robustness().scenarios().size());
        assertEquals(11 * 40, plan.points().size());
        for (DesignPoint p : plan.points()) {
            boolean sampled = p.parameters().containsKey("grid_workers.extra_duty_share");
            boolean ownLever = p.label().startsWith("grid-personnel@") || p.label().startsWith("network-governance@");
            assertEquals(!ownLever, sampled, p.label() + " and the duty share");
        }
    }
}
