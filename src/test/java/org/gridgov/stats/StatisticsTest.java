package org.gridgov.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/** Intervals, paired tests, Holm's correction and quantiles against values computed independently (by hand, tables, R). */
class StatisticsTest {

    @Test
    void tQuantilesMatchTheTables() {
        // Two-sided 95% (p = 0.975) and 99% (p = 0.995) and one-sided 95% (p = 0.95) critical values.
        assertEquals(12.706205, StudentT.quantile(1, 0.975), 1e-6);
        assertEquals(2.776445, StudentT.quantile(4, 0.975), 1e-6);
        assertEquals(2.228139, StudentT.quantile(10, 0.975), 1e-6);
        assertEquals(2.045230, StudentT.quantile(29, 0.975), 1e-6);
        assertEquals(3.249836, StudentT.quantile(9, 0.995), 1e-6);
        assertEquals(1.833113, StudentT.quantile(9, 0.95), 1e-6);
        assertEquals(-1.833113, StudentT.quantile(9, 0.05), 1e-6);
        // P(|T_4| > 2.776445) = 0.05.
        assertEquals(0.05, StudentT.twoSidedP(2.776445, 4), 1e-6);
        assertEquals(0.05, StudentT.twoSidedP(-2.776445, 4), 1e-6);
    }

    @Test
    void summaryHasTheStudentTInterval() {
        // sd = sqrt(13.2 / 4); half-width = qt(0.975, 4) * sd / sqrt(5) with qt(0.975, 4) = 2.776445 (tables, R)
        Estimate s = Estimate.twoSided(new double[] {2, 4, 4, 5, 7}, 0.95);
        assertEquals(5, s.n());
        assertEquals(4.4, s.mean(), 1e-12);
        assertEquals(1.816590, s.sd(), 1e-6);
        assertEquals(2.144405, s.low(), 1e-6);
        assertEquals(6.655595, s.high(), 1e-6);
    }

    @Test
    void oneSidedBoundsUseTheOneSidedQuantile() {
        // qt(0.95, 4) = 2.131847: half-width 2.131847 * 1.816590 / sqrt(5) = 1.731920
        Estimate s = Estimate.oneSided(new double[] {2, 4, 4, 5, 7}, 0.95);
        assertEquals(4.4 - 1.731920, s.low(), 1e-6);
        assertEquals(4.4 + 1.731920, s.high(), 1e-6);
        // One-sided bounds at c are the two-sided interval at 2c - 1.
        Estimate two = Estimate.twoSided(new double[] {2, 4, 4, 5, 7}, 0.9);
        assertEquals(two.low(), s.low(), 1e-9);
    }

    @Test
    void missingValuesAreLeftOutAndCounted() {
        Estimate s = Estimate.twoSided(new double[] {Double.NaN, 1, 3, Double.NaN}, 0.95);
        assertEquals(2, s.n());
        assertEquals(2, s.mean(), 0);
        Estimate one = Estimate.twoSided(new double[] {Double.NaN, 5}, 0.95);
        assertEquals(1, one.n());
        assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.sd()));
        assertEquals(0, Estimate.twoSided(new double[] {Double.NaN}, 0.95).n());
    }

    @Test
    void pairedDifferencesMatchThePairedTTest() {
        double[] baseline = {10, 12, 9, 14, 11, 13};
        double[] scenario = {11, 14, 9.5, 15, 13, 13.2};
        Paired d = Paired.of(scenario, baseline, 0.95);
        assertEquals(6, d.n());
        assertEquals(1.116667, d.meanDifference(), 1e-6);
        assertEquals(new TTest().pairedTTest(scenario, baseline), d.pValue(), 1e-12);
        // A pair with a missing value is dropped from both.
        Paired dropped = Paired.of(new double[] {1, Double.NaN, 3, 5}, new double[] {0, 1, Double.NaN, 3}, 0.95);
        assertEquals(2, dropped.n());
        assertEquals(1.5, dropped.meanDifference(), 0);
        assertThrows(IllegalArgumentException.class, () -> Paired.of(new double[2], new double[3], 0.95));
    }

    @Test
    void differencesThatDoNotVaryHaveNoPValue() {
        Paired d = Paired.of(new double[] {2, 3, 4}, new double[] {1, 2, 3}, 0.95);
        assertEquals(1, d.meanDifference(), 0);
        assertTrue(Double.isNaN(d.pValue()));
    }

    @Test
    void holmMatchesR() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "holm") = 0.04 0.09 0.09 0.025 0.2
        double[] p = {0.01, 0.04, 0.03, 0.005, Double.NaN, 0.2};
        assertArrayEquals(new double[] {0.04, 0.09, 0.09, 0.025, Double.NaN, 0.2}, Holm.adjust(p), 1e-12);
    }

    @Test
    void holmByHand() {
        // m = 3 tests, sorted 0.01, 0.02, 0.04: 3 x 0.01 = 0.03; 2 x 0.02 = 0.04; 1 x 0.04 = 0.04 (not below 0.04).
        // 0.5 x 3 caps at 1 when it is the smallest of three.
        assertArrayEquals(new double[] {0.04, 0.03, 0.04}, Holm.adjust(new double[] {0.04, 0.01, 0.02}), 1e-12);
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.5, 0.9}), 1e-12);
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        // R: quantile(c(1, 2, 3, 4, 10), c(0, 0.5, 0.9, 1)) = 1 3 7.6 10 (type 7)
        double[] x = {10, 2, 4, 1, 3, 99};
        assertEquals(1, Stats.quantile(x, 5, 0), 0);
        assertEquals(3, Stats.quantile(x, 5, 0.5), 0);
        assertEquals(7.6, Stats.quantile(x, 5, 0.9), 1e-12);
        assertEquals(10, Stats.quantile(x, 5, 1), 0);
        assertEquals(99, x[5], 0, "values past n are not touched");
        assertTrue(Double.isNaN(Stats.quantile(x, 0, 0.5)));
        assertEquals(4, Stats.mean(new double[] {1, 2, 9, 100}, 3), 0);
        assertTrue(Double.isNaN(Stats.ratio(1, 0)));
    }
}
