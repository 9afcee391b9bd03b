package org.gridgov.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values and differences as a decision maker reads them, and the verdict on a difference. */
class MetricTextTest {

    @Test
    void valuesAndDifferencesCarryTheirUnits() {
        assertEquals("72.7%", MetricText.EN.value("on_time_rate", 0.7267));
        assertEquals("+0.7 pts", MetricText.EN.difference("on_time_rate", 0.006905));
        assertEquals("28.6 h", MetricText.EN.value("mean_hours_to_close", 28.5646));
        assertEquals("-12.2 h", MetricText.EN.difference("mean_hours_to_close", -12.2));
        assertEquals("17,275,321 CNY a year", MetricText.EN.value("cost_per_year", 17275321.05));
        assertEquals("+3,096,818 CNY a year", MetricText.EN.difference("cost_per_year", 3096818.2));
        assertEquals("[-7.7, -5.3]", MetricText.EN.interval("mean_hours_to_close", -7.71, -5.29));
        assertEquals("0.3902", MetricText.EN.value("mean_trust_end", 0.3902341228));
        assertEquals("0.0 pts", MetricText.EN.difference("on_time_rate", -0.0001), "no minus zero");
        assertEquals("n/a", MetricText.EN.value("on_time_rate", Double.NaN));
        assertEquals("72.7", MetricText.EN.bare("on_time_rate", 0.7267), "a column headed by % shows the number alone");
        assertEquals("17,275,321", MetricText.EN.bare("cost_per_year", 17275321.05));
    }

    @Test
    void aDifferenceIsBetterWorseNilOrNotSignificant() {
        assertEquals(MetricText.Verdict.BETTER, MetricText.verdict("on_time_rate", 0.02, 0.001));
        assertEquals(MetricText.Verdict.WORSE, MetricText.verdict("on_time_rate", -0.02, 0.001));
        assertEquals(MetricText.Verdict.BETTER, MetricText.verdict("mean_hours_to_close", -6.5, 0.001), "lower is better");
        // Significant, but below the practical margin of 1 point of on-time rate.
        assertEquals(MetricText.Verdict.NIL, MetricText.verdict("on_time_rate", 0.004, 0.001));
        assertEquals(MetricText.Verdict.NS, MetricText.verdict("on_time_rate", 0.05, 0.2));
        assertEquals(MetricText.Verdict.NS, MetricText.verdict("on_time_rate", 0.05, Double.NaN));
        assertEquals(MetricText.Verdict.DIFFERS, MetricText.verdict("worker_utilization_mean", -0.28, 0.001));
    }
}
