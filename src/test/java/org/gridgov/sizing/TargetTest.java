package org.gridgov.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gridgov.stats.Estimate;

/** Reading targets, and judging them by the bound on their side. */
class TargetTest {

    @Test
    void readsBothComparisonsWithOrWithoutSpaces() throws SizingException {
        assertEquals(new Target("resolution_rate", true, 0.95, "resolution_rate>=0.95"), Target.parse("resolution_rate>=0.95"));
        assertEquals(new Target("p90_hours_to_close", false, 72, "p90_hours_to_close<=72"),
                Target.parse(" p90_hours_to_close <= 72.0 "));
    }

    @Test
    void badTargetsSayWhatIsWrongAndWhatIsAllowed() {
        assertEquals("--target 'resolution_rate>0.95': '>' is not a comparison a target can use: use >= (at least) or"
                + " <= (at most), e.g. 'resolution_rate>=0.95'", message("resolution_rate>0.95"));
        assertEquals("--target 'resolution_rate=0.95': '=' is not a comparison a target can use: use >= (at least) or"
                + " <= (at most), e.g. 'resolution_rate>=0.95'", message("resolution_rate=0.95"));
        assertEquals("--target 'resolution_rate': no comparison is not a comparison a target can use: use >= (at least)"
                + " or <= (at most), e.g. 'resolution_rate>=0.95'", message("resolution_rate"));
        // The example points the way the metric improves.
        assertEquals("--target 'p90_hours_to_close=72': '=' is not a comparison a target can use: use >= (at least)"
                + " or <= (at most), e.g. 'p90_hours_to_close<=72'", message("p90_hours_to_close=72"));
        assertEquals("--target 'resolution_rate>=high': 'high' is not a number; write the threshold as a plain number,"
                + " e.g. 0.95 or 72", message("resolution_rate>=high"));
        assertEquals("--target 'resolution_rate>=NaN': 'NaN' is not a number; write the threshold as a plain number,"
                + " e.g. 0.95 or 72", message("resolution_rate>=NaN"));
        assertEquals("--target '>=0.9': must be METRIC>=VALUE or METRIC<=VALUE, e.g. 'resolution_rate>=0.95'",
                message(">=0.9"));
    }

    @Test
    void anUnknownMetricGetsASuggestionAndTheList() throws SizingException {
        Target t = Target.parse("resolution_rat>=0.9");
        SizingException e = assertThrows(SizingException.class,
                () -> t.checkMetric(List.of("discovery_rate", "resolution_rate", "cost_per_year")));
        assertEquals("--target 'resolution_rat>=0.9': unknown metric 'resolution_rat'; did you mean 'resolution_rate'?"
                + " the metrics (those of a run's metrics.csv) are: discovery_rate, resolution_rate, cost_per_year",
                e.getMessage());
    }

    @Test
    void aRenamedMetricsFormerIdIsReadAsTheNewOneAndWarnedAbout() throws SizingException {
        Target t = Target.parse("department_wait_mean_hours<=2");
        assertEquals("mean_department_wait_hours", t.metric());
        assertEquals("mean_department_wait_hours<=2", t.text());
        assertEquals("--target 'department_wait_mean_hours<=2': metric 'department_wait_mean_hours' is now called"
                + " 'mean_department_wait_hours'; the old name is accepted until the next release",
                t.renamed().orElseThrow());
        assertTrue(Target.parse("mean_department_wait_hours<=2").renamed().isEmpty());
    }

    @Test
    void aTargetThatCapsAMetricOnItsGoodSideIsWarnedAbout() throws SizingException {
        assertEquals("--target 'on_time_rate<=0.9': on_time_rate is better higher, so this target caps how good it"
                + " may be; did you mean 'on_time_rate>=0.9'?", Target.parse("on_time_rate<=0.9").againstBetterDirection()
                .orElseThrow());
        assertEquals("--target 'cost_per_year>=1000000': cost_per_year is better lower, so this target caps how good it"
                + " may be; did you mean 'cost_per_year<=1000000'?", Target.parse("cost_per_year>=1e6")
                .againstBetterDirection().orElseThrow());
        assertTrue(Target.parse("on_time_rate>=0.9").againstBetterDirection().isEmpty());
        assertTrue(Target.parse("p90_hours_to_close<=72").againstBetterDirection().isEmpty());
        assertTrue(Target.parse("worker_utilization_mean<=0.85").againstBetterDirection().isEmpty(),
                "utilisation has no better direction: a ceiling is a sensible target");
    }

    @Test
    void aTargetIsJudgedByTheBoundOnItsSide() throws SizingException {
        Estimate e = new Estimate(10, 0.96, 0.01, 0.94, 0.98);
        assertFalse(Target.parse("x>=0.95").metBy(e), "the mean meets it, the lower bound does not");
        assertTrue(Target.parse("x>=0.94").metBy(e));
        assertTrue(Target.parse("x<=0.98").metBy(e));
        assertFalse(Target.parse("x<=0.97").metBy(e));
        assertEquals(0.01, Target.parse("x>=0.95").shortfall(e), 1e-12);
        assertFalse(Target.parse("x>=0").metBy(new Estimate(1, 1, Double.NaN, Double.NaN, Double.NaN)),
                "one replication cannot show anything");
    }

    @Test
    void oneSidedBoundsUseTheStudentTQuantileAtTheConfidence() {
        // Values 1..5: mean 3, sd sqrt(2.5); t(0.95, 4) = 2.131847.
        Estimate e = Estimate.oneSided(new double[] {1, 2, Double.NaN, 3, 4, 5}, 0.95);
        assertEquals(5, e.n());
        double half = 2.131847 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, e.low(), 1e-6);
        assertEquals(3 + half, e.high(), 1e-6);
    }

    private static String message(String text) {
        return assertThrows(SizingException.class, () -> Target.parse(text)).getMessage();
    }
}
