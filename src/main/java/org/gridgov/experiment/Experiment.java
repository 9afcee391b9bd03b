package org.gridgov.experiment;

import java.util.List;

import org.gridgov.scenario.Scenario;

/**
 * An experiment ready to run: its plan and the validated scenario of each design point.
 *
 * @param scenarios one per design point, in the same order as the plan's points
 * @param warnings  what the reader accepted but the user should change (e.g. a renamed metric's former id)
 */
public record Experiment(ExperimentPlan plan, List<Scenario> scenarios, List<String> warnings) {

    public Experiment(ExperimentPlan plan, List<Scenario> scenarios) {
        this(plan, scenarios, List.of());
    }

    public Experiment {
        scenarios = List.copyOf(scenarios);
        warnings = List.copyOf(warnings);
        if (scenarios.size() != plan.points().size()) {
            throw new IllegalArgumentException("one scenario per design point");
        }
    }
}
