package org.gridgov.gui;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.model.ActorKind;
import org.gridgov.model.Issue;

/** One case's steps through the loop as they happened, each with its time, for the case inspector. */
final class CaseHistory {
    /** One step: when, and what happened. */
    record Step(double time, String what) {
        @Override
        public String toString() {
            return TimeText.at(time) + "  " + what;
        }
    }

    private final Issue issue;
    private final List<Step> steps = new ArrayList<>();

    /** Starts a history when the case is filed, with the steps before filing taken from the case file. */
    CaseHistory(Issue issue) {
        this.issue = issue;
        add(issue.occurredAt(), "occurred (" + issue.type().spec().label() + ")");
        add(issue.discoveredAt(), discovery(issue.channel()));
    }

    /** Who found the issue, by its discovery channel. */
    static String discovery(String channel) {
        // A switch expression: the compiler checks that every kind is handled.
        return switch (ActorKind.discoveredThrough(channel)) {
            case GRID_WORKER -> "found by the grid worker on patrol";
            case VOLUNTEER -> "found by a volunteer";
            case RESIDENT -> "reported by a resident (" + channel + ")";
            case DEPARTMENT, NGO, COMMUNITY_ORGANISATION, PARTY_BRANCH, OUTSIDE_OWNER ->
                    throw new IllegalStateException("discovered through " + channel);
        };
    }

    Issue issue() {
        return issue;
    }

    void add(double time, String what) {
        steps.add(new Step(time, what));
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    /** One line for a list of cases: number, type and where it stands. */
    String summary() {
        return "#" + issue.id() + "  " + issue.type().spec().label() + "  (" + state() + ")";
    }

    private String state() {
        return issue.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The case file and its history, one item a line. */
    String describe() {
        StringBuilder b = new StringBuilder()
                .append("Case ").append(issue.id()).append(": ").append(issue.type().spec().label()).append('\n')
                .append("State: ").append(state()).append('\n')
                .append("Deadline: ").append(TimeText.at(issue.deadline()))
                .append(issue.onTime() ? " (met)" : "").append('\n')
                .append("Handled by: ").append(issue.handler() == null ? "-" : issue.handler()).append('\n')
                .append("Returned as \"not ours\": ").append(issue.bounces()).append(" times; reworked: ")
                .append(issue.reworks()).append(" times\n\n");
        for (Step s : steps) {
            b.append(s).append('\n');
        }
        return b.toString();
    }
}
