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
        double filingDelayHours,
        double dispatchDelayHours,
        double urgentDelayFactor,
        double dispatchAccuracy,
        double feedbackDelayHours,
        double closingDelayHours,
        double redispatchDelayHours,
        int bounceLimit,
        double parkAfterDays,
        double dataSharing) {
}
