package org.gridgov.scenario;

import java.util.Map;

/**
 * Residents: how aware of the reporting system and how trusting households are, and the channels they
 * can report through.
 *
 * @param awareness distribution over households of awareness (0..1) of how and where to report
 * @param trust distribution over households of trust (0..1) that a report will be acted on
 * @param reportDelayHours mean delay between noticing an issue and reporting it
 * @param invalidReportsPerHouseholdYear reports that turn out not to be valid issues, per household-year
 *        among households that can reach a channel
 * @param channels reporting channels by name with their reach (share of residents who would use it)
 * @param trustLearningRate share of the gap to full trust (or to none) one experience closes
 * @param satisfiedWithinHours a reported issue fixed and closed within this many hours of the report
 *        raises the reporter's trust; slower, unfixed or parked ones lower it
 * @param awarenessCampaignsPerYear awareness campaigns a year, evenly spaced
 * @param awarenessCampaignGain share of the remaining gap to full awareness one campaign closes
 * @param awarenessHalfLifeDays half-life of a campaign's effect
 */
public record ResidentParams(
        Beta awareness,
        Beta trust,
        double reportDelayHours,
        double invalidReportsPerHouseholdYear,
        Map<String, Double> channels,
        double trustLearningRate,
        double satisfiedWithinHours,
        double awarenessCampaignsPerYear,
        double awarenessCampaignGain,
        double awarenessHalfLifeDays) {

    public ResidentParams {
        channels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(channels));
    }

    /** Probability that a resident who wants to report can reach at least one channel. */
    public double channelAccess() {
        double none = 1;
        for (double reach : channels.values()) {
            none *= 1 - reach;
        }
        return 1 - none;
    }
}
