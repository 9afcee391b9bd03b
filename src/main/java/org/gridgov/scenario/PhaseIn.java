package org.gridgov.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.Merge;
import org.gridgov.config.Node;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;
import org.gridgov.config.Section;
import org.gridgov.config.Source;

/**
 * When the reform a scenario file describes takes effect (docs/ODD.md 6): every value the file sets that differs
 * from the baseline's is scheduled to take effect on {@code firstDay}, or to ramp from the baseline's value
 * between {@code firstDay} and {@code lastDay}, so that one reform file serves both as the city after the reform
 * and as the reform phased in from a given day. An experiment's {@code phase_in} applies it to each design point
 * but the baseline.
 *
 * @param firstDay the day the reform starts (from 0)
 * @param lastDay the day it is complete: {@code firstDay} for a reform that takes effect at once
 * @param source where the phase-in was written, for messages
 * @param baseline the baseline's value of every parameter, by key path (as {@code validate} shows them); a
 *     parameter the baseline does not have starts from its least value (a channel the city did not have)
 */
public record PhaseIn(int firstDay, int lastDay, Source source, Map<String, String> baseline) implements java.io.Serializable {

    /** Run settings, which describe the run rather than the city, are not phased in. */
    private static final String RUN_SETTINGS = "simulation";

    public PhaseIn {
        baseline = Map.copyOf(baseline);
    }

    /** A phase-in whose reforms start from the defaults (until {@link #from} gives a baseline). */
    public PhaseIn(int firstDay, int lastDay, Source source) {
        this(firstDay, lastDay, source, Map.of());
    }

    /** The same phase-in, from the given baseline's values. */
    public PhaseIn from(Map<String, String> baselineValues) {
        return new PhaseIn(firstDay, lastDay, source, baselineValues);
    }

    /** The section of run settings a key path lies in, or null for a parameter of the city and its governance. */
    public static String runSetting(String path) {
        return path.equals("name") || path.equals("description") || path.equals(RUN_SETTINGS)
                || path.startsWith(RUN_SETTINGS + ".") ? path : null;
    }

    /** Whether two values as written are the same: numerically for numbers, else as text. */
    public static boolean sameValue(String a, String b) {
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    /**
     * Reads an experiment's {@code phase_in}: {@code {on_day: D}} or {@code {ramp: [D1, D2]}}, the days checked as a
     * schedule's are; null, with the problems reported, when it is wrong.
     */
    public static PhaseIn read(Section p, ReadContext ctx) {
        int before = ctx.problems().size();
        int[] days = Schedules.days(p, ctx, "", "phase_in is {on_day: D} (every reform from day D) or"
                + " {ramp: [D1, D2]} (growing from day D1 to day D2)");
        p.finish();
        return days != null && ctx.problems().size() == before ? new PhaseIn(days[0], days[1], p.source()) : null;
    }

    /** {@code {on_day: 365}} or {@code {ramp: [365, 545]}}, as the phase-in reads in messages. */
    public String describe() {
        return firstDay == lastDay ? "{on_day: " + firstDay + "}" : "{ramp: [" + firstDay + ", " + lastDay + "]}";
    }

    /**
     * The layer a scenario file (or a design point's settings) lays over the defaults, with each value of a
     * parameter that may change during a run replaced by its schedule. A value already scheduled in the file keeps
     * its own timing; a value of a parameter that cannot change during a run is a problem, because the reform
     * would otherwise be in force from day 0 in part. A value new to {@code base} (a channel the city did not
     * have) starts from the parameter's least value, which for a share such as a channel's reach means none.
     */
    MapNode apply(MapNode layer, MapNode base, ReadContext ctx) {
        return (MapNode) walk(layer, base, "", ctx);
    }

    private Node walk(Node node, Node base, String path, ReadContext ctx) {
        if (node instanceof MapNode map) {
            if (runSetting(path) != null || isSchedule(map)) {
                return map;
            }
            Map<String, Node> out = new LinkedHashMap<>();
            map.entries().forEach((key, child) -> out.put(key, walk(child,
                    base instanceof MapNode b ? b.get(key) : null, path.isEmpty() ? key : path + "." + key, ctx)));
            return new MapNode(out, map.source());
        }
        if (!(node instanceof ScalarNode value) || value.isNull() || runSetting(path) != null) {
            return node;
        }
        Parameter p;
        try {
            p = ParameterCatalogue.get(path);
        } catch (IllegalArgumentException unknown) {
            return node; // the scenario reader reports the unknown key, with a suggestion
        }
        String was = baseline.get(path);
        if (was != null && sameValue(was, value.text())) {
            return node; // as in the baseline: nothing changes
        }
        if (!p.schedulable()) {
            ctx.report(value.source(), path, value.text(), "cannot be phased in with phase_in " + describe() + ": "
                    + p.fixedDuringRun() + " (from " + source.describe() + ")");
            return node;
        }
        Map<String, Node> schedule = new LinkedHashMap<>();
        Source at = value.source();
        if (firstDay == lastDay || p.type() == boolean.class) {
            // A flag switches on the first day: it cannot ramp.
            schedule.put(Schedules.ON_DAY, new ScalarNode(Integer.toString(firstDay), false, false, at));
        } else {
            schedule.put(Schedules.RAMP, new ListNode(List.of(new ScalarNode(Integer.toString(firstDay), false, false, at),
                    new ScalarNode(Integer.toString(lastDay), false, false, at)), at));
        }
        if (was != null) {
            schedule.put(Merge.FROM, new ScalarNode(was, false, false, at));
        } else if (!(base instanceof ScalarNode) && !p.minExclusive()) {
            schedule.put(Merge.FROM, new ScalarNode(ScenarioReader.show(p.min()), false, false, at));
        }
        schedule.put(Merge.TO, value);
        return new MapNode(schedule, at);
    }

    private static boolean isSchedule(MapNode map) {
        return map.get(Schedules.ON_DAY) != null || map.get(Schedules.RAMP) != null;
    }
}
