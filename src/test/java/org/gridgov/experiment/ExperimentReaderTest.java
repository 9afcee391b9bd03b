package org.gridgov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gridgov.config.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Experiment files: the designs they describe, and every problem reported at once with its line. */
class ExperimentReaderTest {
    /** Relative to the working directory, which is the project's root when the tests run. */
    private static final String BASELINE = "scenarios/q-city-baseline.yaml";

    @TempDir
    Path dir;

    private Experiment read(String yaml) throws InputException {
        return ExperimentReader.read(TestScenarios.write(dir, "x.yaml", yaml), ExperimentReader.Settings.NONE);
    }

    private String problems(String yaml) {
        return assertThrows(InputException.class, () -> read(yaml)).getMessage().replace(dir + "/", "");
    }

    @Test
    void aComparisonTakesFilesOverridesLabelsAndTheBaselinesSettings() throws Exception {
        ExperimentPlan plan = read("""
                scenarios:
                  - %s
                  - {file: %s, set: {grid_workers.households_per_worker: 400, residents.channels: {app: {reach: 0.6}}}, label: more-workers}
                  - file: %s
                    label: slow-sanitation
                    set:
                      case_types.sanitation.effort: lognormal(mean=2, sd=1)
                      case_types.sanitation.label: "Sanitation: \\"slow\\""
                baseline: more-workers
                """.formatted(BASELINE, BASELINE, BASELINE)).plan();
        assertEquals("x", plan.name());
        assertEquals(List.of("q-city-baseline", "more-workers", "slow-sanitation"),
                plan.points().stream().map(DesignPoint::label).toList());
        assertEquals(List.of("grid_workers.households_per_worker=400", "residents.channels={app: {reach: 0.6}}"),
                plan.points().get(1).overrides());
        // Values go on as one-line YAML, quoted where a comma or quote would change their meaning.
        assertEquals(List.of("case_types.sanitation.effort=\"lognormal(mean=2, sd=1)\"",
                "case_types.sanitation.label=\"Sanitation: \\\"slow\\\"\""), plan.points().get(2).overrides());
        assertEquals(1, plan.baseline());
        assertEquals(10, plan.replications());
        assertEquals(365, plan.days());
        assertEquals(1, plan.seed());
        assertEquals(MetricNames.HEADLINE, plan.metrics());
        assertEquals(30, plan.runs().size());
    }

    @Test
    void commandLineSettingsWinOverTheFile() throws Exception {
        Path file = TestScenarios.write(dir, "x.yaml", "scenarios: [" + BASELINE + "]\nseed: 5\ndays: 100\nreplications: 4\n");
        ExperimentPlan plan = ExperimentReader.read(file, new ExperimentReader.Settings(7L, 50, 10, null)).plan();
        assertEquals(List.of(7L, 50, 10, 4), List.of(plan.seed(), plan.days(), plan.warmupDays(), plan.replications()));
    }

    @Test
    void aFactorialDesignRunsEveryCombinationFirstFactorSlowest() throws Exception {
        ExperimentPlan plan = read("""
                design: factorial
                scenario: %s
                factors:
                  grid_workers.households_per_worker: [300, 600]
                  grid_workers.extra_duty_share: [0.1, 0.3, 0.5]
                baseline: {grid_workers.households_per_worker: 600, grid_workers.extra_duty_share: 0.3}
                """.formatted(BASELINE)).plan();
        assertEquals(List.of("households_per_worker=300, extra_duty_share=0.1", "households_per_worker=300, extra_duty_share=0.3",
                "households_per_worker=300, extra_duty_share=0.5", "households_per_worker=600, extra_duty_share=0.1",
                "households_per_worker=600, extra_duty_share=0.3", "households_per_worker=600, extra_duty_share=0.5"),
                plan.points().stream().map(DesignPoint::label).toList());
        assertEquals(4, plan.baseline());
        assertEquals(Map.of("grid_workers.households_per_worker", "600", "grid_workers.extra_duty_share", "0.3"),
                plan.points().get(4).parameters());
    }

    @Test
    void aLatinHypercubeRunsTheBaseThenReproducibleSamples() throws Exception {
        String yaml = """
                design: latin-hypercube
                scenario: %s
                samples: 5
                seed: 3
                ranges:
                  grid_workers.households_per_worker: {min: 300, max: 750, integer: true}
                  grid_workers.extra_duty_share: {min: 0.1, max: 0.5}
                """.formatted(BASELINE);
        ExperimentPlan plan = read(yaml).plan();
        assertEquals(List.of("base", "sample-1", "sample-2", "sample-3", "sample-4", "sample-5"),
                plan.points().stream().map(DesignPoint::label).toList());
        assertEquals(0, plan.baseline());
        assertEquals(plan, read(yaml).plan());
    }

