package org.gridgov.observe;

import java.util.Arrays;

/**
 * Where a run's measured window starts. With a given warm-up the start is known before the run. Otherwise it
 * is chosen after the run, from the data, among candidate days: every fifth day up to mid-run, the cut
 * points of MSER-5 (section 8.1). Observers keep their sums per stretch between candidate days, so the
 * metrics of whichever start is chosen follow from the one run, without running it again.
 *
 * <p>Stretch 0 lies before the first candidate; stretch i (i >= 1) from candidate i - 1 to candidate i. The
 * window from candidate j is stretches j + 1 onward. An event at time t belongs to the stretch of the last
 * candidate at or before t (an event at the window's first hour is in it, as before).
 */
public final class MeasuredWindow {
    /** Candidate starts are this many days apart when the start is chosen from the data. */
    public static final int STEP_DAYS = 5;

    private final int[] candidates;
    private int chosen;

    private MeasuredWindow(int[] candidates) {
        this.candidates = candidates;
    }

    /** A window that starts after a warm-up known before the run. */
    public static MeasuredWindow after(int warmupDays) {
        return new MeasuredWindow(new int[] {warmupDays});
    }

    /** A window whose start is chosen after a run of {@code days} days among every fifth day up to mid-run. */
    public static MeasuredWindow toChoose(int days) {
        return toChoose(days, 0);
    }

    /**
     * A window whose start is chosen after a run of {@code days} days among every fifth day from {@code earliest}
     * (rounded up to a fifth day) to halfway from there to the end: for a scenario whose reform is complete only on
     * day {@code earliest} (docs/ODD.md 6), the window describes the city after it.
     */
    public static MeasuredWindow toChoose(int days, int earliest) {
        int first = Math.min((earliest + STEP_DAYS - 1) / STEP_DAYS * STEP_DAYS, Math.max(0, days - 1));
        int[] starts = new int[(days - first) / 2 / STEP_DAYS + 1];
        Arrays.setAll(starts, i -> first + i * STEP_DAYS);
        return new MeasuredWindow(starts);
    }

    /** The earliest day the window may start. */
    public int earliestStart() {
        return candidates[0];
    }

    /** Whether the start is chosen after the run rather than given. */
    public boolean chosenFromData() {
        return candidates.length > 1;
    }

    /** Starts the window at {@code day}, which must be one of the candidates. */
    public void startAt(int day) {
        int i = Arrays.binarySearch(candidates, day);
        if (i < 0) {
            throw new IllegalArgumentException("day " + day + " is not a candidate start " + Arrays.toString(candidates));
        }
        chosen = i;
    }

    /** The first day of the window: the warm-up's length. */
    public int startDay() {
        return candidates[chosen];
    }

    /** The window's start in model hours. */
    public double startHours() {
        return candidates[chosen] * 24.0;
    }

    int stretches() {
        return candidates.length + 1;
    }

    /** The first stretch inside the window. */
    int firstStretch() {
        return chosen + 1;
    }

    /** The stretch of an event at {@code time}: the number of candidates at or before it. */
    int stretchAt(double time) {
        if (candidates.length == 1) {
            return time >= candidates[0] * 24.0 ? 1 : 0;
        }
        double sinceFirst = time - candidates[0] * 24.0;
        return sinceFirst < 0 ? 0 : (int) Math.min(candidates.length, Math.floor(sinceFirst / (24.0 * STEP_DAYS)) + 1);
    }

    /** The start of stretch i in hours (i >= 1). */
    double stretchStartHours(int i) {
        return candidates[i - 1] * 24.0;
    }
}
