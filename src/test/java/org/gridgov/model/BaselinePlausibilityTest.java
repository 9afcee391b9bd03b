package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.gridgov.config.InputException;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped baseline, {@code scenarios/q-city-baseline.yaml} (100,000 residents, as a user runs it but
 * over three years, since it must stay plausible as it runs on), lands in the plausible ranges of the
 * published figures of the domain primer (section 3). The run is replicated R = 16 times (replications 0..15 of the scenario's seed); the whole 99% Student-t interval of
 * the replications' mean must lie inside each range, so the model's expected value, not one lucky run, is
 * plausible.
 *
 * <p>The share found by grid workers sits near the bottom of its range and varies from run to run with
 * the posts left vacant by turnover (sd about 0.01 between replications): with 8 replications its 99%
 * interval reached 0.8597 (model 0.2.0), so 16 are run. Measured over three years (99% intervals), with
 * the warm-up chosen by MSER-5, occurrence rates of 1.76 per household-year and component owners: cases per
 * resident-year 0.653 +- 0.002; share found by grid workers 0.911 +- 0.004; closure rate 0.9980 +- 0.0002;
 * on-time rate 0.724 +- 0.002; component share 0.0643 +- 0.0004. (With 1.89, cases per resident-year were 0.701 +- 0.002,
 * at the edge of the range.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BaselinePlausibilityTest {

    private static final int R = 16;
    private static final double LEVEL = 0.99;
    private static final int DAYS = 3 * 365;

    /** A published figure, the metric that measures it and the range it must fall in, with the reason. */
    enum Figure {
        /**
         * Dongcheng: ~40,000 cases a month for its population, about 0.5-0.7 cases per resident-year (PRIMER
         * estimate). Q City's grid system files what its workers find the same way; no reason to widen.
         */
        CASES_PER_RESIDENT_YEAR("cases_per_resident_year", 0.5, 0.7),
        /**
         * City monthly bulletins: inspectors (grid workers) find 86-96% of cases (Dongcheng's first months:
         * 90% discovery). Q City's overloaded workers would find less, its weak resident participation would
         * leave them a larger share: the two pull apart, so the published range is kept.
         */
        SHARE_FOUND_BY_GRID_WORKERS("share_discovered_by_grid_workers", 0.86, 0.96),
        /**
         * Bulletins: closure rates 93.7-99.95% of filed cases (Xicheng 99.63%, Dongcheng > 95% a year).
         * Closure is not resolution (a town reports 100% timely handling but ~80% resolution), so Q City's
         * closure rate need not be low even where its service is: the published range is kept.
         */
        CLOSURE_RATE("resolution_rate", 0.937, 0.9995),
        /**
         * Bulletins: on-time rates 71-95% by unit, in cities whose systems work well. The Q City study finds
         * a lagging platform, overloaded grid workers and barriers between departments, so Q City may fall
         * short of the weakest of those units: the lower end is widened to 60% (an assumption; a system much
         * slower than that would not be described as meeting its time limits at all). Upper end as published.
         */
        ON_TIME_RATE("on_time_rate", 0.60, 0.95),
        /**
         * Bulletins: components (municipal facilities) are 2-12% of cases; Xicheng ~2%. Nothing in the Q City
         * study bears on components: the published range is kept.
         */
        COMPONENT_SHARE("component_share", 0.02, 0.12);

        final String metric;
        final double low;
        final double high;

        Figure(String metric, double low, double high) {
            this.metric = metric;
            this.low = low;
            this.high = high;
        }
    }

    private double[][] byFigure;

    @BeforeAll
    void runBaseline() throws InputException {
        LoadedScenario loaded = ScenarioReader.read(Path.of("scenarios/q-city-baseline.yaml"), List.of());
        Scenario s = loaded.scenario();
        Figure[] figures = Figure.values();
        byFigure = ModelRuns.replicateMany(R, rep -> {
            var m = Simulation.run(new RunSpec(s, s.simulation().seed(), rep, DAYS,
                    s.simulation().warmupDays(), false)).metrics();
            double[] values = new double[figures.length];
            for (Figure f : figures) {
                values[f.ordinal()] = m.get(f.metric);
            }
            return values;
        });
    }

    @ParameterizedTest
    @EnumSource(Figure.class)
    void baselineLiesInThePublishedRange(Figure figure) {
        MeanInterval ci = MeanInterval.of(byFigure[figure.ordinal()], LEVEL);
        System.out.println("calibration over three years: " + figure.metric + " " + ci);
        assertTrue(ci.lower() >= figure.low && ci.upper() <= figure.high,
                figure.metric + " " + ci + " should lie in [" + figure.low + ", " + figure.high + "]");
    }
}
