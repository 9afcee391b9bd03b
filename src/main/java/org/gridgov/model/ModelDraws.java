package org.gridgov.model;

import org.gridgov.rng.KeyedStream;
import org.gridgov.rng.RandomStreams;

/**
 * The keyed random streams of the case process, one per purpose. Each draw is keyed by the issue (or
 * worker) and by how many times that step has happened to it, so a case gets the same effort, delays
 * and outcomes in every scenario whatever the order of events: common random numbers.
 */
final class ModelDraws implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    final KeyedStream reporting;
    final KeyedStream detection;
    final KeyedStream onSpot;
    final KeyedStream effort;
    final KeyedStream routing;
    final KeyedStream returns;
    final KeyedStream defects;
    final KeyedStream verification;
    final KeyedStream filingDelay;
    final KeyedStream dispatchDelay;
    final KeyedStream feedbackDelay;
    final KeyedStream closingDelay;
    final KeyedStream returnDelay;
    final KeyedStream redispatchDelay;
    final KeyedStream extraDuty;
    final KeyedStream crossDepartment;
    final KeyedStream coordinationDelay;
    final KeyedStream crossReturns;
    final KeyedStream turnover;
    final KeyedStream volunteerSessions;
    final KeyedStream volunteerFixes;
    final KeyedStream volunteerHomes;
    final KeyedStream volunteerPlaces;
    final KeyedStream partnerEffort;
    final KeyedStream publicity;
    final KeyedStream triage;
    final KeyedStream cannotHandle;
    final KeyedStream callbacks;

    ModelDraws(RandomStreams streams) {
        reporting = streams.keyed("reporting");
        detection = streams.keyed("detection");
        onSpot = streams.keyed("on-spot");
        effort = streams.keyed("effort");
        routing = streams.keyed("routing");
        returns = streams.keyed("returns");
        defects = streams.keyed("defects");
        verification = streams.keyed("verification");
        filingDelay = streams.keyed("filing-delay");
        dispatchDelay = streams.keyed("dispatch-delay");
        feedbackDelay = streams.keyed("feedback-delay");
        closingDelay = streams.keyed("closing-delay");
        returnDelay = streams.keyed("return-delay");
        redispatchDelay = streams.keyed("redispatch-delay");
        extraDuty = streams.keyed("extra-duty");
        crossDepartment = streams.keyed("cross-department");
        coordinationDelay = streams.keyed("coordination-delay");
        crossReturns = streams.keyed("cross-returns");
        turnover = streams.keyed("turnover");
        volunteerSessions = streams.keyed("volunteer-sessions");
        volunteerFixes = streams.keyed("volunteer-fixes");
        volunteerHomes = streams.keyed("volunteer-homes");
        volunteerPlaces = streams.keyed("volunteer-places");
        partnerEffort = streams.keyed("partner-effort");
        publicity = streams.keyed("publicity");
        triage = streams.keyed("triage");
        cannotHandle = streams.keyed("cannot-handle");
        callbacks = streams.keyed("callbacks");
    }
}
