package org.gridgov.experiment;

import java.util.List;

import org.gridgov.model.GridModel;
import org.gridgov.observe.Measurement;
import org.gridgov.scenario.Scenario;

/** The metrics a run of a scenario produces, found by the code that computes them, without running it. */
public final class MetricNames {

    /**
     * The metrics reported when an experiment names none: the headline outcomes of the closed loop, who
     * resolves issues, residents' participation, grid workers' turnover, and cost.
     */
    public static final List<String> HEADLINE = List.of("discovery_rate", "resolution_rate", "on_time_rate",
            "mean_hours_to_close", "p90_hours_to_close", "mean_open_cases", "bounce_rate",
            "worker_utilization_mean", "department_utilization_mean", "share_resolved_by_departments",
            "participation_rate", "mean_trust_end", "worker_turnover_rate", "cost_per_year", "cost_per_resolution");

    private MetricNames() {
    }

    /** The names, in output order, from a model built for one day and measured before its first event. */
    public static List<String> of(Scenario scenario) {
        GridModel model = new GridModel(scenario, 0, 0, 1);
        model.start();
        return List.copyOf(Measurement.attach(model, 0, false).metrics().names());
    }
}
