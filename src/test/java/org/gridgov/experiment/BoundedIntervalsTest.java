package org.gridgov.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gridgov.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * A share's interval stays inside [0, 1]: three replications of 0.99, 1 and 1 give a Student-t interval that runs
 * past 1 (mean 0.9967, half-width 4.303 x 0.00577 / sqrt 3 = 0.0143), which is clipped to 1. A flow ratio such as
 * the discovery rate may exceed 1 (cases found in the window that occurred before it) and keeps its interval, as
 * does a metric without an upper bound.
 */
class BoundedIntervalsTest {

    private static ExperimentResults results(String metric, double... values) {
        DesignPoint point = new DesignPoint("only", "x.yaml", "ab", List.of(), Map.of(), "f");
        ExperimentPlan plan = new ExperimentPlan("bounds", "", ExperimentReader.COMPARE, "", "", "0", 1, values.length,
                1, 0, List.of(metric), 0, List.of(point));
        List<RunRecord> records = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            records.add(new RunRecord(0, r, "id", 0, Map.of(metric, values[r]),
                    new double[1][RunRecord.DAILY_COLUMNS.size()], List.of()));
        }
        return ExperimentResults.of(plan, records);
    }

    @Test
    void aRatesIntervalIsClippedToItsBounds() {
        Estimate e = results("on_time_rate", 0.99, 1, 1).summary(0, "on_time_rate");
        Estimate raw = Estimate.twoSided(new double[] {0.99, 1, 1}, ExperimentResults.LEVEL);
        assertTrue(raw.high() > 1.01, "the t interval runs past 1: " + raw);
        assertEquals(1, e.high());
        assertEquals(raw.low(), e.low(), 1e-15);
        assertEquals(raw.mean(), e.mean(), 1e-15);
    }

    @Test
    void aMetricWithoutAnUpperBoundKeepsItsInterval() {
        Estimate e = results("mean_hours_to_close", 30, 31, 35).summary(0, "mean_hours_to_close");
        assertEquals(Estimate.twoSided(new double[] {30, 31, 35}, ExperimentResults.LEVEL), e);
        Estimate flow = results("discovery_rate", 0.99, 1, 1).summary(0, "discovery_rate");
        assertTrue(flow.high() > 1, "a flow ratio may exceed 1: " + flow);
    }
}
