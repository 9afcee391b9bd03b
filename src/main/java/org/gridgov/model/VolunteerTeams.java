package org.gridgov.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.gridgov.rng.AliasTable;
import org.gridgov.rng.Draws;
import org.gridgov.scenario.VolunteerParams;

/**
 * Volunteer service teams. Residents join at a rate set by team building and stay for an exponential time
 * whose mean grows with recognition, so the number of volunteers settles at recruitment / quit rate.
 * Each volunteer patrols in sessions, at random times that average the weekly hours, mostly in the home cell and
 * with the away share in a cell next to it: a session adds the volunteer detection factor to the cell's patrol
 * effort; what it finds the volunteer fixes on the spot when the issue is minor enough, or reports through the
 * volunteers' own channel
 * ({@link ActorKind#discoveryChannel()}).
 */
final class VolunteerTeams implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final GridModel model;
    private final VolunteerParams params;
    private final MersenneTwisterFast random;
    private final AliasTable homes;
    private final List<GridCell> cells;
    private final int residents;
    private final List<Volunteer> volunteers = new ArrayList<>();
    private final double meanSessionGapHours;
    private double meanStayHours;
    private PoissonArrivals recruits;
    private int active;

    VolunteerTeams(GridModel model, VolunteerParams params, MersenneTwisterFast random, AliasTable homes,
            List<GridCell> cells, int residents) {
        this.model = model;
        this.params = params;
        this.random = random;
        this.homes = homes;
        this.cells = cells;
        this.residents = residents;
        // Sessions start on average every sessionHours x 168 / hoursPerWeek hours: the gap after a session
        // ends is that cycle less the session itself, so the weekly hours hold.
        this.meanSessionGapHours = params.hoursPerWeek() > 0
                ? Math.max(0, params.sessionHours() * 168 / params.hoursPerWeek() - params.sessionHours())
                : Double.POSITIVE_INFINITY;
        this.meanStayHours = meanStayHours(params);
    }

    private static double meanStayHours(VolunteerParams p) {
        double quits = p.effectiveQuitsPerYear();
        return quits > 0 ? 24 * 365.0 / quits : Double.POSITIVE_INFINITY;
    }

    private double recruitsPerHour(VolunteerParams p) {
        return p.effectiveRecruitmentPer1000ResidentsYear() * residents / 1000.0 / (24 * 365.0);
    }

    /**
     * A scheduled reform changed team building or recognition (docs/ODD.md 6): recruits come at the new rate,
     * and each volunteer's remaining stay is rescaled to the new mean, which for an exponential stay is an exact
     * draw at the new rate that needs no draw of its own.
     */
    void inForce(VolunteerParams p, double now) {
        recruits.rate(recruitsPerHour(p), now);
        double stay = meanStayHours(p);
        if (stay == meanStayHours) {
            return;
        }
        double old = meanStayHours;
        meanStayHours = stay;
        for (Volunteer v : volunteers) {
            if (v.active) {
                scheduleLeave(v, old == Double.POSITIVE_INFINITY || stay == Double.POSITIVE_INFINITY
                        ? now + Draws.exponential(model.draws.volunteerHomes.uniform(v.number(), 3), stay)
                        : now + (v.leaveAt - now) * stay / old);
            }
        }
    }

    List<Volunteer> volunteers() {
        return Collections.unmodifiableList(volunteers);
    }

    int active() {
        return active;
    }

    /** The initial volunteers join at time 0, as an event, so that observers see them join. */
    void start(int initial) {
        model.at(0, t -> {
            for (int i = 0; i < initial; i++) {
                join(0);
            }
        });
        recruits = new PoissonArrivals(model, recruitsPerHour(params), random, this::join);
        recruits.start(0);
    }

    /**
     * A resident joins. Where the n-th volunteer lives and how long they stay are keyed by n, so that a
     * scenario with more recruits shares its first volunteers with one with fewer (common random numbers).
     */
    private void join(double now) {
        int number = volunteers.size() + 1;
        GridCell home = cells.get(homes.sample(model.draws.volunteerHomes.uniform(number, 0),
                model.draws.volunteerHomes.uniform(number, 1)));
        Volunteer v = new Volunteer(number, home, now);
        volunteers.add(v);
        active++;
        model.neighbourhood().volunteerJoined(home);
        model.bus.volunteerJoined(now, v);
        scheduleLeave(v, now + Draws.exponential(model.draws.volunteerHomes.uniform(number, 2), meanStayHours));
        scheduleSession(v, now);
    }

    /** The volunteer leaves at {@code at} (never, for an infinite time), unless rescheduled before then. */
    private void scheduleLeave(Volunteer v, double at) {
        int mine = ++v.leaveGeneration;
        v.leaveAt = at;
        if (at == Double.POSITIVE_INFINITY) {
            return;
        }
        model.at(at, t -> {
            if (mine != v.leaveGeneration) {
                return;
            }
            v.active = false;
            active--;
            model.neighbourhood().volunteerLeft(v.home());
            model.bus.volunteerLeft(t, v);
        });
    }

    private void scheduleSession(Volunteer v, double now) {
        if (meanSessionGapHours == Double.POSITIVE_INFINITY) {
            return;
        }
        int k = v.sessions++;
        double start = now + Draws.exponential(model.draws.volunteerSessions.uniform(v.number(), k),
                meanSessionGapHours);
        double end = start + params.sessionHours();
        model.at(end, t -> {
            if (!v.active) {
                return;
            }
            model.bus.volunteerSession(start, t, v);
            for (Issue issue : sessionCell(v, k).sweepCompleted(params.detectionFactor())) {
                found(issue, t);
            }
            scheduleSession(v, t);
        });
    }

    /**
     * Where the volunteer's k-th session is: a cell next to home with the away share (one at random), else home.
     * Keyed by volunteer and session, so the choice does not move other draws.
     */
    private GridCell sessionCell(Volunteer v, int k) {
        double away = model.inForce().volunteers().awayShare();
        int[] next = model.city().distances().neighbours(v.home().id());
        if (away <= 0 || next.length == 0 || model.draws.volunteerPlaces.uniform(v.number(), 2 * k) >= away) {
            return v.home();
        }
        int pick = (int) (model.draws.volunteerPlaces.uniform(v.number(), 2 * k + 1) * next.length);
        return cells.get(next[Math.min(pick, next.length - 1)]);
    }

    /** A volunteer fixes what is minor enough and reports the rest. */
    private void found(Issue issue, double now) {
        issue.discover(ActorKind.VOLUNTEER.discoveryChannel(), now);
        double fixShare = issue.type.spec().onSpotShare() * params.fixShare();
        if (model.draws.volunteerFixes.uniform(issue.key, 0) < fixShare) {
            model.resolveLocally(issue, ActorKind.VOLUNTEER, now);
        } else {
            model.supervision.reportReceived(issue, now);
        }
    }
}
