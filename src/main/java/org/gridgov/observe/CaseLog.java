package org.gridgov.observe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gridgov.model.Issue;
import org.gridgov.model.events.IssueOccurredListener;

/** Keeps every issue of the run, in order of occurrence, for the per-case output. */
public final class CaseLog implements IssueOccurredListener {
    private final List<Issue> issues = new ArrayList<>();

    @Override
    public void issueOccurred(double time, Issue issue) {
        issues.add(issue);
    }

    public List<Issue> issues() {
        return Collections.unmodifiableList(issues);
    }
}
