package org.gridgov.experiment;

import static org.gridgov.observe.Metric.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.gridgov.model.GridModel;
import org.gridgov.observe.Measurement;
import org.gridgov.observe.Metric;
import org.gridgov.scenario.DepartmentParams;
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

    /**
     * The names depend on a scenario only through its departments' names (one utilisation metric each; see
     * {@link Measurement}): found once per set of names, as a design of 500 points would otherwise build 500 cities.
     */
    private static final Map<List<String>, List<String>> BY_DEPARTMENTS = new ConcurrentHashMap<>();

    /** The names, in output order, from a model built for one day and measured before its first event. */
    public static List<String> of(Scenario scenario) {
        List<String> departments = scenario.departmentList().stream().map(DepartmentParams::name).toList();
        return BY_DEPARTMENTS.computeIfAbsent(departments, d -> measured(scenario));
    }

    /** The names a model of the scenario reports, built and measured for that purpose. */
    static List<String> measured(Scenario scenario) {
        GridModel model = new GridModel(scenario, 0, 0, 1);
        model.start();
        return List.copyOf(Measurement.attach(model, 0, false).metrics().names());
    }
}
