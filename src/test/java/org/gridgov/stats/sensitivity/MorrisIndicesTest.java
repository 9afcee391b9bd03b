package org.gridgov.stats.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Elementary effects on f = 4 x1 + x2 + 3 x3 x4 (x5 inert): a linear input's effect is its coefficient on every
 * trajectory (sigma 0), an interaction's varies with its partner (sigma > 0), the inert input's is 0, and mu*
 * orders them x1 > x3, x4 > x2 > x5.
 */
class MorrisIndicesTest {

    private static double f(double[] x) {
        return 4 * x[0] + x[1] + 3 * x[2] * x[3];
    }

    private static MorrisIndices screen(MorrisDesign d, int reps) {
        double[][] p = d.points();
        double[][] y = new double[reps][p.length];
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < p.length; i++) {
                y[r][i] = f(p[i]);
            }
        }
        return MorrisIndices.estimate(d, y, 7);
    }

    @Test
    void knownElementaryEffectsAreFoundAndOrdered() {
        MorrisDesign d = MorrisDesign.of(5, 20, 4, 100, 11);
        assertEquals(20, d.trajectories());
        assertEquals(20 * 6, d.points().length);
        MorrisIndices m = screen(d, 1);
        assertEquals(4, m.muStar()[0].estimate(), 1e-12);
        assertEquals(4, m.mu()[0], 1e-12);
        assertEquals(0, m.sigma()[0], 1e-12);
        assertEquals(1, m.muStar()[1].estimate(), 1e-12);
        assertEquals(0, m.sigma()[1], 1e-12);
        assertTrue(m.sigma()[2] > 0 && m.sigma()[3] > 0, "an interaction spreads the effects");
        assertEquals(0, m.muStar()[4].estimate(), 0);
        assertEquals(0, m.muStar()[4].high(), 0, "an inert input's interval is {0}");
        assertTrue(m.muStar()[0].estimate() > m.muStar()[2].estimate() && m.muStar()[2].estimate() > m.muStar()[1].estimate());
        assertTrue(m.muStar()[0].estimate() > m.muStar()[3].estimate() && m.muStar()[3].estimate() > m.muStar()[1].estimate());
    }

    @Test
    void everyPointLiesOnTheGridAndEveryStepIsDelta() {
        MorrisDesign d = MorrisDesign.of(6, 10, 4, 50, 3);
        assertEquals(2.0 / 3, d.delta(), 1e-15);
        double[][] p = d.points();
        for (double[] x : p) {
            for (double v : x) {
                double level = v * 3;
                assertEquals(Math.rint(level), level, 1e-9, "on the grid {0, 1/3, 2/3, 1}");
                assertTrue(v >= 0 && v <= 1);
            }
        }
        for (int t = 0; t < d.trajectories(); t++) {
            boolean[] moved = new boolean[6];
            for (int s = 1; s <= 6; s++) {
                moved[d.moved(t, s)] = true;
                assertEquals(d.delta(), Math.abs(d.step(t, s)), 1e-15);
            }
            for (boolean m : moved) {
                assertTrue(m, "each input moves once per trajectory");
            }
        }
    }

    /** Choosing the most spread-out trajectories spreads them more than taking the first r candidates. */
    @Test
    void theChosenTrajectoriesAreMoreSpreadOutThanAnyR() {
        MorrisDesign chosen = MorrisDesign.of(4, 8, 4, 80, 5);
        MorrisDesign first = MorrisDesign.of(4, 8, 4, 8, 5);
        assertTrue(spread(chosen) > spread(first), spread(chosen) + " vs " + spread(first));
    }

    private static double spread(MorrisDesign d) {
        double[][] p = d.points();
        int per = d.k() + 1;
        double sum = 0;
        for (int a = 0; a < d.trajectories(); a++) {
            for (int b = a + 1; b < d.trajectories(); b++) {
                for (int i = 0; i < per; i++) {
                    for (int j = 0; j < per; j++) {
                        double s = 0;
                        for (int c = 0; c < d.k(); c++) {
                            double e = p[a * per + i][c] - p[b * per + j][c];
                            s += e * e;
                        }
                        sum += Math.sqrt(s);
                    }
                }
            }
        }
        return sum;
    }
}
