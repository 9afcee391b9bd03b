package org.gridgov.observe;

import java.util.BitSet;

import org.gridgov.model.Issue;
import org.gridgov.model.events.ResidentReportListener;

/** Which households reported an issue at least once in the window. */
public final class Participation implements ResidentReportListener {
    private final double from;
    private final BitSet reporters = new BitSet();
    private long reports;

    public Participation(double from) {
        this.from = from;
    }

    @Override
    public void residentReported(double time, Issue issue, int household, String channel) {
        if (time >= from) {
            reporters.set(household);
            reports++;
        }
    }

    /** Households that reported at least once. */
    public int reportingHouseholds() {
        return reporters.cardinality();
    }

    /** Reports of real issues by residents, duplicates included. */
    public long reports() {
        return reports;
    }
}
