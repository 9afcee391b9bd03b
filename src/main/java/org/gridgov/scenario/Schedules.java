package org.gridgov.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.config.MapNode;
import org.gridgov.config.Merge;
import org.gridgov.config.Node;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;
import org.gridgov.config.Section;

/**
 * Finds the schedules in a merged scenario tree (docs/ODD.md 6): a mapping written where a parameter takes a
 * value, {@code {on_day: D, to: V}} (a step on day D) or {@code {ramp: [D1, D2], to: V}} (daily steps from D1 to
 * D2), with an optional {@code from} (else the value the schedule replaced, see {@link Merge#over}). Each is
 * checked against the parameter's declaration and replaced by its value on a given day, so that the scenario of
 * any day is read and checked like any other.
 */
final class Schedules {
    static final String ON_DAY = "on_day";
    static final String RAMP = "ramp";
    private static final String SYNTAX = "{on_day: D, to: V} or {ramp: [D1, D2], to: V}, with from: V0 optional";

    private final List<Change> changes = new ArrayList<>();
    /** For each change, its key path as tree keys. */
    private final List<String[]> keys = new ArrayList<>();
    /** Refused schedules, by key path as tree keys, and the value read in their place (so it is reported once). */
    private final Map<String[], Node> refused = new LinkedHashMap<>();

    private Schedules() {
    }

    /** Reads and checks every schedule in {@code tree}, reporting problems to {@code ctx}. */
    static Schedules find(MapNode tree, ReadContext ctx) {
        Schedules found = new Schedules();
        for (Parameter p : ParameterCatalogue.all()) {
            found.visit(tree, p, p.path().split("\\."), 0, "", ctx);
        }
        return found;
    }

    List<Change> changes() {
        return changes;
    }

    /**
     * {@code tree} with each schedule replaced by its value on {@code day}, and each refused one by its
     * {@code to} (or {@code from}) as written, which is then checked as the parameter's one value.
     */
    MapNode on(MapNode tree, int day) {
        MapNode out = tree;
        for (Map.Entry<String[], Node> r : refused.entrySet()) {
            out = replace(out, r.getKey(), 0, r.getValue());
        }
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            out = replace(out, keys.get(i), 0, new ScalarNode(c.written(day), false, false, c.source()));
        }
        return out;
    }

    private void visit(Node node, Parameter p, String[] pattern, int depth, String path, ReadContext ctx) {
        if (!(node instanceof MapNode map)) {
            return;
        }
        if (depth == pattern.length) {
            read(map, p, path, ctx);
            return;
        }
        if (pattern[depth].equals("*")) {
            map.entries().forEach((name, child) -> visit(child, p, pattern, depth + 1, join(path, name), ctx));
        } else {
            visit(map.get(pattern[depth]), p, pattern, depth + 1, join(path, pattern[depth]), ctx);
        }
    }

    /** A schedule where {@code p} takes a value; refused, with the reason, for a parameter that keeps its value. */
    private void read(MapNode schedule, Parameter p, String path, ReadContext ctx) {
        if (!p.schedulable()) {
            ctx.report(schedule.source(), path, null, "cannot change during a run: " + p.fixedDuringRun()
                    + "; give one value");
            refuse(schedule, path);
            return;
        }
        Section s = Section.at(schedule, path, ctx);
        int before = ctx.problems().size();
        int[] days = days(s, ctx, ": " + SYNTAX, "a schedule is " + SYNTAX);
        if (s.has(RAMP) && !s.has(ON_DAY) && p.type() == boolean.class) {
            s.problem(RAMP, "a flag cannot ramp: it switches on one day, {on_day: D, to: true}");
        }
        int first = days == null ? 0 : days[0];
        int last = days == null ? 0 : days[1];
        double from = value(s, Merge.FROM, p);
        double to = value(s, Merge.TO, p);
        s.node(ON_DAY);
        s.node(RAMP);
        s.finish();
        if (ctx.problems().size() == before) {
            changes.add(new Change(path, schedule.source(), p.type() == Double.class ? double.class : p.type(),
                    from, to, first, last));
            keys.add(path.split("\\."));
        } else {
            refuse(schedule, path);
        }
    }

    /**
     * When a change happens, as a schedule or an experiment's {@code phase_in} writes it: {@code on_day: D} (first
     * and last day D) or {@code ramp: [D1, D2]} with D1 before D2; null, with the problem reported, otherwise.
     *
     * @param bothSuffix what follows "give either on_day or ramp, not both" when both are given
     * @param missing what follows "missing; " when neither is
     */
    static int[] days(Section s, ReadContext ctx, String bothSuffix, String missing) {
        int before = ctx.problems().size();
        boolean step = s.has(ON_DAY);
        boolean ramp = s.has(RAMP);
        if (step && ramp) {
            s.problem(RAMP, "give either on_day or ramp, not both" + bothSuffix);
            return null;
        }
        if (step) {
            int day = s.integer(ON_DAY, 0, SimulationParams.MAX_DAYS - 1);
            return ctx.problems().size() == before ? new int[] {day, day} : null;
        }
        if (!ramp) {
            s.problem(ON_DAY, "missing; " + missing);
            return null;
        }
        List<Long> days = s.integers(RAMP, 0, SimulationParams.MAX_DAYS - 1);
        if (ctx.problems().size() == before && (days.size() != 2 || days.get(0) >= days.get(1))) {
            s.problem(RAMP, "must be two days [first, last] with first before last, e.g. [365, 545], not " + days);
        }
        return ctx.problems().size() == before ? new int[] {days.get(0).intValue(), days.get(1).intValue()} : null;
    }

    /**
     * The scenario is read with a refused schedule's {@code from} (the value it replaced), else its {@code to},
     * in its place, so that the problem is reported once, not again as "found a mapping".
     */
    private void refuse(MapNode schedule, String path) {
        Node instead = schedule.get(Merge.FROM) instanceof ScalarNode ? schedule.get(Merge.FROM) : schedule.get(Merge.TO);
        if (instead instanceof ScalarNode) {
            refused.put(path.split("\\."), instead);
        }
    }

    /** One end of a schedule, checked like the parameter's own value. */
    private static double value(Section s, String key, Parameter p) {
        if (!s.has(key)) {
            s.problem(key, "missing; a schedule is " + SYNTAX);
            s.node(key);
            return 0;
        }
        if (p.type() == boolean.class) {
            return s.flag(key) ? 1 : 0;
        }
        if (p.whole()) {
            return s.longInteger(key, (long) p.min(), (long) p.max());
        }
        return p.minExclusive() ? s.positive(key, p.max()) : s.number(key, p.min(), p.max());
    }

    private static MapNode replace(MapNode map, String[] keys, int i, Node value) {
        Map<String, Node> copy = new LinkedHashMap<>(map.entries());
        copy.put(keys[i], i == keys.length - 1 ? value : replace((MapNode) map.get(keys[i]), keys, i + 1, value));
        return new MapNode(copy, map.source());
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
