package org.gridgov.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.gridgov.config.InputException;
import org.gridgov.config.Resolved;
import org.gridgov.observe.Metrics;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenarios shipped in {@code scenarios/} load and run, and each reform scenario changes the baseline
 * in exactly the parameters, from and to exactly the values, that its header comment describes (the
 * changes are transcribed below from each header): a user comparing a reform with the baseline compares
 * what the header says, and nothing else.
 */
class ShippedScenariosTest {

    private static final Path FOLDER = Path.of("scenarios");
    private static final String BASELINE = "q-city-baseline";

    /** Each reform scenario's changes to the baseline as its header states them: key=from->to. */
    private static final Map<String, List<String>> REFORMS = reforms();

    private static Map<String, List<String>> reforms() {
        Map<String, List<String>> r = new TreeMap<>();
        r.put("community-self-governance", List.of("community_organisations.vitality=0.2->0.8"));
        r.put("department-linkage", List.of(
                "coordination.linkage=false->true",
                // "departments return half as many correctly dispatched cases as 'not ours'"
                "departments.sanitation.return_rate=0.03->0.015",
                "departments.municipal.return_rate=0.05->0.025",
                "departments.urban_management.return_rate=0.1->0.05",
                "departments.justice.return_rate=0.08->0.04",
                "departments.emergency.return_rate=0.05->0.025",
                "departments.civil_affairs.return_rate=0.08->0.04",
                "departments.police.return_rate=0.05->0.025"));
        r.put("grid-personnel", List.of(
                "grid_workers.households_per_worker=600->400",
                "grid_workers.extra_duty_share=0.3->0.1",
                "grid_workers.monthly_pay=3500->4300",
                "grid_workers.training=0.2->0.6"));
        r.put("more-funding", List.of(
                "grid_workers.monthly_pay=3500->4500",
                "grid_workers.households_per_worker=600->500",
                "grid_workers.training=0.2->0.5"));
        r.put("ngo-participation", List.of(
                "ngos.participation_mechanism=false->true",
                "ngos.environment=0.3->0.7",
                "ngos.purchase_per_100k_residents=0->1000000"));
        r.put("party-building", List.of("party_building.strength=0.1->0.8"));
        r.put("platform-upgrade", List.of(
                "platform.filing_delay_hours=1->0.25",
                "platform.dispatch_delay_hours=1->0.25",
                "platform.feedback_delay_hours=1->0.5",
                "platform.dispatch_accuracy=0.92->0.98",
                "platform.data_sharing=0.2->0.8",
                "residents.channels.app.reach=none->0.4",
                "component_ownership.asset_registry=0->0.9",
                "funding.platform_per_100k_residents=300000->800000"));
        r.put("resident-participation", List.of("residents.awareness_campaigns_per_year=0->4"));
        r.put("volunteer-teams", List.of("volunteers.team_building=0.05->0.8", "volunteers.recognition=0.1->0.7"));
        return r;
    }

    /**
     * network-governance.yaml: "Each lever is the same as in the single-recommendation scenarios next to this
     * file": every scenario's changes but more-funding's (a separate way to spend), and nothing else.
     */
    private static final String NETWORK = "network-governance";
    /** Not a reform: Q City as found on the sample district's map. */
    private static final String DISTRICT = "sample-district";
    private static final Set<String> NOT_IN_NETWORK = Set.of("more-funding");

    static Stream<Path> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    private static LoadedScenario read(String name, String... overrides) throws InputException {
        return ScenarioReader.read(FOLDER.resolve(name + ".yaml"), List.of(overrides));
    }

    /** Every resolved parameter but the scenario's name and description. */
    private static Map<String, String> parameters(LoadedScenario s) {
        Map<String, String> p = new LinkedHashMap<>();
        for (Resolved r : s.resolved()) {
            if (!r.path().equals("name") && !r.path().equals("description")) {
                p.put(r.path(), r.value());
            }
        }
        return p;
    }

