package org.gridgov.run;

import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.SimulationParams;

/**
 * One simulation run: a scenario, a seed and replication, how long, and what to keep.
 *
 * @param seed master seed
 * @param replication replication number (0 for a single run)
 * @param days simulated days
 * @param warmupDays days left out of the metrics, or {@link SimulationParams#WARMUP_FROM_DATA} for MSER-5 to choose them
 *        after the run
 * @param keepCases whether to keep every issue for the per-case output (memory grows with the city)
 */
public record RunSpec(Scenario scenario, long seed, int replication, int days, int warmupDays, boolean keepCases) implements java.io.Serializable {

    public RunSpec {
        if (days < 1 || warmupDays < SimulationParams.WARMUP_FROM_DATA || warmupDays >= days) {
            throw new IllegalArgumentException("need 0 <= warm-up days < days, got " + warmupDays + " and " + days);
        }
    }

    /** The scenario's own days, seed and warm-up, keeping cases. */
    public static RunSpec of(Scenario scenario) {
        return new RunSpec(scenario, scenario.simulation().seed(), 0, scenario.simulation().days(),
                scenario.simulation().warmupDays(), true);
    }
}
