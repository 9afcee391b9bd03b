package org.gridgov.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.gridgov.model.events.DayEndedListener;

/**
 * A long run's progress on a terminal: the simulated day, the share done and the time left, redrawn in place on
 * stderr. It appears only once the run has taken {@link #SHOW_AFTER_NANOS}, so a short run prints nothing, and
 * {@link #done} clears it. It only reads the day's end: the run is the same with or without it.
 */
final class DayProgress implements DayEndedListener {
    static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    private static final long PERIOD_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final int days;
    private final LongSupplier clock;
    private final long start;
    private long last;
    private int width;

    DayProgress(PrintWriter err, int days, LongSupplier clock) {
        this.err = err;
        this.days = days;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public void dayEnded(int day, double time) {
        long now = clock.getAsLong();
        int done = day + 1;
        if (now - start < SHOW_AFTER_NANOS || now - last < PERIOD_NANOS || done >= days) {
            return;
        }
        last = now;
        double elapsed = (now - start) / 1e9;
        String line = String.format(Locale.ROOT, "day %d of %d (%d%%), about %s left", done, days, 100L * done / days,
                ProgressBar.clock(elapsed / done * (days - done)));
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Clears the line, if anything was shown. */
    void done() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