    /** What differs from the baseline, as key=from->to ("none" for a key one side lacks). */
    private static Set<String> changes(Map<String, String> baseline, Map<String, String> scenario) {
        Set<String> keys = new TreeSet<>(baseline.keySet());
        keys.addAll(scenario.keySet());
        Set<String> changes = new TreeSet<>();
        for (String key : keys) {
            String from = baseline.getOrDefault(key, "none");
            String to = scenario.getOrDefault(key, "none");
            if (!from.equals(to)) {
                changes.add(key + "=" + from + "->" + to);
            }
        }
        return changes;
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void loadsAndRunsInASmallCity(Path file) throws InputException {
        // A district on its own map keeps its size (a map sets the residents); it is small enough.
        boolean onAMap = ScenarioReader.read(file, List.of()).scenario().city().map() != null;
        LoadedScenario s = ScenarioReader.read(file, onAMap ? List.of() : List.of("city.residents=20000"));
        assertEquals(stem(file), s.scenario().name(), "a scenario is named after its file");
        Metrics m = Simulation.run(new RunSpec(s.scenario(), s.scenario().simulation().seed(), 0, 30, 0, false))
                .metrics();
        assertTrue(m.get("cases_filed") > 100, "cases filed: " + m.get("cases_filed"));
        assertTrue(m.get("cases_closed") > 0.8 * m.get("cases_filed"), "cases closed: " + m.get("cases_closed"));
        for (String name : List.of("resolution_rate", "on_time_rate", "mean_hours_to_close", "bounce_rate",
                "cost_per_year", "cost_per_resolution", "mean_trust_end")) {
            assertTrue(Double.isFinite(m.get(name)), name + " = " + m.get(name));
        }
    }

    @Test
    void everyShippedScenarioIsTheBaselineOrADescribedReform() throws IOException {
        Set<String> shipped = new TreeSet<>();
        shippedScenarios().forEach(p -> shipped.add(stem(p)));
        Set<String> known = new TreeSet<>(REFORMS.keySet());
        known.add(BASELINE);
        known.add(NETWORK);
        known.add(DISTRICT);
        assertEquals(known, shipped, "scenarios/ and the reforms described in this test");
    }

    /**
     * The sample district is Q City as found on the sample map: only the city differs. Its residents are the map's
     * (110,021 households x 2.62), and the keys that describe the rectangle are not in effect.
     */
    @Test
    void theSampleDistrictIsTheBaselineOnItsMap() throws InputException {
        Set<String> changed = changes(parameters(read(BASELINE)), parameters(read(DISTRICT)));
        assertEquals(new TreeSet<>(List.of("city.map=->../maps/sample-district.geojson", "city.residents=100000->288255",
                "city.households_per_cell.min=300->none", "city.households_per_cell.max=500->none",
                "city.cell_area_m2.min=10000->none", "city.cell_area_m2.max=15000->none",
                "city.community.columns=3->none", "city.community.rows=1->none", "city.street.columns=3->none",
                "city.street.rows=4->none", "city.old_neighbourhood_share=0.3->none")), changed);
    }

    /** The baseline's header: "These are gridgov's built-in defaults ... so this file only names the scenario." */
    @Test
    void theBaselineIsTheBuiltInDefaults() throws InputException {
        assertEquals(parameters(ScenarioReader.defaults()), parameters(read(BASELINE)));
    }

    @ParameterizedTest
    @MethodSource("reformNames")
    void aReformChangesOnlyWhatItsHeaderSays(String reform) throws InputException {
        Map<String, String> baseline = parameters(read(BASELINE));
        assertEquals(new TreeSet<>(REFORMS.get(reform)), changes(baseline, parameters(read(reform))), reform);
    }

    static Stream<String> reformNames() {
        return REFORMS.keySet().stream();
    }

    @Test
    void networkGovernanceIsEverySingleRecommendationTogether() throws InputException {
        Map<String, String> baseline = parameters(read(BASELINE));
        Set<String> union = new TreeSet<>();
        Map<String, String> byKey = new HashMap<>();
        for (Map.Entry<String, List<String>> reform : REFORMS.entrySet()) {
            if (NOT_IN_NETWORK.contains(reform.getKey())) {
                continue;
            }
            for (String change : changes(baseline, parameters(read(reform.getKey())))) {
                String key = change.substring(0, change.indexOf('='));
                String before = byKey.put(key, change);
                assertTrue(before == null || before.equals(change), "two reforms set " + key + " differently: "
                        + before + ", " + change);
                union.add(change);
            }
        }
        assertEquals(union, changes(baseline, parameters(read(NETWORK))));
    }

    /**
     * more-funding.yaml: "about 10% more a year". Its cost a year (over 60 days of the full city, where only
     * vacancies and volunteers vary) must be 5-15% above the baseline's.
     */
    @Test
    void moreFundingCostsAboutTenPercentMore() throws InputException {
        double baseline = costPerYear(read(BASELINE));
        double more = costPerYear(read("more-funding"));
        double rise = more / baseline - 1;
        assertTrue(rise > 0.05 && rise < 0.15, "more-funding costs " + rise * 100 + "% more a year");
    }

    private static double costPerYear(LoadedScenario s) {
        return Simulation.run(new RunSpec(s.scenario(), s.scenario().simulation().seed(), 0, 60, 0, false))
                .metrics().get("cost_per_year");
    }
}
