package org.gridgov.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.abc.AbcSmc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration recovers known parameters: a reduced Q City (6,000 residents, 120 days) is simulated at known values
 * (every case type's occurrence rate x 1.1, grid workers' duties from above 0.25 of their hours), 8 times on seeds
 * the calibration does not use; the means and their standard errors become the targets (cases per resident-year and
 * mean worker utilisation, which both parameters move). Calibrating both from their ranges (x 0.8 to x 1.2 and 0.15
 * to 0.45) must put each true value inside its 90% posterior interval; and the same calibration with standard errors
 * three times as large must give a wider posterior for each parameter.
 * With 2 parameters each inside its interval with probability 0.9 if the sampler is right, the first check fails
 * by chance with probability about 0.19 for a given seed; the seeds are fixed, so its outcome is reproducible, and
 * the intervals printed say how far from their edges the truth lies.
 */
class CalibrationRecoveryTest {

    private static final List<String> PARAMETERS = List.of("case_types.*.rate_per_household_year",
            "grid_workers.extra_duty_share");
    private static final double[] TRUTH = {1.1, 0.25};
    private static final String RANGES = """
            uncertainties:
              case_types.*.rate_per_household_year: {scale: {min: 0.8, max: 1.2}}
              grid_workers.extra_duty_share: {min: 0.15, max: 0.45}
            """;

    @Test
    void calibratingToItsOwnOutputsFindsTheTrueParametersAndWiderTolerancesWidenThePosterior(@TempDir Path dir)
            throws Exception {
        Path scenario = Files.writeString(dir.resolve("small.yaml"), """
                name: small
                description: a small Q City
                simulation: {days: 120, seed: 1, warmup_days: 30}
                city: {residents: 6000}
                """);
        Path draft = Files.writeString(dir.resolve("draft.yaml"), RANGES + "targets: {cases_filed: {value: 1, tolerance: 1}}\n");
        CalibrationPlan known = CalibrationReader.read(scenario, List.of(), draft, CalibrationReader.Settings.NONE);
        // x 1.1 on [0.8, 1.2] and 0.25 on [0.15, 0.45]
        double[][] observed = observe(scenario, known.values(new double[] {0.75, 1 / 3.0}));
        CalibrationResult sharp = calibrate(dir, scenario, observed, 1);
        for (int d = 0; d < 2; d++) {
            CalibrationResult.ParameterFit p = sharp.parameters().get(d);
            System.out.printf(Locale.ROOT, "%s: true %.3f, posterior median %.3f, 90%% [%.3f, %.3f]%n",
                    PARAMETERS.get(d), TRUTH[d], p.median(), p.low(), p.high());
            assertTrue(p.low() <= TRUTH[d] && TRUTH[d] <= p.high(), PARAMETERS.get(d));
        }
        CalibrationResult blunt = calibrate(dir, scenario, observed, 3);
        for (int d = 0; d < 2; d++) {
            double narrow = sharp.parameters().get(d).narrowing();
            double wide = blunt.parameters().get(d).narrowing();
            System.out.printf(Locale.ROOT, "%s: 90%% interval %.2f of the prior's at the observed errors, %.2f at three"
                    + " times them%n", PARAMETERS.get(d), narrow, wide);
            assertTrue(narrow < wide, PARAMETERS.get(d));
        }
    }

    private static CalibrationResult calibrate(Path dir, Path scenario, double[][] observed, double errorFactor)
            throws Exception {
        Path targets = Files.writeString(dir.resolve("targets-" + errorFactor + ".yaml"), RANGES + String.format(
                Locale.ROOT, """
                targets:
                  cases_per_resident_year: {value: %s, standard_error: %s}
                  worker_utilization_mean: {value: %s, standard_error: %s}
                particles: 40
                replications: 2
                generations: 8
                check_replications: 4
                seed: 1
                """, observed[0][0], errorFactor * observed[0][1], observed[1][0], errorFactor * observed[1][1]));
        CalibrationPlan plan = CalibrationReader.read(scenario, List.of(), targets, CalibrationReader.Settings.NONE);
        long t0 = System.nanoTime();
        CalibrationResult r = Calibration.run(plan, dir.resolve("out-" + errorFactor), new org.gridgov.experiment.LocalEngine(2), w -> { },
                Calibration.Progress.NONE);
        System.out.printf(Locale.ROOT, "recovery (errors x %s): %d particles, %d runs, %.1f s, %d generations, stop %s%n",
                errorFactor, r.search().evaluated().size(), r.runs(), (System.nanoTime() - t0) / 1e9,
                r.search().populations().size(), r.search().stop());
        assertEquals(AbcSmc.Stop.REACHED, r.search().stop());
        return r;
    }

    /** The truth's mean and standard error of each target, over 8 replications on seed 99. */
    private static double[][] observe(Path scenario, Map<String, String> values) throws Exception {
        List<String> set = values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        var s = ScenarioReader.read(scenario, set).scenario();
        int n = 8;
        double[] cases = new double[n];
        double[] load = new double[n];
        for (int r = 0; r < n; r++) {
            var m = Simulation.run(new RunSpec(s, 99, r, 120, 30, false)).metrics().asMap();
            cases[r] = m.get("cases_per_resident_year");
            load[r] = m.get("worker_utilization_mean");
        }
        Estimate a = Estimate.twoSided(cases, 0.95);
        Estimate b = Estimate.twoSided(load, 0.95);
        return new double[][] {{a.mean(), a.sd() / Math.sqrt(n)}, {b.mean(), b.sd() / Math.sqrt(n)}};
    }
}
