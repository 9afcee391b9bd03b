package org.gridgov.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The metric catalogue is complete, and a run writes exactly the metrics it declares. */
class MetricCatalogueTest {

    private static Metrics network;

    /** Network governance has every actor: grid workers, departments, NGOs, volunteers, community organisations. */
    @BeforeAll
    static void runWithEveryActor() throws Exception {
        Path file = Path.of(System.getProperty("basedir", "."), "scenarios", "network-governance.yaml");
        RunResult r = Simulation.run(new RunSpec(ScenarioReader.read(file, List.of()).scenario(), 1, 0, 40, 10, false));
        network = r.metrics();
        assertTrue(network.get(Metric.NGO_STAFF) > 0 && network.get(Metric.VOLUNTEERS_END) > 0
                && network.get(Metric.ISSUES_TAKEN_UP_BY_COMMUNITY) > 0, "the run must have every actor at work");
    }

    @Test
    void everyMetricIsFullyDeclared() {
        List<String> problems = new ArrayList<>();
        for (Metric m : Metric.values()) {
            String id = m.id();
            if (!id.matches("[a-z][a-z0-9_]*(<department>)?")) {
                problems.add(id + ": not a snake_case id");
            }
            if (m.label().isBlank() || !m.label().matches("[A-Z0-9].*")) {
                problems.add(id + ": English label '" + m.label() + "' is blank or not capitalised");
            }
            if (!m.chineseLabel().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                problems.add(id + ": Chinese label '" + m.chineseLabel() + "' has no Chinese characters");
            }
            if (m.unit() == null || m.kind() == null || m.better() == null) {
                problems.add(id + ": unit, kind or better direction missing");
            }
            boolean signedTrend = m.id().endsWith("_trend_per_year");
            if (signedTrend ? m.lower() != Double.NEGATIVE_INFINITY || m.upper() != Double.POSITIVE_INFINITY
                    : !(Double.isFinite(m.lower()) && m.upper() > m.lower())) {
                problems.add(id + ": bounds [" + m.lower() + ", " + m.upper() + "] are not a range");
            }
            if (!(m.noticeable() > 0 && m.noticeable() < m.upper() - m.lower())) {
                problems.add(id + ": practical threshold " + m.noticeable() + " is not a positive difference within the bounds");
            }
            if (m.definition() == null || m.definition().isBlank()) {
                problems.add(id + ": no definition");
            }
            if (m.perDepartment() != id.contains(Metric.DEPARTMENT)) {
                problems.add(id + ": a per-department metric's id, and only its, holds " + Metric.DEPARTMENT);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void idsAndLabelsAreUnique() {
        Set<String> ids = new HashSet<>();
        Set<String> labels = new HashSet<>();
        Set<String> chinese = new HashSet<>();
        for (Metric m : Metric.values()) {
            assertTrue(ids.add(m.id()), "id used twice: " + m.id());
            assertTrue(labels.add(m.label()), "English label used twice: " + m.label());
            assertTrue(chinese.add(m.chineseLabel()), "Chinese label used twice: " + m.chineseLabel());
        }
    }

    @Test
    void ratesAndSharesAreBoundedByOneAndTheUnitFitsTheKind() {
        for (Metric m : Metric.values()) {
            if (m.unit() == Metric.Unit.SHARE || m.unit() == Metric.Unit.INDEX) {
                assertEquals(0, m.lower(), m.id());
                assertEquals(1, m.upper(), m.id());
            } else if (m.id().endsWith("_trend_per_year")) {
                // A stock's growth a year: it shrinks as well as grows.
                assertEquals(Metric.Unit.COUNT_A_YEAR, m.unit(), m.id());
                assertEquals(Double.NEGATIVE_INFINITY, m.lower(), m.id());
            } else {
                assertEquals(0, m.lower(), m.id());
                assertEquals(Double.POSITIVE_INFINITY, m.upper(), m.id());
            }
            switch (m.kind()) {
                case HOURS -> assertEquals(Metric.Unit.HOURS, m.unit(), m.id());
                case CNY -> assertTrue(m.unit() == Metric.Unit.CNY || m.unit() == Metric.Unit.CNY_A_YEAR, m.id());
                case INDEX -> assertEquals(Metric.Unit.INDEX, m.unit(), m.id());
                default -> { }
            }
        }
    }

    @Test
    void everyWrittenMetricIsInTheCatalogueAndEveryCatalogueMetricIsWritten() {
        List<String> problems = new ArrayList<>();
        Set<Metric> written = new HashSet<>();
        for (String id : network.names()) {
            Metric m = Metric.of(id).orElse(null);
            if (m == null) {
                problems.add(id + ": written by a run, not in the catalogue");
            } else {
                written.add(m);
                if (!m.allows(network.get(id))) {
                    problems.add(id + " = " + network.get(id) + ": outside its bounds");
                }
            }
        }
        for (Metric m : Metric.values()) {
            if (!written.contains(m)) {
                problems.add(m.id() + ": in the catalogue, not written by a run");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aRunWritesOneUtilisationPerDepartment() {
        List<String> perDepartment = network.names().stream()
                .filter(id -> Metric.of(id).orElseThrow() == Metric.DEPARTMENT_UTILIZATION_EACH).toList();
        assertEquals(7, perDepartment.size(), perDepartment.toString());
        assertTrue(perDepartment.contains(Metric.DEPARTMENT_UTILIZATION_EACH.id("police")));
        assertEquals(Metric.DEPARTMENT_UTILIZATION_MEAN, Metric.of("department_utilization_mean").orElseThrow(),
                "the mean is its own metric, not a department called 'mean'");
    }

    @Test
    void theBuilderTakesOnlyCatalogueEntriesEachOnce() {
        Metrics.Builder b = new Metrics.Builder().put(Metric.ON_TIME_RATE, 0.5);
        assertThrows(IllegalArgumentException.class, () -> b.put(Metric.ON_TIME_RATE, 0.6));
        assertThrows(IllegalArgumentException.class, () -> b.put(Metric.DEPARTMENT_UTILIZATION_EACH, 0.6),
                "a per-department metric needs its department");
        assertThrows(IllegalArgumentException.class, () -> b.put(Metric.ON_TIME_RATE, "police", 0.6));
        assertEquals(0.5, b.build().get(Metric.ON_TIME_RATE));
        assertFalse(Metric.of("on_time").isPresent());
    }

    @Test
    void aFormerIdMapsToTheNewOneWithAWarningAndACurrentIdWithout() {
        List<String> warnings = new ArrayList<>();
        assertEquals("share_discovered_by_grid_workers", Metric.current("share_discovered_by_worker", warnings::add));
        assertEquals(List.of("metric 'share_discovered_by_worker' is now called 'share_discovered_by_grid_workers';"
                + " the old name is accepted until the next release"), warnings);
        warnings.clear();
        assertEquals("on_time_rate", Metric.current("on_time_rate", warnings::add));
        assertEquals("no_such_metric", Metric.current("no_such_metric", warnings::add), "left for the caller to reject");
        assertEquals(List.of(), warnings);
    }

    @Test
    void formerIdsAreNoCurrentIdsAndEachNamesOneMetric() {
        Set<String> former = new HashSet<>();
        for (Metric m : Metric.values()) {
            m.formerId().ifPresent(old -> {
                assertTrue(former.add(old), "former id used twice: " + old);
                assertFalse(Metric.of(old).isPresent(), old + " is still a current id");
            });
        }
        assertEquals(12, former.size(), "the renames of this release");
    }

    @Test
    void reportsNameAMetricByLabelIdAndUnitAndSayWhichWayIsBetter() {
        assertEquals("On-time closure rate (on_time_rate, share)", Metric.headingOf("on_time_rate"));
        assertEquals("Department utilisation: police", Metric.labelOf("department_utilization_police"));
        assertEquals("Department utilisation: police (department_utilization_police, share)",
                Metric.headingOf("department_utilization_police"));
        assertEquals("; lower is better", Metric.betterOf("mean_hours_to_close"));
        assertEquals("; higher is better", Metric.betterOf("on_time_rate"));
        assertEquals("", Metric.betterOf("worker_utilization_mean"), "utilisation is a trade-off, neither way better");
        assertEquals("not_a_metric", Metric.headingOf("not_a_metric"));
    }
}
