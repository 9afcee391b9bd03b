package org.gridgov.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One complete, validated and immutable simulation scenario: what the city is like and how its grid
 * governance system works. Built only by {@link ScenarioReader}, which checks every value, so the model
 * can trust it.
 *
 * @param departments functional departments by name, in declaration order
 * @param caseTypes case types by name, in declaration order
 */
public record Scenario(
        String name,
        String description,
        SimulationParams simulation,
        CityParams city,
        ResidentParams residents,
        GridWorkerParams gridWorkers,
        PlatformParams platform,
        Map<String, DepartmentParams> departments,
        Map<String, CaseType> caseTypes,
        CommunityParams community,
        VolunteerParams volunteers,
        NgoParams ngos,
        PartyBuildingParams partyBuilding,
        CoordinationParams coordination,
        FundingParams funding) {

    public Scenario {
        Objects.requireNonNull(name);
        departments = Collections.unmodifiableMap(new LinkedHashMap<>(departments));
        caseTypes = Collections.unmodifiableMap(new LinkedHashMap<>(caseTypes));
    }

    /** Case types in declaration order. */
    public List<CaseType> caseTypeList() {
        return List.copyOf(caseTypes.values());
    }

    /** Departments in declaration order. */
    public List<DepartmentParams> departmentList() {
        return List.copyOf(departments.values());
    }
}
