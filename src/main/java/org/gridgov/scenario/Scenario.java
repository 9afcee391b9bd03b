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
 * <p>Levers (and a few other parameters) may change during a run on a schedule (docs/ODD.md 6): the values
 * of the record are those in force at the start, and {@link #timeline} holds every change and the scenario in
 * force from each day a value changes ({@link #inForceOn}).
 *
 * @param departments functional departments by name, in declaration order
 * @param caseTypes case types by name, in declaration order
 * @param timeline the scheduled changes; {@link Timeline#NONE} when nothing changes during a run
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
        PublicReportParams publicReports,
        Timeline timeline) implements java.io.Serializable {

    public Scenario {
        Objects.requireNonNull(name);
        Objects.requireNonNull(timeline);
        departments = Collections.unmodifiableMap(new LinkedHashMap<>(departments));
        caseTypes = Collections.unmodifiableMap(new LinkedHashMap<>(caseTypes));
    }

    /** The scenario in force on {@code day} (from 0): this one until the first scheduled change. */
    public Scenario inForceOn(int day) {
        return timeline.inForceOn(this, day);
    }

    /** The days on which a scheduled change takes effect, in order (none without schedules). */
    public List<Integer> changeDays() {
        return timeline.changeDays();
    }

    /** This scenario with the given schedules. */
    Scenario withTimeline(Timeline t) {
        return new Scenario(name, description, simulation, city, residents, gridWorkers, platform, departments,
                caseTypes, community, volunteers, ngos, partyBuilding, coordination, funding, componentOwnership,
                publicReports, t);
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
