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
 * @param trustLearningRate share of the gap to full trust (or to none) one experience closes
 * @param satisfiedWithinHours a reported issue fixed and closed within this many hours of the report
 *        raises the reporter's trust; slower, unfixed or parked ones lower it
 * @param seenLearningRate share of the gap to full (or no) trust that one issue a household saw or heard of
 *        closes when the issue ends
 * @param seenFixedWithinHours an issue seen fixed within this many hours of its occurrence is a good sign
 * @param conversationsPerYear how often a household compares notes with a neighbour of its grid cell
 * @param conversationWeight share of the gap to the neighbour's trust one conversation closes
 * @param awarenessCampaignsPerYear awareness campaigns a year, evenly spaced
 * @param awarenessCampaignGain share of the remaining gap to full awareness one campaign closes
 * @param awarenessHalfLifeDays half-life of a campaign's effect
 * @param channels reporting channels by name with their reach (share of residents who would use it)
 */
public record ResidentParams(
        @Lever(position = 70, label = "Resident awareness (mean)", low = 0, high = 1, part = "mean",
                fixedDuringRun = "it draws each household's own awareness at the start; to raise awareness during"
                        + " a run, schedule residents.awareness_campaigns_per_year or community_organisations.vitality")
        Beta awareness,
        @Lever(position = 80, label = "Resident trust (mean)", low = 0, high = 1, part = "mean",
                fixedDuringRun = "it draws each household's trust at the start, which then moves with what the"
                        + " household sees (docs/ODD.md 7.23); schedule the reforms that earn trust instead")
        Beta trust,
        @Param(unit = "clock hours", min = 0, max = 10_000, minExclusive = true, source = "assumption: within a day",
                meaning = "Mean delay from an issue becoming latent to a witness's report reaching the platform.")
        double reportDelayHours,
        @Param(unit = "reports per household-year, before channel access", min = 0, max = 100,
                meaning = "Rate of reports that are not valid issues.")
        double invalidReportsPerHouseholdYear,
        @Param(unit = "share of the gap", min = 0, max = 1,
                meaning = "Share of the gap to full (or no) trust that one outcome of a household's report closes.")
        double trustLearningRate,
        @Param(unit = "clock hours", min = 0, max = 100_000, minExclusive = true,
                meaning = "A report fixed and closed within this time satisfies the reporter.")
        double satisfiedWithinHours,
        @Param(unit = "share of the gap", min = 0, max = 1,
                source = "assumption: with about 12 issues seen a household a year, the gap to the level halves in about a year",
                meaning = "Share of the gap to full (or no) trust that one issue a household saw or heard of closes when it ends.")
        double seenLearningRate,
        @Param(unit = "clock hours", min = 0, max = 100_000, minExclusive = true,
                source = "calibrated: Q City as found keeps its initial mean trust of 0.4 (docs/ODD.md 7.23)",
                meaning = "An issue seen fixed within this time of its occurrence is a good sign; slower, unfixed or parked, a bad one.")
        double seenFixedWithinHours,
        @Param(unit = "conversations a household-year", min = 0, max = 365, source = "assumption: about monthly",
                meaning = "How often a household compares notes with a neighbour of its grid cell.")
        double conversationsPerYear,
        @Param(unit = "share of the gap", min = 0, max = 1, source = "assumption",
                meaning = "Share of the gap to the neighbour's trust that one conversation closes.")
        double conversationWeight,
        @Lever(position = 210, label = "Awareness campaigns a year", low = 0, high = 12, wholeSteps = true)
        @Param(unit = "campaigns a year", min = 0, max = 365, source = "Q City: weak awareness; none in the baseline",
                meaning = "Awareness campaigns, the first at t = 0, then evenly spaced.")
        double awarenessCampaignsPerYear,
        @Param(unit = "share of the gap", min = 0, max = 1,
                meaning = "Share of the remaining gap to full awareness one campaign closes.")
        double awarenessCampaignGain,
        @Param(unit = "days", min = 0, max = 100_000, minExclusive = true,
                meaning = "Half-life of a campaign's effect.")
        double awarenessHalfLifeDays,
        @Lever(position = 90, label = "Channel reach", low = 0, high = 1)
        @Param(unit = "share of residents", min = 0, max = 1, entry = "reach",
                meaning = "Share of residents who can and would use the channel.")
        Map<String, Double> channels) implements java.io.Serializable {

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
