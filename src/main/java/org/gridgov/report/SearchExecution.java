package org.gridgov.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When and how a search (a calibration, an optimisation) ran: the one part of its outputs that differs between two
 * runs of the same search, kept in the manifest's {@code execution} section.
 */
public record SearchExecution(String started, String finished, double wallSeconds, int threads) {

    /** A search started at {@code started} and finishing now, after {@code wallSeconds}. */
    public static SearchExecution since(Instant started, double wallSeconds, int threads) {
        return new SearchExecution(started.truncatedTo(ChronoUnit.MILLIS).toString(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), wallSeconds, threads);
    }

    /** The manifest's section. */
    public Map<String, Object> map() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("started", started);
        e.put("finished", finished);
        e.put("wall_seconds", wallSeconds);
        e.put("threads", threads);
        return e;
    }
}