    /**
     * Paths are relative to the working directory, not to the experiment file: a missing file's problem says so
     * once, and where the files would be found from, once for a run of files found from the same folder.
     */
    @Test
    void scenarioPathsAreRelativeToTheWorkingDirectoryNotTheExperimentFile() {
        TestScenarios.small(dir, "local", 600); // next to the experiment file, not in the working directory
        TestScenarios.small(dir, "other", 600);
        assertEquals("""
                3 problems in x.yaml:
                  1) x.yaml:2: scenarios[0].file = local.yaml: file not found (paths in an experiment file are relative \
                to the working directory, %s); it is there from %s: run gridgov in that folder
                  2) x.yaml:3: scenarios[1].file = other.yaml: file not found
                  3) x.yaml:4: scenarios[2].file = nowhere.yaml: file not found""".formatted(Path.of("").toAbsolutePath(),
                dir.toAbsolutePath()),
                problems("scenarios:\n  - {file: local.yaml}\n  - {file: other.yaml}\n  - {file: nowhere.yaml}\n"));
    }

    @Test
    void everyProblemOfAComparisonIsReportedAtOnceAtItsLine() {
        assertEquals("""
                9 problems in x.yaml:
                  1) x.yaml:1: name = bad one: must be 1-80 letters (of any script), digits, '.', '_' or '-', starting with a letter or digit (it names the output folder)
                  2) x.yaml:2: replications = 1: must be a whole number from 2 to 100000
                  3) x.yaml:3: metrics[0] = resolution_rat: unknown metric; did you mean 'resolution_rate'?
                  4) x.yaml:3: metrics[2] = on_time_rate: is listed twice
                  5) x.yaml:6: city.residnts: unknown key; did you mean 'residents'?
                  6) x.yaml:6: grid_workers.households_per_worker = 5: must be a whole number from 10 to 1000000
                  7) x.yaml:7: scenarios[2] = q-city-baseline: this label is already used by scenarios[0]; give each scenario a distinct label (label: L)
                  8) x.yaml:7: scenarios[2].labl: unknown key; did you mean 'label'?
                  9) x.yaml:9: seeds: unknown key; did you mean 'seed'?""", problems("""
                name: bad one
                replications: 1
                metrics: [resolution_rat, on_time_rate, on_time_rate]
                scenarios:
                  - %s
                  - {file: %s, set: {grid_workers.households_per_worker: 5, city.residnts: 3}, label: x}
                  - {file: %s, labl: y}
                baseline: x
                seeds: 3
                """.formatted(BASELINE, BASELINE, BASELINE)));
    }

    @Test
    void factorialLevelsAndTheirCombinationsAreCheckedLikeOverrides() {
        assertEquals("""
                5 problems in x.yaml:
                  1) x.yaml:4: factors.grid_workers.households_per_worker[2] = 300: is listed twice
                  2) x.yaml:4: grid_workers.households_per_worker = 5: must be a whole number from 10 to 1000000
                  3) x.yaml:5: grid_workers.extra_duty_share = 2: must be a number from 0 to 0.9
                  4) x.yaml:6: baseline.grid_workers.households_per_worker = 450: must be one of the factor's values: 300, 600, 5
                  5) x.yaml:8: warmup_days = 10: must be less than days (10)""", problems("""
                design: factorial
                scenario: %s
                factors:
                  grid_workers.households_per_worker: [300, 600, 300, 5]
                  grid_workers.extra_duty_share: [0.1, 2]
                baseline: {grid_workers.households_per_worker: 450, grid_workers.extra_duty_share: 0.1}
                days: 10
                warmup_days: 10
                """.formatted(BASELINE)));
    }

