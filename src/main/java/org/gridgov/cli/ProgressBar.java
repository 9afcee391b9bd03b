package org.gridgov.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.gridgov.experiment.ExperimentRunner;
import org.gridgov.experiment.RunRecord;

/**
 * Shows how far the runs have got, on stderr: redrawn in place on a terminal, or a plain line every
 * {@link #PERIOD_NANOS} (and at the end) when stderr goes to a file or a pipe.
 */
final class ProgressBar implements ExperimentRunner.Listener {
    private static final long PERIOD_NANOS = 10_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final int threads;
    private long start;
    private long lastLine;
    private int toRun;
    private int done;

    ProgressBar(PrintWriter err, boolean terminal, int threads) {
        this.err = err;
        this.terminal = terminal;
        this.threads = threads;
    }

    /** A resumed experiment tells the time left before it starts, from the run times of the runs it has. */
    @Override
    public synchronized void started(int toRun, int inSlice, double journalSecondsPerRun) {
        this.toRun = toRun;
        done = 0; // a search runs batch after batch, each started afresh
        start = System.nanoTime();
        lastLine = start;
        if (inSlice > toRun) {
            err.printf(Locale.ROOT, "%d of %d runs are already in the journal; running the other %d%s%n",
                    inSlice - toRun, inSlice, toRun, toRun == 0 || Double.isNaN(journalSecondsPerRun) ? ""
                            : ", about " + clock(journalSecondsPerRun * toRun / Math.min(threads, toRun))
                                    + " (from the run times in the journal)");
        }
        err.flush();
    }

    @Override
    public synchronized void runFinished(RunRecord record) {
        done++;
        long now = System.nanoTime();
        if (terminal) {
            err.print("\r" + line(now) + "  ");
            if (done == toRun) {
                err.println();
            }
        } else if (now - lastLine >= PERIOD_NANOS || done == toRun) {
            err.println(line(now));
            lastLine = now;
        }
        err.flush();
    }

    private String line(long now) {
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        int filled = toRun == 0 ? WIDTH : (int) ((long) WIDTH * done / toRun);
        String bar = terminal ? "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " : "";
        String left = done == toRun ? "done in " + clock(seconds) : "about " + clock((toRun - done) / rate) + " left";
        return String.format(Locale.ROOT, "%sruns %d/%d (%d%%)  %.1f runs/min  %s", bar, done, toRun,
                toRun == 0 ? 100 : 100L * done / toRun, 60 * rate, left);
    }

    /** h:mm:ss or m:ss. */
    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
