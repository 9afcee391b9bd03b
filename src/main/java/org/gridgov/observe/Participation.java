package org.gridgov.observe;

import java.util.Arrays;

import org.gridgov.model.Issue;
import org.gridgov.model.events.ResidentReportListener;

/** Which households reported an issue at least once in the window. */
public final class Participation implements ResidentReportListener {
    private final MeasuredWindow window;
    /** Each household's last report, in model hours; -infinity if none (a household reported in the window iff it is after the start). */
    private double[] lastReport = new double[0];
    private final Tally reports;

    public Participation(MeasuredWindow window) {
        this.window = window;
        this.reports = new Tally(window);
    }

    @Override
    public void residentReported(double time, Issue issue, int household, String channel) {
        if (household >= lastReport.length) {
            int size = lastReport.length;
            lastReport = Arrays.copyOf(lastReport, Math.max(household + 1, 2 * size));
            Arrays.fill(lastReport, size, lastReport.length, Double.NEGATIVE_INFINITY);
        }
        lastReport[household] = time;
        reports.add(time);
    }

    /** Households that reported at least once. */
    public int reportingHouseholds() {
        double from = window.startHours();
        int count = 0;
        for (double t : lastReport) {
            count += t >= from ? 1 : 0;
        }
        return count;
    }

    /** Reports of real issues by residents, duplicates included. */
    public long reports() {
        return (long) reports.inWindow();
    }
}
