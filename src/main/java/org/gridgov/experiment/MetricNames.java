package org.gridgov.experiment;

import static org.gridgov.observe.Metric.*;

import java.util.List;
import java.util.stream.Stream;

import org.gridgov.model.GridModel;
import org.gridgov.observe.Measurement;
import org.gridgov.observe.Metric;
import org.gridgov.scenario.Scenario;

/** The metrics a run of a scenario produces, found by the code that computes them, without running it. */
public final class MetricNames {

    /**
     * The metrics reported when an experiment names none: the headline outcomes of the closed loop (the
     * platform's closure next to the residents' resolution rate from callbacks: closure is not resolution), who
     * resolves issues, residents' participation, grid workers' turnover, and cost.
     */
    public static final List<String> HEADLINE = Stream.of(DISCOVERY_RATE, RESOLUTION_RATE, RESIDENTS_RESOLUTION_RATE, ON_TIME_RATE,
            MEAN_HOURS_TO_CLOSE, P90_HOURS_TO_CLOSE, MEAN_OPEN_CASES, BOUNCE_RATE,
            WORKER_UTILIZATION_MEAN, DEPARTMENT_UTILIZATION_MEAN, SHARE_RESOLVED_BY_DEPARTMENTS,
            PARTICIPATION_RATE, MEAN_TRUST_END, WORKER_TURNOVER_RATE, COST_PER_YEAR, COST_PER_RESOLUTION)
            .map(Metric::id).toList();

    private MetricNames() {
    }

    /** The names, in output order, from a model built for one day and measured before its first event. */
    public static List<String> of(Scenario scenario) {
        GridModel model = new GridModel(scenario, 0, 0, 1);
        model.start();
        return List.copyOf(Measurement.attach(model, 0, false).metrics().names());
    }
}
