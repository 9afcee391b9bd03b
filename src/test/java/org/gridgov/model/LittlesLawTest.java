package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.gridgov.observe.Metrics;
import org.gridgov.run.RunResult;
import org.gridgov.scenario.LoadedScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Little's law for open cases: the time-average number of open cases {@code mean_open_cases} (L) equals the
 * filing rate (lambda) times the mean time a case spends open (W).
 */
class LittlesLawTest {

    @TempDir
    Path dir;

    /**
     * Over a finite window the law is an accounting identity, provided each case's time is clipped to the
     * window (cases open at the start count from the start, cases open at the end up to the end): then
     * L x T = sum of the cases' times = (n / T) x mean time x T. This checks that the metric's time-average
     * integrator and the per-case times in cases.csv agree, with warm-up, parking and open cases at both
     * ends of the window.
     */
    @Test
    void meanOpenCasesIsTheSumOfCaseTimesInTheWindow() {
        int days = 120;
        int warmup = 30;
        LoadedScenario s = ModelRuns.load("conservation.yaml");
        RunResult result = ModelRuns.run(s, 3, 0, days, warmup, true);
        ModelRuns.write(dir, result, s);
        CsvTable cases = CsvTable.read(dir.resolve("cases.csv"));
        double mean = CsvTable.read(dir.resolve("metrics.csv")).metrics().get("mean_open_cases");

        double from = warmup * 24.0;
        double end = days * 24.0;
        double area = 0;
        int n = 0;
        int openAtStart = 0;
        int openAtEnd = 0;
        for (int r = 0; r < cases.size(); r++) {
            double filed = cases.number(r, "filed");
            if (Double.isNaN(filed)) {
                continue;
            }
            // A case leaves the open stock when it is closed or parked; one still open counts up to the end.
            double exit = firstPresent(cases.number(r, "closed"), cases.number(r, "parked"), end);
            double a = Math.max(filed, from);
            double b = Math.min(exit, end);
            if (b > a) {
                area += b - a;
                n++;
                openAtStart += filed < from ? 1 : 0;
                openAtEnd += exit >= end ? 1 : 0;
            }
        }
        assertTrue(openAtStart > 0 && openAtEnd > 0, "the window should cut through open cases at both ends");
        double lambda = n / (end - from);
        double w = area / n;
        // cases.csv rounds every time to 1e-4 h, so each case's time may be off by up to 1e-4 h (both ends
        // rounded by 5e-5) and the sum by n x 1e-4; metrics.csv keeps 10 significant digits (5e-10).
        double tolerance = 1e-4 * n / area + 1e-9;
        assertEquals(1, mean / (lambda * w), tolerance,
                "L = " + mean + ", lambda W = " + lambda + " x " + w + " (n = " + n + ")");
    }

    private static double firstPresent(double a, double b, double otherwise) {
        return !Double.isNaN(a) ? a : !Double.isNaN(b) ? b : otherwise;
    }

    /**
     * In a steady state the law holds with lambda and W measured from the cases alone: lambda = cases filed
     * in the window / window length, W = mean filing-to-closing time of the cases closed in the window. The
     * two sides then differ only by edge effects (cases open at the window's start count their time before
     * the window in W; cases open at its end count in L but not in W) whose expectation in a stationary
     * process is zero: E[sum of times of cases closed in the window] = lambda T W = E[L T]. So over
     * replications the mean relative difference (L - lambda W) / L must be zero within its 99% confidence
     * interval.
     *
     * <p>Preconditions: every unit is stable (see small-city.yaml; an overloaded grid worker's growing
     * backlog makes L run ahead of lambda W), and every case closes, so that W is about closed cases only:
     * no parking here. The window (after a 9-week warm-up from an empty city) is 43 whole weeks, because
     * the shifts make the process periodic by the week rather than stationary. With 10 replications of
     * 364 days (~12,000 cases filed in each window) the per-replication differences are about +-0.5%
     * and the interval's half-width about 0.5% of L; it must stay below 2% so that the test can tell a
     * real discrepancy (an integrator that loses or double-counts time, W from the wrong timestamps, a
     * backlog that never clears) from noise.
     */
    @Test
    void steadyStateMeanOpenCasesEqualsFilingRateTimesMeanTimeToClose() {
        int r = 10;
        int days = 364;
        int warmup = 63;
        // A component nobody owns would be parked after the last candidate owner: with 100 of them, never.
        LoadedScenario s = ModelRuns.load("small-city.yaml", "platform.bounce_limit=1000",
                "platform.park_after_days=36500", "component_ownership.candidate_owners=100");
        double window = (days - warmup) * 24.0;
        double[] relative = ModelRuns.replicate(r, rep -> {
            Metrics m = ModelRuns.run(s, 2024, rep, days, warmup, false).metrics();
            assertEquals(0, m.get("cases_parked"));
            double l = m.get("mean_open_cases");
            double lambda = m.get("cases_filed") / window;
            return (l - lambda * m.get("mean_hours_to_close")) / l;
        });
        MeanInterval ci = MeanInterval.of(relative, 0.99);
        assertTrue(ci.contains(0), "(L - lambda W) / L = " + ci);
        assertTrue(ci.halfWidth() < 0.02, "interval too wide to test anything: " + ci);
    }
}
