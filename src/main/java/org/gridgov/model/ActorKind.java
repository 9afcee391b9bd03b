package org.gridgov.model;

import org.gridgov.scenario.CaseType;

/**
 * Who an actor of the model is. Every member of staff, handling unit and local resolver declares its kind,
 * and observers and outputs classify through it (with exhaustive switches or the kind's own properties),
 * so a new kind of actor is declared here once instead of being recognised by class or name in each output.
 */
public enum ActorKind {
    /** A grid worker: patrols, fixes on the spot, verifies, and handles the case types assigned to the grid. */
    GRID_WORKER(CaseType.GRID_WORKER, "grid worker", true, false, true, "patrol"),
    /** A functional department's staff, handling the cases dispatched to it. */
    DEPARTMENT("department", "department", true, false, true, null),
    /** A social organisation whose services are bought: it handles cases dispatched to it. */
    NGO("ngo", "NGO", true, false, true, null),
    /** A community self-governing organisation: settles issues before they become cases. */
    COMMUNITY_ORGANISATION("self_governance", "community organisation", false, true, false, null),
    /** A grid party branch: escalates overdue cases and convenes departments for cross-department ones. */
    PARTY_BRANCH("party_branch", "party branch", false, false, false, null),
    /** A resident volunteer: finds issues on sessions, fixes minor ones, reports the rest. */
    VOLUNTEER("volunteer", "volunteer", false, true, false, "volunteer"),
    /** A resident household reporting through one of the platform's channels. */
    RESIDENT("resident", "resident", false, false, false, null),
    /**
     * The owner of a component outside the platform (a utility or property company): it fixes the cases
     * handed to it to its own timetable, with staff the city neither sees nor accounts for.
     */
    OUTSIDE_OWNER("outside_owner", "outside owner", true, false, false, null);

    /** values() copies the array at each call; discoveredThrough runs at every discovery. */
    private static final ActorKind[] ALL = values();

    private final String label;
    private final String displayName;
    private final boolean takesDispatchedCases;
    private final boolean resolvesLocally;
    private final boolean accountsWorkingHours;
    private final String discoveryChannel;

    ActorKind(String label, String displayName, boolean takesDispatchedCases, boolean resolvesLocally,
            boolean accountsWorkingHours, String discoveryChannel) {
        this.label = label;
        this.displayName = displayName;
        this.takesDispatchedCases = takesDispatchedCases;
        this.resolvesLocally = resolvesLocally;
        this.accountsWorkingHours = accountsWorkingHours;
        this.discoveryChannel = discoveryChannel;
    }

    /** The name in outputs: {@code staff_type} in workload files, the handler of locally resolved issues. */
    public String label() { return label; }

    /** The name for people (GUI, reports). */
    public String displayName() { return displayName; }

    /** Whether the command centre dispatches cases to actors of this kind. */
    public boolean takesDispatchedCases() { return takesDispatchedCases; }

    /** Whether actors of this kind resolve issues before they become cases. */
    public boolean resolvesLocally() { return resolvesLocally; }

    /** Whether actors of this kind are staff whose working hours are accounted for (in workload files). */
    public boolean accountsWorkingHours() { return accountsWorkingHours; }

    /**
     * The discovery channel of issues this kind finds itself (patrol, volunteers' sessions), or null when it
     * finds none of its own; residents report through the platform's named channels.
     */
    public String discoveryChannel() { return discoveryChannel; }

    /** Who discovered an issue found through {@code channel}: the kind owning the channel, else a resident. */
    public static ActorKind discoveredThrough(String channel) {
        for (ActorKind k : ALL) {
            if (k.discoveryChannel != null && k.discoveryChannel.equals(channel)) {
                return k;
            }
        }
        return RESIDENT;
    }

    /**
     * The kind with this output label.
     *
     * @throws IllegalArgumentException if no kind has it
     */
    public static ActorKind ofLabel(String label) {
        for (ActorKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no kind of actor is labelled '" + label + "'");
    }
}
