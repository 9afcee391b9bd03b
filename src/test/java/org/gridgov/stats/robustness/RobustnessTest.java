package org.gridgov.stats.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gridgov.stats.Proportion;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    @Test
    void wilsonIntervalsMatchTheirClosedFormAndStayInsideZeroAndOne() {
        // Published values (Newcombe 1998, table I, method 3): 0/10 -> [0, 0.2775], 1/10 -> [0.0179, 0.4042],
        // 81/263 -> [0.2553, 0.3662]
        Proportion none = Proportion.wilson(0, 10, 0.95);
        assertEquals(0, none.low());
        assertEquals(0.2775, none.high(), 5e-5);
        Proportion one = Proportion.wilson(1, 10, 0.95);
        assertEquals(0.0179, one.low(), 5e-5);
        assertEquals(0.4042, one.high(), 5e-5);
        Proportion many = Proportion.wilson(81, 263, 0.95);
        assertEquals(0.2553, many.low(), 5e-5);
        assertEquals(0.3662, many.high(), 5e-5);
        Proportion all = Proportion.wilson(40, 40, 0.95);
        assertEquals(1, all.high());
        assertEquals(0.9124, all.low(), 5e-5);
    }

    @Test
    void sharesRegretAndFirstPlacesAreCountedFutureByFuture() {
        // Lower is better (hours); option 0 is the reference; margin 1 hour.
        double[][] hours = {
            {10, 8, 9.5},   // 1 beats by 2, 2 is within the margin; 1 is best
            {10, 11, 7},    // 1 is worse by 1 (exactly the margin), 2 beats by 3 and is best
            {10, 10, 10},   // all tied: each is first
            {10, 9, Double.NaN}, // undefined for option 2: left out
            {12, 12.5, 9},  // 2 beats by 3 and is best; 1 within the margin
        };
        Robustness r = Robustness.of(hours, 0, -1, 1, 0.95);
        assertEquals(4, r.futures());
        Robustness.Option reference = r.options().get(0);
        assertNull(reference.better());
        assertEquals(0, reference.meanEffect());
        // reference's regret: 2, 3, 0, 3 -> mean 2, max 3; first only in the tie
        assertEquals(2, reference.meanRegret(), 1e-12);
        assertEquals(3, reference.maxRegret(), 1e-12);
        assertEquals(1, reference.first().successes());
        Robustness.Option one = r.options().get(1);
        assertArrayEquals(new double[] {-2, 1, 0, 0.5}, one.effects(), 1e-12);
        assertEquals(1, one.better().successes());
        assertEquals(1, one.worse().successes());
        assertEquals(4, one.better().n());
        // regret of option 1: 0, 4, 0, 3.5
        assertEquals(7.5 / 4, one.meanRegret(), 1e-12);
        assertEquals(4, one.maxRegret(), 1e-12);
        assertEquals(2, one.first().successes());
        Robustness.Option two = r.options().get(2);
        assertEquals(2, two.better().successes());
        assertEquals(0, two.worse().successes());
        assertEquals(3, two.first().successes());
        // effects -0.5, -3, 0, -3: median -1.75 (type 7)
        assertEquals(-1.75, two.quantiles()[2], 1e-12);
    }

    @Test
    void anOutcomeWithoutADirectionIsDescribedButNotRanked() {
        Robustness r = Robustness.of(new double[][] {{1, 2}, {1, 3}}, 0, 0, 0.5, 0.95);
        Robustness.Option o = r.options().get(1);
        assertNull(o.better());
        assertNull(o.first());
        assertTrue(Double.isNaN(o.meanRegret()));
        assertEquals(1.5, o.meanEffect(), 1e-12);
    }
}
