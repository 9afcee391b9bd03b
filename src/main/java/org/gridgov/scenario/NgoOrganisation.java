package org.gridgov.scenario;

import java.util.List;

/**
 * One kind of NGO with specialised capacity.
 *
 * @param name key in the scenario
 * @param caseTypes case types it can handle
 * @param label human-readable name
 * @param purchaseShare share of the NGO purchase budget spent on this organisation
 * @param maxHoursPer100kResidents service hours a year it can supply in a fully favourable environment
 * @param shift when its staff work
 * @param effortFactor its handling effort relative to a department's (below 1: specialised, faster)
 * @param defectRate probability that its handling does not fix the issue
 */
public record NgoOrganisation(
        @EntryName
        String name,
        @Param(unit = "list of case-type keys", allowed = "case types of the scenario",
                meaning = "Case types the organisation handles.")
        List<String> caseTypes,
        @Param(unit = "text", source = "naming", meaning = "Human-readable name (outputs use the key).")
        String label,
        @Param(unit = "share of the budget", min = 0, max = 1,
                meaning = "Share of the NGO purchase budget spent on this organisation.")
        double purchaseShare,
        @Param(unit = "service hours a year per 100,000 residents", min = 0, max = 1e9,
                meaning = "Hours the organisation can supply in a fully favourable environment.")
        double maxHoursPer100kResidents,
        Shift shift,
        @Param(unit = "factor", min = 0, max = 100, minExclusive = true,
                meaning = "Handling effort relative to the case type's effort (a department's factor is 1).")
        double effortFactor,
        @Param(unit = "probability", min = 0, max = 0.99,
                meaning = "Probability that a handling does not fix the issue.")
        double defectRate) implements java.io.Serializable {

    public NgoOrganisation {
        caseTypes = List.copyOf(caseTypes);
    }
}
