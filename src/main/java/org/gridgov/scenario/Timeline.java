package org.gridgov.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.gridgov.config.InputException;
import org.gridgov.config.Problem;

/**
 * The scheduled changes of a scenario (docs/ODD.md 6) and the scenario in force from each day on which a value
 * changes. Immutable; a scenario without schedules has {@link #NONE}. The scenarios in force are complete and
 * validated like any other, and have no timeline of their own.
 */
public final class Timeline implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** No scheduled change. */
    public static final Timeline NONE = new Timeline(List.of(), new TreeMap<>());

    private final List<Change> changes;
    private final NavigableMap<Integer, Scenario> inForce;

    /**
     * @param changes the schedules, in the order written
     * @param inForce the scenario in force from each day on which some value changes
     */
    Timeline(List<Change> changes, NavigableMap<Integer, Scenario> inForce) {
        this.changes = List.copyOf(changes);
        this.inForce = Collections.unmodifiableNavigableMap(new TreeMap<>(inForce));
    }

    /** The schedules, in the order written. */
    public List<Change> changes() {
        return changes;
    }

    /** True when nothing is scheduled. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The days on which some value changes, in order (a schedule to the value it had changes nothing). */
    public List<Integer> changeDays() {
        return List.copyOf(inForce.keySet());
    }

    /** The first day of the earliest schedule, or -1 when nothing is scheduled: where a reform starts. */
    public int firstDay() {
        return changes.stream().mapToInt(Change::firstDay).min().orElse(-1);
    }

    /** The scenario in force on {@code day}: the last one that took effect on or before it, else {@code start}. */
    Scenario inForceOn(Scenario start, int day) {
        var entry = inForce.floorEntry(day);
        return entry == null ? start : entry.getValue();
    }

    /**
     * Schedules that do not finish inside a run of {@code days} days: each of their days must be from 0 to
     * {@code days - 1}. The run's length is known only when a run is set up (an experiment or {@code --days} may
     * change it), so the commands check this, not the scenario reader.
     */
    public List<Problem> problemsInRunOf(int days) {
        List<Problem> problems = new ArrayList<>();
        for (Change c : changes) {
            if (c.lastDay() >= days) {
                String when = c.step() ? "its day" : "both its days";
                problems.add(new Problem(c.source(), c.path(), c.describe(), "the change must happen inside the run: "
                        + when + " from 0 to " + (days - 1) + " (the run has " + days + " days)"));
            }
        }
        return problems;
    }

    /**
     * Checks that every schedule finishes inside a run of {@code days} days.
     *
     * @throws InputException listing the schedules that do not
     */
    public void checkRunOf(int days) throws InputException {
        List<Problem> problems = problemsInRunOf(days);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timeline t && changes.equals(t.changes) && inForce.equals(t.inForce);
    }

    @Override
    public int hashCode() {
        return changes.hashCode();
    }

    @Override
    public String toString() {
        return changes.isEmpty() ? "no schedules" : changes.toString();
    }
}
