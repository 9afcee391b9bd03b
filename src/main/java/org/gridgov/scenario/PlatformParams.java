package org.gridgov.scenario;

/**
 * The information platform with its supervision centre (filing, verification requests, closing) and
 * command centre (dispatch, re-dispatch). Delays are means of exponential distributions, in clock hours.
 *
 * @param filingDelayHours report received to case filed
 * @param dispatchDelayHours case filed to dispatched to a unit
 * @param urgentDelayFactor multiplier on filing and dispatch delays for urgent cases
 * @param dispatchAccuracy probability that a dispatch reaches the responsible unit
 * @param feedbackDelayHours unit's handling done to verification requested
 * @param closingDelayHours verification passed to case closed
 * @param redispatchDelayHours a returned case back at the command centre to dispatched again
 * @param bounceLimit returns a case may have; the next return parks it
 * @param parkAfterDays age after which a waiting case is parked in the problem bank
 * @param dataSharing 0..1: how much case data departments share, shortening the passing-on of
 *        cross-department cases
 */
public record PlatformParams(
        @Lever(position = 30, label = "Platform filing delay (h)", low = 0, high = 24)
        @Param(unit = "clock hours", min = 0, max = 10_000,
                source = "assumption: standard 30 min with dispatch; Q City lags",
                meaning = "Mean delay from a report reaching the supervision centre to the case being filed.")
        double filingDelayHours,
        @Lever(position = 40, label = "Platform dispatch delay (h)", low = 0, high = 24)
        @Param(unit = "clock hours", min = 0, max = 10_000, source = "assumption: as the filing delay",
                meaning = "Mean delay from filing (or a failed verification) to dispatch.")
        double dispatchDelayHours,
        @Param(unit = "factor", min = 0, max = 1, source = "Taiyuan standard: 10 min urgent vs 30 min normal",
                meaning = "Multiplies the filing and dispatch delays of urgent cases.")
        double urgentDelayFactor,
        @Lever(position = 50, label = "Dispatch accuracy", low = 0, high = 1)
        @Param(unit = "probability", min = 0, max = 1, source = "Dongcheng: 98%; lower for Q City (assumption)",
                meaning = "Probability that a dispatch to a department reaches the responsible one.")
        double dispatchAccuracy,
        @Param(unit = "clock hours", min = 0, max = 10_000,
                meaning = "Mean delay from a unit's handling to the verification task reaching the grid worker.", schedulable = true)
        double feedbackDelayHours,
        @Param(unit = "clock hours", min = 0, max = 10_000,
                meaning = "Mean delay from a passed verification to closing.", schedulable = true)
        double closingDelayHours,
        @Param(unit = "clock hours", min = 0, max = 10_000,
                meaning = "Mean delay from a returned case reaching the command centre to its re-dispatch.", schedulable = true)
        double redispatchDelayHours,
        @Param(unit = "returns", min = 0, max = 1_000, meaning = "Returns tolerated; the next return parks the case.")
        int bounceLimit,
        @Param(unit = "days", min = 0, max = SimulationParams.MAX_DAYS, minExclusive = true,
                source = "assumption: two months",
                meaning = "Age since filing after which a waiting case is parked at the daily review.")
        double parkAfterDays,
        @Lever(position = 120, label = "Data sharing between departments", low = 0, high = 1)
        @Param(unit = "level 0-1", min = 0, max = 1, source = "Q City: barriers between departments; assumption",
                meaning = "Case data shared between departments; shortens passing cross-department cases on.")
        double dataSharing) implements java.io.Serializable {
}
