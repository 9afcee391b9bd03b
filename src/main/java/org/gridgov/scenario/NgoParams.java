package org.gridgov.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Social organisations (NGOs) and the mechanism through which they take part: the government buys their
 * services. Without the mechanism they take no cases. The service hours they can supply grow with the
 * policy environment; the hours actually bought are limited by the purchase budget.
 *
 * @param participationMechanism whether the command centre may dispatch cases to NGOs (purchase of services)
 * @param environment 0..1: how favourable the policy environment is to NGOs' development
 * @param purchasePer100kResidents annual budget for buying NGO services, CNY per 100,000 residents
 * @param hourlyRate price of one NGO service hour, CNY
 * @param organisations the NGOs by name
 */
public record NgoParams(
        @Lever(position = 150, label = "NGO participation mechanism (0 off, 1 on)", low = 0, high = 1)
        @Param(unit = "flag", source = "Q City: no participation mechanism for NGOs",
                meaning = "Whether the government buys NGO services; without it NGOs take no cases.")
        boolean participationMechanism,
        @Lever(position = 170, label = "Policy environment for NGOs", low = 0, high = 1)
        @Param(unit = "level 0-1", min = 0, max = 1, source = "Q City: weak development of NGOs",
                meaning = "Policy environment for NGO development: caps the hours each organisation can supply.")
        double environment,
        @Lever(position = 160, label = "NGO purchases (CNY a year per 100k)", low = 0, high = 3_000_000,
                wholeSteps = true)
        @Param(unit = "CNY a year per 100,000 residents", min = 0, max = 1e12,
                source = "Q City: no purchase of services",
                meaning = "Budget for buying NGO service hours.")
        double purchasePer100kResidents,
        @Param(unit = "CNY per service hour", min = 0, max = 1e6, minExclusive = true,
                meaning = "Price of one NGO service hour.")
        double hourlyRate,
        Map<String, NgoOrganisation> organisations) implements java.io.Serializable {

    public NgoParams {
        organisations = Collections.unmodifiableMap(new LinkedHashMap<>(organisations));
    }
}
