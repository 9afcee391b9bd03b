package org.gridgov.scenario;

/**
 * How long to simulate and with which master seed.
 *
 * @param days simulated days
 * @param seed master seed from which every named random stream is derived
 * @param warmupDays days at the start excluded from the metrics, so they describe the steady state; {@link #WARMUP_FROM_DATA}
 *        (the default) lets MSER-5 choose them after the run from its daily open cases
 */
public record SimulationParams(
        @Param(unit = "days", min = 1, max = MAX_DAYS, meaning = "Simulated days; the run ends at 24 x days hours.",
                source = "assumption: one year, the period of the published annual figures")
        int days,
        @Param(unit = "-", meaning = "Master seed from which every random stream is derived.", source = "convention")
        long seed,
        @Param(unit = "days", min = WARMUP_FROM_DATA, max = MAX_DAYS - 1,
                meaning = "Days at the start left out of the metrics; -1: chosen after the run by MSER-5 on daily open"
                        + " cases.",
                source = "White (1997), MSER truncation rule; the city starts with no open cases")
        int warmupDays) implements java.io.Serializable {

    /** simulation.warmup_days' value asking for the warm-up to be chosen from the data. */
    public static final int WARMUP_FROM_DATA = -1;

    /** The longest run, in days: simulation.days' maximum, which the command-line options share. */
    public static final int MAX_DAYS = 36_500;
}
