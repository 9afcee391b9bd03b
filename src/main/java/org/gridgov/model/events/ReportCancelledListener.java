package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** The supervision centre cancelled a report at filing: an invalid report (issue null) or a duplicate of a known issue. */
@FunctionalInterface
public interface ReportCancelledListener {
    void reportCancelled(double time, Issue issue, String channel, CancelReason reason);
}
