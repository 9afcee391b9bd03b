package org.gridgov.model;

import org.gridgov.rng.Draws;
import org.gridgov.rng.KeyedStream;
import org.gridgov.rng.RandomStreams;
import org.gridgov.scenario.CommunityParams;

/**
 * The community self-governing organisations (residents' and owners' committees, one per community, all
 * alike): they take up some issues as they occur and try to settle them before they become cases. A
 * settlement that fails leaves the issue latent, for patrols and residents to find. Each decision has its
 * own keyed stream, keyed by the issue and drawn at the mediation's round.
 */
final class CommunityOrganisations implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** What the organisations are, in outputs. */
    static final ActorKind KIND = ActorKind.COMMUNITY_ORGANISATION;

    private final GridModel model;
    private final KeyedStream takeUp;
    private final KeyedStream mediationTime;
    private final KeyedStream settlement;

    CommunityOrganisations(GridModel model, RandomStreams streams) {
        this.model = model;
        this.takeUp = streams.keyed("community-take-up");
        this.mediationTime = streams.keyed("community-mediation-time");
        this.settlement = streams.keyed("community-settlement");
    }

    /** The parameters in force now (a scheduled reform may change them, docs/ODD.md 6). */
    private CommunityParams params() {
        return model.inForce().community();
    }

    /**
     * Whether the organisation takes up a new issue: with probability vitality x the type's self-governance
     * share (nothing is drawn when that is 0).
     */
    boolean takesUp(Issue issue) {
        double p = params().vitality() * issue.type.spec().selfGovernanceShare();
        return p > 0 && takeUp.uniform(issue.key, 0) < p;
    }

    /** The organisation tries to settle the issue locally; if that fails it is latent again. */
    void mediate(Issue issue, double now) {
        int k = issue.takeUpForMediation(now);
        double at = now + Draws.exponential(mediationTime.uniform(issue.key, k), params().mediationHours());
        boolean works = settlement.uniform(issue.key, k) < params().mediationSuccess();
        model.at(at, t -> {
            if (works) {
                model.resolveLocally(issue, KIND, t);
            } else {
                issue.mediationFailed(t);
                model.becomeLatent(issue, t);
            }
        });
    }
}
