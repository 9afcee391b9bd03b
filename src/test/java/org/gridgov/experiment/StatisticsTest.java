package org.gridgov.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/** Intervals, paired tests and Holm's correction against values computed independently (by hand and in R). */
class StatisticsTest {

    @Test
    void summaryHasTheStudentTInterval() {
        // sd = sqrt(13.2 / 4); half-width = qt(0.975, 4) * sd / sqrt(5) with qt(0.975, 4) = 2.776445 (tables, R)
        Statistics.Summary s = Statistics.summarize(new double[] {2, 4, 4, 5, 7});
        assertEquals(5, s.n());
        assertEquals(4.4, s.mean(), 1e-12);
        assertEquals(1.816590, s.sd(), 1e-6);
        assertEquals(2.144405, s.ciLow(), 1e-6);
        assertEquals(6.655595, s.ciHigh(), 1e-6);
    }

    @Test
    void missingValuesAreLeftOutAndCounted() {
        Statistics.Summary s = Statistics.summarize(new double[] {Double.NaN, 1, 3, Double.NaN});
        assertEquals(2, s.n());
        assertEquals(2, s.mean(), 0);
        Statistics.Summary one = Statistics.summarize(new double[] {Double.NaN, 5});
        assertEquals(1, one.n());
        assertTrue(Double.isNaN(one.ciLow()) && Double.isNaN(one.sd()));
        assertEquals(0, Statistics.summarize(new double[] {Double.NaN}).n());
    }

    @Test
    void pairedDifferencesMatchThePairedTTest() {
        double[] baseline = {10, 12, 9, 14, 11, 13};
        double[] scenario = {11, 14, 9.5, 15, 13, 13.2};
        Statistics.Paired d = Statistics.paired(scenario, baseline);
        assertEquals(6, d.n());
        assertEquals(1.116667, d.meanDifference(), 1e-6);
        assertEquals(new TTest().pairedTTest(scenario, baseline), d.pValue(), 1e-12);
        // A pair with a missing value is dropped from both.
        Statistics.Paired dropped = Statistics.paired(new double[] {1, Double.NaN, 3, 5}, new double[] {0, 1, Double.NaN, 3});
        assertEquals(2, dropped.n());
        assertEquals(1.5, dropped.meanDifference(), 0);
    }

    @Test
    void differencesThatDoNotVaryHaveNoPValue() {
        Statistics.Paired d = Statistics.paired(new double[] {2, 3, 4}, new double[] {1, 2, 3});
        assertEquals(1, d.meanDifference(), 0);
        assertTrue(Double.isNaN(d.pValue()));
    }

    @Test
    void holmMatchesR() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "holm") = 0.04 0.09 0.09 0.025 0.2
        double[] p = {0.01, 0.04, 0.03, 0.005, Double.NaN, 0.2};
        assertArrayEquals(new double[] {0.04, 0.09, 0.09, 0.025, Double.NaN, 0.2}, Statistics.holm(p), 1e-12);
    }
}
