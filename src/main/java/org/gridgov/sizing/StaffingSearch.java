package org.gridgov.sizing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the smallest staffing that meets every target with confidence, by replicated simulation.
 *
 * <p>One group: start at the warm start; if it meets the targets, step down, else up, by a step that doubles
 * each time (starting near the square root of the count, the scale of staffing's safety margin), until the
 * targets' verdict changes; then bisect between the last failing and the first passing count until they are
 * neighbours on the group's ladder of attainable counts. The answer is the passing neighbour, and the failing
 * one below it is evaluated by construction (unless the answer is the lower bound of the search).
 *
 * <p>Several groups (coordinate-wise): first raise every group together by half, from their warm starts, until
 * the targets are met (or every group is at its upper bound: then nothing in the bounds meets them). Then
 * size one group at a time with the others fixed, in turn, over and over until a whole pass changes nothing.
 * Each step starts from a staffing that meets the targets and can only lower a count, so the search ends; it
 * ends at a staffing where no single group can lose one step and still meet the targets. That is the
 * coordinate-wise minimum; cheaper mixes that trade one group against another may exist.
 *
 * <p>Bisection assumes that more staff never makes a target worse; common random numbers make that hold run by
 * run in all but rare cases, and each staffing is simulated once, so the verdicts are consistent.
 */
public final class StaffingSearch {

    /** Told of each staffing evaluated, in order. */
    public interface Listener {
        void evaluated(Evaluation e, boolean meets);
    }

    private final Evaluator evaluator;
    private final List<Target> targets;
    private final double confidence;
    private final Map<StaffGroup, List<Integer>> ladders;
    private final Listener listener;
    /** Every staffing simulated, in the order asked for, with its verdict. */
    private final Map<Staffing, Evaluation> evaluated = new LinkedHashMap<>();
    private final Map<Staffing, Boolean> verdicts = new LinkedHashMap<>();

    /**
     * @param ladders each sized group's attainable head counts within the search bounds, increasing, not empty
     */
    public StaffingSearch(Evaluator evaluator, List<Target> targets, double confidence,
            Map<StaffGroup, List<Integer>> ladders, Listener listener) {
        if (targets.isEmpty() || ladders.isEmpty() || ladders.values().stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("need targets and non-empty ladders");
        }
        this.evaluator = evaluator;
        this.targets = List.copyOf(targets);
        this.confidence = confidence;
        this.ladders = new LinkedHashMap<>(ladders);
        this.listener = listener;
    }

    /**
     * Sizes the groups of {@code start} (its counts are the warm starts, moved onto the ladders); with one
     * group, that group alone, with several, coordinate-wise.
     */
    public SizingResult run(Staffing start) throws InterruptedException {
        Staffing s = start;
        for (StaffGroup g : start.groups()) {
            s = s.with(g, ladder(g).get(nearest(g, s.count(g))));
        }
        if (s.groups().size() == 1) {
            StaffGroup g = s.groups().get(0);
            Staffing found = sizeOne(s, g);
            return result(found != null ? found : s.with(g, last(g)), found != null, 1);
        }
        Staffing feasible = raiseTogether(s);
        if (feasible == null) {
            Staffing top = s;
            for (StaffGroup g : s.groups()) {
                top = top.with(g, last(g));
            }
            return result(top, false, 0);
        }
        int passes = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            passes++;
            for (StaffGroup g : feasible.groups()) {
                Staffing next = sizeOne(feasible, g);
                if (!next.equals(feasible)) {
                    feasible = next;
                    changed = true;
                }
            }
        }
        return result(feasible, true, passes);
    }

    /** Whether the staffing meets every target with confidence (simulating it if new). */
    public boolean meets(Staffing s) throws InterruptedException {
        Boolean known = verdicts.get(s);
        if (known != null) {
            return known;
        }
        Evaluation e = evaluator.evaluate(s);
        boolean ok = meetsAll(e);
        verdicts.put(s, ok);
        evaluated.put(s, e);
        listener.evaluated(e, ok);
        return ok;
    }

    /** Whether every target is met with confidence; an unstable staffing meets none, whatever its means say. */
    public boolean meetsAll(Evaluation e) {
        if (!e.instability().isEmpty()) {
            return false;
        }
        for (Target t : targets) {
            if (!t.metBy(e.estimate(t.metric(), confidence))) {
                return false;
            }
        }
        return true;
    }

    /** The smallest count of {@code g} that meets the targets, the others as in {@code base}; null if none does. */
    private Staffing sizeOne(Staffing base, StaffGroup g) throws InterruptedException {
        List<Integer> ladder = ladder(g);
        int at = nearest(g, base.count(g));
        int step = Math.max(1, (int) Math.round(Math.sqrt(ladder.get(at))));
        int fail;
        int pass;
        if (meets(base.with(g, ladder.get(at)))) {
            pass = at;
            fail = -1;
            while (pass > 0) {
                int down = Math.max(0, pass - step);
                if (meets(base.with(g, ladder.get(down)))) {
                    pass = down;
                    step *= 2;
                } else {
                    fail = down;
                    break;
                }
            }
            if (fail < 0) {
                return base.with(g, ladder.get(0));
            }
        } else {
            fail = at;
            pass = -1;
            while (fail < ladder.size() - 1) {
                int up = Math.min(ladder.size() - 1, fail + step);
                if (meets(base.with(g, ladder.get(up)))) {
                    pass = up;
                    break;
                }
                fail = up;
                step *= 2;
            }
            if (pass < 0) {
                return null;
            }
        }
        while (pass - fail > 1) {
            int mid = (pass + fail) >>> 1;
            if (meets(base.with(g, ladder.get(mid)))) {
                pass = mid;
            } else {
                fail = mid;
            }
        }
        return base.with(g, ladder.get(pass));
    }

    /** Raises every group by half (at least one step) until the targets are met; null if not even at the bounds. */
    private Staffing raiseTogether(Staffing s) throws InterruptedException {
        while (!meets(s)) {
            Staffing next = s;
            for (StaffGroup g : s.groups()) {
                List<Integer> ladder = ladder(g);
                int at = nearest(g, s.count(g));
                int up = Math.max(at + 1, nearest(g, (int) Math.ceil(s.count(g) * 1.5)));
                next = next.with(g, ladder.get(Math.min(ladder.size() - 1, up)));
            }
            if (next.equals(s)) {
                return null;
            }
            s = next;
        }
        return s;
    }

    private SizingResult result(Staffing recommended, boolean feasible, int passes) throws InterruptedException {
        meets(recommended);
        Map<StaffGroup, Evaluation> below = new LinkedHashMap<>();
        if (feasible) {
            for (StaffGroup g : recommended.groups()) {
                int i = nearest(g, recommended.count(g));
                if (i > 0) {
                    Staffing lower = recommended.with(g, ladder(g).get(i - 1));
                    meets(lower); // known already, except in a coordinate-wise search that never needed it
                    below.put(g, evaluated.get(lower));
                }
            }
        }
        return new SizingResult(recommended, feasible, evaluated.get(recommended), below,
                List.copyOf(evaluated.values()), passes, targets, confidence);
    }

    private List<Integer> ladder(StaffGroup g) {
        List<Integer> l = ladders.get(g);
        if (l == null) {
            throw new IllegalArgumentException(g.key() + " has no ladder");
        }
        return l;
    }

    private int last(StaffGroup g) {
        List<Integer> l = ladder(g);
        return l.get(l.size() - 1);
    }

    /** Index of the smallest ladder count at or above {@code count}, else the last. */
    private int nearest(StaffGroup g, int count) {
        List<Integer> l = ladder(g);
        int i = Collections.binarySearch(l, count);
        return i >= 0 ? i : Math.min(-i - 1, l.size() - 1);
    }
}
