package org.gridgov.gui;

import java.util.concurrent.Executor;

import org.gridgov.model.events.DayEndedListener;

/**
 * Once a simulated day, on the model's thread: widens the map's colour ranges, reads the day's numbers
 * into an immutable {@link DayPoint} and hands it to the charts through {@code deliver} (the Swing thread
 * in the GUI). Registered after the run's measurement, so the day's numbers are complete.
 */
final class DayFeed implements DayEndedListener {
    private final LiveRun run;
    private final Executor deliver;
    private final LiveCharts charts;

    DayFeed(LiveRun run, Executor deliver, LiveCharts charts) {
        this.run = run;
        this.deliver = deliver;
        this.charts = charts;
    }

    @Override
    public void dayEnded(int day, double time) {
        send(day);
    }

    /**
     * Sends the last day again once the run has ended: the work still in progress at the end is reported
     * after the last day ends, and the charts should end where the run's metrics do.
     */
    void runEnded() {
        send(run.model().days() - 1);
    }

    private void send(int day) {
        run.scales().grow(run);
        DayPoint point = DayPoint.of(run, day);
        deliver.execute(() -> charts.add(point));
    }
}
