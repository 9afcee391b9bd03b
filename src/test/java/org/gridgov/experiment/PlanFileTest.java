package org.gridgov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gridgov.config.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's plan file: what is written reads back the same, and a damaged file is reported with its line. */
class PlanFileTest {
    @TempDir
    Path dir;

    private static ExperimentPlan plan() {
        DesignPoint a = new DesignPoint("baseline", "scenarios/a.yaml", "ab12", List.of(), Map.of(), "f1");
        DesignPoint b = new DesignPoint("workers=300, \"quoted\" \\ 网格\t\u0001", "scenarios/b.yaml", "cd34",
                List.of("grid_workers.households_per_worker=300"), Map.of("grid_workers.households_per_worker", "300"), "f2");
        return new ExperimentPlan("sweep", "Line one\nline two, 100% \u00e9", "factorial", "experiments/s.yaml", "ef56",
                "0.1.0", Long.MAX_VALUE, 3, 365, 30, List.of("resolution_rate", "on_time_rate"), 1, List.of(a, b));
    }

    @Test
    void aWrittenPlanReadsBackTheSame() throws Exception {
        Path f = Files.writeString(dir.resolve("plan.json"), PlanFile.render(plan()));
        assertEquals(plan(), PlanFile.read(f));
    }

    @Test
    void aPlanWithReformsPhasedInReadsBackTheSame() throws Exception {
        ExperimentPlan p = plan();
        ExperimentPlan phased = new ExperimentPlan(p.name(), p.description(), p.design(), p.experimentFile(),
                p.experimentSha256(), p.modelVersion(), p.seed(), p.replications(), p.days(), p.warmupDays(),
                p.metrics(), p.baseline(), p.points(), new ExperimentPlan.Phase(365, 545), null, null);
        Path f = Files.writeString(dir.resolve("plan.json"), PlanFile.render(phased));
        assertEquals(phased, PlanFile.read(f));
        assertEquals("from day 365 to day 545", PlanFile.read(f).phaseIn().describe());
    }

    @Test
    void aRobustnessPlanReadsBackTheSame() throws Exception {
        ExperimentPlan p = plan();
        ExperimentPlan.Robustness crossed = new ExperimentPlan.Robustness(List.of("baseline", "reform"), 0, List.of(
                new ExperimentPlan.Axis("grid_workers.extra_duty_share", ExperimentPlan.Axis.RANGE, 0.15, 0.45, false,
                        List.of()),
                new ExperimentPlan.Axis("platform.bounce_limit", ExperimentPlan.Axis.RANGE, 2, 5, true, List.of()),
                new ExperimentPlan.Axis("funding.*", ExperimentPlan.Axis.SCALE, 0.8, 1.2, false, List.of()),
                new ExperimentPlan.Axis("coordination.linkage", ExperimentPlan.Axis.VALUES, 0, 0, false,
                        List.of("false", "true"))), 40, -7);
        ExperimentPlan robust = new ExperimentPlan(p.name(), p.description(), ExperimentReader.ROBUSTNESS,
                p.experimentFile(), p.experimentSha256(), p.modelVersion(), p.seed(), p.replications(), p.days(),
                p.warmupDays(), p.metrics(), p.baseline(), p.points(), null, null, crossed);
        Path f = Files.writeString(dir.resolve("plan.json"), PlanFile.render(robust));
        assertEquals(robust, PlanFile.read(f));
        ExperimentPlan.Robustness back = PlanFile.read(f).robustness();
        assertEquals("0.3", back.inputs().get(0).text(0.5));
        assertEquals("5", back.inputs().get(1).text(1.0));
        assertEquals("x 0.9", back.inputs().get(2).text(0.25));
        assertEquals("true", back.inputs().get(3).text(0.75));
    }

    @Test
    void aPlanWrittenByTheEarlierVersionStillReads() throws Exception {
        // The format is unchanged (gridgov-experiment-plan 1): a journal from before resumes after an upgrade.
        String before = """
                {
                  "format": "gridgov-experiment-plan 1",
                  "name": "staffing-sweep",
                  "description": "Grid worker staffing.",
                  "design": "factorial",
                  "experiment_file": "experiments/staffing-sweep.yaml",
                  "experiment_sha256": "0cc78107",
                  "model_version": "0.1.0",
                  "seed": "1",
                  "replications": 2,
                  "days": 60,
                  "warmup_days": 10,
                  "metrics": [
                    "worker_utilization_mean"
                  ],
                  "baseline": 0,
                  "points": [
                    {
                      "label": "households_per_worker=300",
                      "scenario_file": "scenarios/q-city-baseline.yaml",
                      "sha256": "61f63ac0",
                      "overrides": [
                        "grid_workers.households_per_worker=300"
                      ],
                      "parameters": {
                        "grid_workers.households_per_worker": "300"
                      },
                      "fingerprint": "82d19576"
                    }
                  ]
                }
                """;
        ExperimentPlan p = PlanFile.read(Files.writeString(dir.resolve("plan.json"), before));
        assertEquals(1L, p.seed());
        assertEquals(60, p.days());
        assertEquals(Map.of("grid_workers.households_per_worker", "300"), p.points().get(0).parameters());
    }

    @Test
    void aDamagedPlanIsReportedWithItsLine() throws Exception {
        String text = PlanFile.render(plan());
        Path cut = Files.writeString(dir.resolve("cut.json"), text.substring(0, text.length() / 2));
        InputException e = assertThrows(InputException.class, () -> PlanFile.read(cut));
        assertTrue(e.getMessage().contains("cut.json:") && e.getMessage().contains("not valid JSON"), e.getMessage());

        Path twice = Files.writeString(dir.resolve("twice.json"), text.replace("\"days\": 365,", "\"days\": 365,\n  \"days\": 1,"));
        e = assertThrows(InputException.class, () -> PlanFile.read(twice));
        assertTrue(e.getMessage().contains("twice.json:12") && e.getMessage().contains("Duplicate"), e.getMessage());

        Path wrong = Files.writeString(dir.resolve("wrong.json"), text.replace("\"days\": 365,", "\"days\": 0,"));
        e = assertThrows(InputException.class, () -> PlanFile.read(wrong));
        assertTrue(e.getMessage().contains("wrong.json:11") && e.getMessage().contains("days"), e.getMessage());

        Path list = Files.writeString(dir.resolve("list.json"), "[1, 2]");
        e = assertThrows(InputException.class, () -> PlanFile.read(list));
        assertTrue(e.getMessage().contains("must be a JSON object"), e.getMessage());
    }
}
