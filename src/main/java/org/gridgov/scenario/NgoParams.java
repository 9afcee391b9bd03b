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
        boolean participationMechanism,
        double environment,
        double purchasePer100kResidents,
        double hourlyRate,
        Map<String, NgoOrganisation> organisations) {

    public NgoParams {
        organisations = Collections.unmodifiableMap(new LinkedHashMap<>(organisations));
    }
}
