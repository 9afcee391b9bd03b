package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertTrue;


import org.gridgov.observe.DailySeries;
import org.gridgov.run.RunResult;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.stats.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Trust learned beyond the reporter (docs/ODD.md 7.23): a sustained citizen-pillar reform moves mean trust
 * within three years, trust then settles at a level instead of growing, and talk between neighbours
 * spreads trust without creating or destroying it.
 */
class TrustDynamicsTest {
    private static final String CITY = "small-city.yaml";
    private static final int YEAR = 364;
    private static final int R = 10;

    /** Mean of a daily column over year y (52 weeks). */
    private static double yearMean(RunResult run, String column, int y) {
        DailySeries daily = run.measurement().daily();
        double sum = 0;
        for (int d = y * YEAR; d < (y + 1) * YEAR; d++) {
            sum += daily.value(column, d);
        }
        return sum / YEAR;
    }

    @Test
    void activeCommunityOrganisationsRaiseTrustWithinThreeYears() {
        LoadedScenario base = ModelRuns.load(CITY);
        LoadedScenario reform = ModelRuns.load(CITY, "community_organisations.vitality=0.8");
        double[] difference = ModelRuns.replicate(R, r -> {
            double before = yearMean(ModelRuns.run(base, 1, r, 3 * YEAR, 0, false), "mean_trust_end", 2);
            double after = yearMean(ModelRuns.run(reform, 1, r, 3 * YEAR, 0, false), "mean_trust_end", 2);
            return after - before;
        });
        Estimate effect = Estimate.twoSided(difference, 0.99);
        System.out.printf("trust in year 3, active community organisations minus as found: %+.4f, 99%% CI [%.4f, %.4f]%n",
                effect.mean(), effect.low(), effect.high());
        assertTrue(effect.mean() > effect.high() - effect.mean(), "the rise exceeds its 99% half-width: " + effect);
    }

    /**
     * Ten years of the reform: after five years trust no longer trends (per-replication slope of the last
     * five yearly means, 99% Student-t interval of their mean holds 0), and it stays inside (0, 1).
     */
    @Test
    void underASustainedReformTrustSettlesAtALevel() {
        LoadedScenario reform = ModelRuns.load(CITY, "community_organisations.vitality=0.8");
        int replications = 6;
        // replicateMany returns each value across the replications: years[y][r].
        double[][] years = ModelRuns.replicateMany(replications, r -> {
            RunResult run = ModelRuns.run(reform, 1, r, 10 * YEAR, 0, false);
            double[] means = new double[10];
            for (int y = 0; y < 10; y++) {
                means[y] = yearMean(run, "mean_trust_end", y);
            }
            return means;
        });
        double[] lateSlopes = new double[replications];
        for (int r = 0; r < replications; r++) {
            double[] late = new double[5];
            for (int y = 5; y < 10; y++) {
                late[y - 5] = years[y][r];
                assertTrue(years[y][r] > 0 && years[y][r] < 1, "trust inside (0, 1): " + years[y][r]);
            }
            lateSlopes[r] = slope(late);
        }
        Estimate late = Estimate.twoSided(lateSlopes, 0.99);
        System.out.printf("trust under the reform, yearly means of replication 0: %s; slope over years 6-10 %.5f"
                + " a year, 99%% CI [%.5f, %.5f]%n", java.util.Arrays.stream(years).mapToDouble(y -> y[0]).boxed().toList(), late.mean(), late.low(), late.high());
        assertTrue(late.low() <= 0 && late.high() >= 0, "no trend after five years: " + late);
    }

    /**
     * With nothing else to learn from, conversations keep mean trust: each moves one household a share w of
     * the way to a neighbour drawn from its cell, a change with mean 0 and sd at most w x (sd of trust), so
     * after N conversations among H households the mean moves by at most 2.58 w sd sqrt(N) / H (99%).
     * They make neighbours alike: the spread of trust falls.
     */
    @Test
    void conversationsSpreadTrustWithoutChangingItsMean() {
        LoadedScenario talkOnly = ModelRuns.load(CITY, "residents.trust_learning_rate=0",
                "residents.seen_learning_rate=0", "residents.conversations_per_year=12",
                "residents.conversation_weight=0.1");
        LoadedScenario silent = ModelRuns.load(CITY, "residents.trust_learning_rate=0",
                "residents.seen_learning_rate=0", "residents.conversations_per_year=0");
        RunResult talk = ModelRuns.run(talkOnly, 1, 0, YEAR, 0, false);
        RunResult none = ModelRuns.run(silent, 1, 0, YEAR, 0, false);
        Households before = none.model().city().households();
        Households after = talk.model().city().households();
        int h = before.count();
        double sd = sd(before);
        double bound = 2.58 * 0.1 * sd * Math.sqrt(12.0 * h) / h;
        System.out.printf("conversations: mean trust %.4f -> %.4f (bound %.4f), sd %.4f -> %.4f%n",
                before.meanTrust(), after.meanTrust(), bound, sd, sd(after));
        assertTrue(Math.abs(after.meanTrust() - before.meanTrust()) < bound, "mean kept within " + bound);
        assertTrue(sd(after) < 0.9 * sd, "neighbours become alike");
    }

    private static double sd(Households households) {
        double mean = households.meanTrust();
        double sum = 0;
        for (int i = 0; i < households.count(); i++) {
            sum += Math.pow(households.trust(i) - mean, 2);
        }
        return Math.sqrt(sum / (households.count() - 1));
    }

    private static double slope(double[] y) {
        double mx = (y.length - 1) / 2.0;
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int x = 0; x < y.length; x++) {
            sxy += (x - mx) * (y[x] - my);
            sxx += (x - mx) * (x - mx);
        }
        return sxy / sxx;
    }

}