    @Test
    void latinHypercubeRangesAndDrawnValuesAreChecked() {
        assertEquals("""
                3 problems in x.yaml:
                  1) x.yaml:3: samples: missing; must be a whole number from 2 to 10000
                  2) x.yaml:6: ranges.grid_workers.extra_duty_share.max = 0.1: must be greater than min (0.5)
                  3) x.yaml:7: desing: unknown key; did you mean 'design'?""", problems("""
                design: latin-hypercube
                scenario: {file: %s, set: {platform.dispatch_accuracy: 0.95}}
                ranges:
                  grid_workers.households_per_worker: {min: 300, max: 750}
                  grid_workers.extra_duty_share:
                    {min: 0.5, max: 0.1}
                desing: x
                """.formatted(BASELINE)).replaceFirst("x.yaml:1: samples", "x.yaml:3: samples"));
        String fractions = problems("""
                design: latin-hypercube
                scenario: %s
                samples: 3
                ranges:
                  grid_workers.households_per_worker: {min: 300, max: 750}
                """.formatted(BASELINE));
        assertEquals("x.yaml:5: grid_workers.households_per_worker = ", fractions.lines().toList().get(1).substring(5, 52));
        assertEquals(": must be a whole number from 10 to 1000000 (add integer: true to its range)",
                fractions.lines().toList().get(1).replaceFirst("^.*= [0-9.]+", ""));
    }

    @Test
    void unknownDesignsAndBaselinesGetSuggestions() {
        assertEquals("""
                2 problems in x.yaml:
                  1) x.yaml:1: design = factorail: must be one of compare, factorial, latin-hypercube, morris, sobol, robustness; did you mean 'factorial'?
                  2) x.yaml:1: scenarios: must be a list of scenarios: a file, or {file: F, set: {key.path: value}, label: L}""",
                problems("design: factorail\n"));
        assertEquals("""
                1 problem in x.yaml:
                  1) x.yaml:3: baseline = q-city-baselin: must be the label of one of the scenarios: q-city-baseline; did you mean 'q-city-baseline'?""",
                problems("scenarios:\n  - " + BASELINE + "\nbaseline: q-city-baselin\n"));
    }

    @Test
    void adHocComparisonsNameThemselvesAfterTheirFiles() throws Exception {
        Path a = TestScenarios.small(dir, "a", 600);
        Path b = TestScenarios.small(dir, "b", 400);
        ExperimentPlan plan = ExperimentReader.compare(List.of(a, b), b, List.of("resolution_rate"),
                new ExperimentReader.Settings(null, null, null, 3)).plan();
        assertEquals("compare-a-vs-b", plan.name());
        assertEquals(1, plan.baseline());
        assertEquals(20, plan.days()); // the baseline scenario's simulation settings
        InputException e = assertThrows(InputException.class, () -> ExperimentReader.compare(List.of(a, b),
                dir.resolve("c.yaml"), List.of("resolution_rte"), ExperimentReader.Settings.NONE));
        assertEquals("""
                2 problems in the input:
                  1) --baseline: %s: must be one of the scenario files compared: %s, %s
                  2) --metrics: resolution_rte: unknown metric; did you mean 'resolution_rate'?"""
                .formatted(dir.resolve("c.yaml"), a, b), e.getMessage());
    }

    @Test
    void aRenamedMetricsFormerIdIsReadAsTheNewOneWithAWarningAtItsLine() throws Exception {
        Experiment e = read("""
                metrics: [on_time_rate, share_discovered_by_worker]
                scenarios:
                  - %s
                """.formatted(BASELINE));
        assertEquals(List.of("on_time_rate", "share_discovered_by_grid_workers"), e.plan().metrics());
        assertEquals(List.of(dir.resolve("x.yaml") + ":1: metrics[1] = share_discovered_by_worker: metric"
                + " 'share_discovered_by_worker' is now called 'share_discovered_by_grid_workers'; the old name is"
                + " accepted until the next release"), e.warnings());
    }

    @Test
    void aMetricUnderBothItsOldAndNewIdIsListedTwice() {
        assertEquals("""
                1 problem in x.yaml:
                  1) x.yaml:1: metrics[1] = cases_parked: is listed twice""", problems("""
                metrics: [parked_cases, cases_parked]
                scenarios:
                  - %s
                """.formatted(BASELINE)));
    }

    @Test
    void anUnknownMetricWithNoCloseNameGetsTheListOfMetrics() {
        String message = problems("metrics: [happiness_index]\nscenarios:\n  - " + BASELINE + "\n");
        assertTrue(message.startsWith("1 problem in x.yaml:\n  1) x.yaml:1: metrics[0] = happiness_index: unknown"
                + " metric; the metrics (those of metrics.csv written by gridgov run) are: residents, households,"), message);
        assertTrue(message.contains(", department_utilization_police, "), message);
        assertTrue(message.contains(", cost_campaigns_per_year, "), message);
        assertTrue(message.endsWith(", unstable"), message);
    }
}
