package org.gridgov.scenario;

import java.util.List;

/**
 * One kind of NGO with specialised capacity.
 *
 * @param name key in the scenario
 * @param label human-readable name
 * @param caseTypes case types it can handle
 * @param purchaseShare share of the NGO purchase budget spent on this organisation
 * @param maxHoursPer100kResidents service hours a year it can supply in a fully favourable environment
 * @param shift when its staff work
 * @param effortFactor its handling effort relative to a department's (below 1: specialised, faster)
 * @param defectRate probability that its handling does not fix the issue
 */
public record NgoOrganisation(
        String name,
        String label,
        List<String> caseTypes,
        double purchaseShare,
        double maxHoursPer100kResidents,
        Shift shift,
        double effortFactor,
        double defectRate) {

    public NgoOrganisation {
        caseTypes = List.copyOf(caseTypes);
    }
}
