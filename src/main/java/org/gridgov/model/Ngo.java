package org.gridgov.model;

import java.util.HashSet;
import java.util.Set;

import org.gridgov.model.time.WorkCalendar;
import org.gridgov.scenario.NgoOrganisation;

/**
 * A social organisation whose services the government buys: it handles the case types it specialises
 * in, with the staff the purchase pays for. It takes only cases dispatched to it, so it never returns one.
 */
public final class Ngo extends HandlingUnit {
    private static final long serialVersionUID = 1L;

    private final NgoOrganisation params;
    private final Set<String> caseTypes;
    private double purchasedHours;

    Ngo(GridModel model, NgoOrganisation params, WorkCalendar calendar, int posts, double purchasedHours) {
        super(model, params.name(), calendar, posts);
        this.params = params;
        this.caseTypes = new HashSet<>(params.caseTypes());
        this.purchasedHours = purchasedHours;
    }

    public NgoOrganisation params() { return params; }
    /** Service hours a year bought from this organisation. */
    public double purchasedHoursPerYear() { return purchasedHours; }

    boolean handles(IssueType type) {
        return caseTypes.contains(type.name());
    }

    /** A scheduled reform changes what the city buys (docs/ODD.md 6). */
    void staffChanged(int posts, double hoursBought, double now) {
        purchasedHours = hoursBought;
        staffTo(posts, now);
    }

    /** Takes a new case while its queue is short: one waiting case per member of staff at most. */
    boolean hasRoom() {
        return openPosts() > 0 && queueLength() < openPosts();
    }

    @Override public ActorKind kind() { return ActorKind.NGO; }
    @Override double returnRate() { return 0; }
    @Override double returnDelayHours() { return 0; }
    @Override double defectRate() { return params.defectRate(); }
    @Override double effortFactor() { return params.effortFactor(); }

    @Override
    public String toString() {
        return "NGO " + name();
    }
}
