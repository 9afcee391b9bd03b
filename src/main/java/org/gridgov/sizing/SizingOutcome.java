package org.gridgov.sizing;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.observe.Metric;
import org.gridgov.scenario.Scenario;
import org.gridgov.stats.Estimate;

/** Everything a finished sizing leaves for its outputs: what was asked, how it was simulated, what was found. */
public record SizingOutcome(StaffedScenarios scenarios, SizingPlan plan, SimulationEvaluator.Runs runs,
        SizingResult result) {

    /** The metrics reported at each staffing: the targets' (each once, in order), then the cost. */
    public List<String> metrics() {
        List<String> m = new ArrayList<>();
        for (Target t : plan.targets()) {
            if (!m.contains(t.metric())) {
                m.add(t.metric());
            }
        }
        if (!m.contains(COST)) {
            m.add(COST);
        }
        return m;
    }

    /** The annual cost metric. */
    public static final String COST = Metric.COST_PER_YEAR.id();

    /** The targets on a metric, e.g. "resolution_rate>=0.95", joined by "; "; "" when none. */
    public String targetsOn(String metric) {
        return String.join("; ", plan.targets().stream().filter(t -> t.metric().equals(metric)).map(Target::text).toList());
    }

    /** Whether every target on the metric is met by the estimate (true when there is none). */
    public boolean metOn(String metric, Estimate e) {
        return plan.targets().stream().filter(t -> t.metric().equals(metric)).allMatch(t -> t.metBy(e));
    }

    public Scenario base() {
        return scenarios.base().scenario();
    }

    /** What the group's head count means in the scenario's terms: households per worker, or staff per 100k residents. */
    public double perUnit(StaffGroup g, int count) {
        return g.gridWorkers() ? (double) base().city().households() / count : count * 100_000.0 / base().city().residents();
    }

    /** The name of {@link #perUnit}. */
    public static String perUnitName(StaffGroup g) {
        return g.gridWorkers() ? "households_per_worker" : "staff_per_100k_residents";
    }
}
