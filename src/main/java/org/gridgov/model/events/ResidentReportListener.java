package org.gridgov.model.events;

import org.gridgov.model.Issue;

/** A resident household's report of a real issue reached the platform (new or duplicate). */
@FunctionalInterface
public interface ResidentReportListener {
    void residentReported(double time, Issue issue, int household, String channel);
}
