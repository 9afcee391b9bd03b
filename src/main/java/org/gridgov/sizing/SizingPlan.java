package org.gridgov.sizing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridgov.config.DidYouMean;
import org.gridgov.experiment.MetricNames;
import org.gridgov.scenario.Scenario;

/**
 * A checked sizing request: the targets (on metrics the scenario produces), the groups to size, each group's
 * ladder of attainable head counts within the search bounds, and the warm starts.
 */
public record SizingPlan(List<Target> targets, double confidence, List<StaffGroup> groups,
        Map<StaffGroup, List<Integer>> ladders, Map<StaffGroup, WarmStart> warmStarts) {

    /** Default upper bound: this many times the larger of the scenario's count and the warm start. */
    static final int DEFAULT_HEADROOM = 4;
    /** Default upper bound at least this, so that small groups have room. */
    static final int DEFAULT_MIN_UPPER = 10;

    /**
     * Checks everything; the first problem found is reported.
     *
     * @param targetTexts the --target values as written
     * @param forText     the --for value: grid-workers, department:NAME or all
     * @param minStaff    --min-staff, or null for 1
     * @param maxStaff    --max-staff, or null for the default
     */
    public static SizingPlan check(Scenario s, List<String> targetTexts, double confidence, String forText,
            Integer minStaff, Integer maxStaff) throws SizingException {
        if (!(confidence > 0.5 && confidence < 1)) {
            throw new SizingException("--confidence must be more than 0.5 and less than 1 (e.g. 0.95), got " + confidence);
        }
        if (targetTexts.isEmpty()) {
            throw new SizingException("give at least one --target, e.g. --target 'resolution_rate>=0.95'");
        }
        List<String> metrics = MetricNames.of(s);
        List<Target> targets = new ArrayList<>();
        for (String text : targetTexts) {
            Target t = Target.parse(text);
            t.checkMetric(metrics);
            if (targets.stream().anyMatch(o -> o.metric().equals(t.metric()) && o.atLeast() == t.atLeast())) {
                throw new SizingException("--target '" + text + "': " + t.metric() + (t.atLeast() ? " >=" : " <=")
                        + " is given twice; keep one");
            }
            targets.add(t);
        }
        List<StaffGroup> groups = groups(s, forText);
        if (minStaff != null && minStaff < 1) {
            throw new SizingException("--min-staff must be 1 or more, got " + minStaff);
        }
        if (maxStaff != null && maxStaff < 1) {
            throw new SizingException("--max-staff must be 1 or more, got " + maxStaff);
        }
        if (minStaff != null && maxStaff != null && maxStaff < minStaff) {
            throw new SizingException("--max-staff (" + maxStaff + ") must not be less than --min-staff (" + minStaff + ")");
        }
        Map<StaffGroup, List<Integer>> ladders = new LinkedHashMap<>();
        Map<StaffGroup, WarmStart> warm = new LinkedHashMap<>();
        for (StaffGroup g : groups) {
            WarmStart w = WarmStart.of(s, g, targets);
            warm.put(g, w);
            int largest = g.largest(s);
            int min = minStaff != null ? minStaff : 1;
            int max = maxStaff != null ? maxStaff
                    : Math.min(largest, Math.max(Math.max(DEFAULT_MIN_UPPER, min), DEFAULT_HEADROOM * Math.max(g.count(s), w.count())));
            if (max > largest || min > largest) {
                throw new SizingException((maxStaff != null && max > largest ? "--max-staff " + max : "--min-staff " + min)
                        + " is more than the " + g.label() + " can be: " + limit(s, g, largest));
            }
            List<Integer> ladder = g.ladder(s, min, max);
            if (ladder.isEmpty()) {
                throw new SizingException("no number of " + g.label() + " from " + min + " to " + max + " can be set exactly"
                        + " (households per worker is a whole number); widen --min-staff and --max-staff");
            }
            ladders.put(g, ladder);
        }
        return new SizingPlan(List.copyOf(targets), confidence, groups, ladders, warm);
    }

    private static String limit(Scenario s, StaffGroup g, int largest) {
        if (g.gridWorkers()) {
            return "households_per_worker is at least " + StaffGroup.MIN_HOUSEHOLDS_PER_WORKER + ", so at most " + largest
                    + " workers for " + s.city().households() + " households";
        }
        return "staff_per_100k_residents is at most " + (int) StaffGroup.MAX_STAFF_PER_100K + ", so at most " + largest
                + " staff for " + s.city().residents() + " residents";
    }

    /** The groups named by --for. */
    static List<StaffGroup> groups(Scenario s, String forText) throws SizingException {
        Set<String> departments = s.departments().keySet();
        if (forText.equals("grid-workers")) {
            return List.of(StaffGroup.GRID_WORKERS);
        }
        if (forText.equals("all")) {
            List<StaffGroup> all = new ArrayList<>(List.of(StaffGroup.GRID_WORKERS));
            departments.forEach(d -> all.add(StaffGroup.department(d)));
            return all;
        }
        if (forText.startsWith("department:")) {
            String name = forText.substring("department:".length());
            if (departments.contains(name)) {
                return List.of(StaffGroup.department(name));
            }
            String hint = DidYouMean.closest(name, departments).map(c -> "did you mean 'department:" + c + "'? ").orElse("");
            throw new SizingException("--for '" + forText + "': the scenario has no department '" + name + "'; " + hint
                    + "its departments are " + String.join(", ", departments));
        }
        throw new SizingException("--for '" + forText + "': must be grid-workers, department:NAME (one of "
                + String.join(", ", departments) + ") or all");
    }

    /** The warm starts as a staffing, the search's starting point. */
    public Staffing start() {
        Map<StaffGroup, Integer> counts = new LinkedHashMap<>();
        warmStarts.forEach((g, w) -> counts.put(g, w.count()));
        return new Staffing(counts);
    }
}
