package org.gridgov.gui;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.model.ActorKind;
import org.gridgov.model.CaseState;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.text.Texts;

/** One case's steps through the loop as they happened, each with its time, for the case inspector. */
final class CaseHistory {
    /** One step: when, and what happened (in the live view's language). */
    record Step(double time, String what) {
    }

    private final Issue issue;
    private final Texts t;
    private final List<Step> steps = new ArrayList<>();

    /** Starts a history when the case is filed, with the steps before filing taken from the case file. */
    CaseHistory(Issue issue, Texts t) {
        this.issue = issue;
        this.t = t;
        add(issue.occurredAt(), t.f("occurred (%s)", issue.type().spec().label()));
        add(issue.discoveredAt(), discovery(t, issue.channel()));
    }

    /** Who found the issue, by its discovery channel. */
    static String discovery(Texts t, String channel) {
        // A switch expression: the compiler checks that every kind is handled.
        return switch (ActorKind.discoveredThrough(channel)) {
            case GRID_WORKER -> t.t("found by the grid worker on patrol");
            case VOLUNTEER -> t.t("found by a volunteer");
            case RESIDENT -> t.f("reported by a resident (%s)", channel);
            case DEPARTMENT, NGO, COMMUNITY_ORGANISATION, PARTY_BRANCH, OUTSIDE_OWNER ->
                    throw new IllegalStateException("discovered through " + channel);
        };
    }

    /** A member of staff as the history names them, e.g. "grid worker 3" or "sanitation staff 2". */
    static String staff(Texts t, Staff s) {
        return switch (s.kind()) {
            case GRID_WORKER -> t.f("grid worker %d", s.number());
            case OUTSIDE_OWNER -> t.t("its owner outside the platform");
            default -> t.f("%s staff %d", s.unit(), s.number());
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
        return "#" + issue.id() + "  " + issue.type().spec().label() + "  (" + state(t, issue.state()) + ")";
    }

    /** Where a case stands. */
    static String state(Texts t, CaseState state) {
        return switch (state) {
            case LATENT -> t.t("latent");
            case IN_MEDIATION -> t.t("in mediation");
            case DISCOVERED -> t.t("discovered");
            case FILED -> t.t("filed");
            case QUEUED -> t.t("queued");
            case IN_HANDLING -> t.t("in handling");
            case RETURNING -> t.t("returning");
            case PASSED_ON -> t.t("passed on");
            case AWAITING_VERIFICATION -> t.t("awaiting verification");
            case VERIFYING -> t.t("verifying");
            case CLOSING -> t.t("closing");
            case CLOSED -> t.t("closed");
            case PARKED -> t.t("parked");
            case RESOLVED_LOCALLY -> t.t("resolved locally");
            case OWNER_CHECK -> t.t("owner check");
            case WITH_OWNER -> t.t("with owner");
        };
    }

    /** The case file and its history, one item a line. */
    String describe() {
        StringBuilder b = new StringBuilder()
                .append(t.f("Case %d: %s", issue.id(), issue.type().spec().label())).append('\n')
                .append(t.f("State: %s", state(t, issue.state()))).append('\n')
                .append(issue.onTime() ? t.f("Deadline: %s (met)", TimeText.at(t, issue.deadline()))
                        : t.f("Deadline: %s", TimeText.at(t, issue.deadline()))).append('\n')
                .append(t.f("Handled by: %s", issue.handler() == null ? "-" : issue.handler())).append('\n')
                .append(t.f("Returned as \"not ours\": %d times; reworked: %d times", issue.bounces(), issue.reworks()))
                .append("\n\n");
        for (Step s : steps) {
            b.append(TimeText.at(t, s.time())).append("  ").append(s.what()).append('\n');
        }
        return b.toString();
    }
}
