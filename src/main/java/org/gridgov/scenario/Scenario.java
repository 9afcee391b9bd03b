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
        @Param(unit = "text", allowed = "1-80 letters of any script, digits, . _ -, starting with a letter or digit",
                ifAbsent = "the scenario file's name without .yaml", source = "convention",
                meaning = "Scenario name; names the output folder.")
        String name,
        @Param(unit = "text", allowed = "any text; optional", ifAbsent = "\"\"", source = "convention",
                meaning = "Free description, copied into summary.json.")
        String description,
        SimulationParams simulation,
        CityParams city,
        ResidentParams residents,
        GridWorkerParams gridWorkers,
        PlatformParams platform,
        Map<String, DepartmentParams> departments,
        Map<String, CaseType> caseTypes,
        @Param(key = "community_organisations", unit = "-", meaning = "Community self-governing organisations.")
        CommunityParams community,
        VolunteerParams volunteers,
        NgoParams ngos,
        PartyBuildingParams partyBuilding,
        CoordinationParams coordination,
        FundingParams funding,
        OwnershipParams componentOwnership,
        PublicReportParams publicReports) {

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
