package org.gridgov.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gridgov.queueing.ErlangC;
import org.gridgov.testing.QueueScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the M/M/3 desk of {@link QueueScenario} (mu = 1 per hour), calibrating the arrival rate to an observed mean
 * wait of Erlang C's 0.444 h at lambda = 2 finds lambda = 2 inside the posterior's 90% interval. The prior is
 * lambda from 1 to 2.7 per hour; the tolerance, 0.1 h, is the band of waits from lambda 1.87 to 2.10 (Erlang C),
 * and the simulated means carry noise of their own (25 measured days, 4 replications: a relative standard error
 * of about 15%, see ErlangCSizingTest), so the posterior is wider than that band but must hold its centre.
 */
class ErlangCCalibrationTest {

    @Test
    void calibratingTheArrivalRateToErlangCsWaitFindsItsRate(@TempDir Path dir) throws Exception {
        double wait = new ErlangC(3, 2, 1).meanWait();
        Path scenario = QueueScenario.write(dir, "queue", 2, 3);
        double perHour = 24 * 365.0 / QueueScenario.HOUSEHOLDS; // rate per household-year of one arrival an hour
        Path targets = Files.writeString(dir.resolve("targets.yaml"), """
                uncertainties:
                  case_types.job.rate_per_household_year: {min: %s, max: %s}
                targets:
                  mean_department_wait_hours: {value: %s, tolerance: 0.1}
                particles: 40
                replications: 4
                generations: 6
                check_replications: 4
                seed: 7
                """.formatted(1 * perHour, 2.7 * perHour, wait));
        CalibrationPlan plan = CalibrationReader.read(scenario, List.of(), targets, CalibrationReader.Settings.NONE);
        long t0 = System.nanoTime();
        CalibrationResult r = Calibration.run(plan, dir.resolve("out"), new org.gridgov.experiment.LocalEngine(2), w -> { }, Calibration.Progress.NONE);
        System.out.printf("M/M/3 calibration: %d particles simulated, %d runs, %.1f s, stop %s, epsilon %s%n",
                r.search().evaluated().size(), r.runs(), (System.nanoTime() - t0) / 1e9, r.search().stop(),
                r.search().last().epsilon());
        CalibrationResult.ParameterFit rate = r.parameters().get(0);
        double low = rate.low() / perHour;
        double high = rate.high() / perHour;
        System.out.printf("lambda: median %.3f, 90%% interval [%.3f, %.3f]%n", rate.median() / perHour, low, high);
        assertTrue(low <= 2 && 2 <= high, "lambda = 2 in [" + low + ", " + high + "]");
        assertTrue(high - low < 0.5 * 1.7, "the posterior is narrower than half the prior: [" + low + ", " + high + "]");
    }
}
