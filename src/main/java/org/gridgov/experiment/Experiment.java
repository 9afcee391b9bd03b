package org.gridgov.experiment;

import java.util.List;

import org.gridgov.scenario.Scenario;

/**
 * An experiment ready to run: its plan and the validated scenario of each design point.
 *
 * @param scenarios one per design point, in the same order as the plan's points
 */
public record Experiment(ExperimentPlan plan, List<Scenario> scenarios) {

    public Experiment {
        scenarios = List.copyOf(scenarios);
        if (scenarios.size() != plan.points().size()) {
            throw new IllegalArgumentException("one scenario per design point");
        }
    }
}
