package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.gridgov.model.CaseState;
import org.gridgov.model.GridCell;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Issue;
import org.gridgov.observe.CaseLog;
import org.gridgov.observe.Metrics;
import org.gridgov.observe.Workload;
import org.gridgov.text.Texts;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the map, the inspectors and the charts show agrees with the case files and the run's metrics:
 * open cases per cell, case histories, worker load, trust, the headline numbers and the charts' ends.
 */
class LiveViewObserversTest {
    private static final int DAYS = 14;
    private static GridModelWithUI gui;
    private static LiveRun run;
    private static List<Issue> issues;
    private static Metrics metrics;

    @BeforeAll
    static void runTwoWeeks() throws Exception {
        // The headline and charts count from day 1 while the run goes on, so the metrics they must equal are
        // those of a run with no warm-up (one chosen from the data is known only at the end).
        gui = GuiRuns.gui(GuiRuns.BASELINE, List.of("simulation.warmup_days=0"), 2, DAYS, MapLayer.OPEN_CASES);
        gui.start();
        CaseLog log = gui.model().bus().register(new CaseLog());
        while (gui.step()) {
            // to the end
        }
        gui.finish();
        run = gui.map().run();
        issues = log.issues();
        metrics = gui.measurement().metrics();
    }

    @Test
    void openCasesPerCellAreThoseInTheCaseFiles() {
        int[] open = new int[run.model().city().cells().size()];
        issues.stream().filter(i -> i.state().isOpenCase()).forEach(i -> open[i.cell().id()]++);
        for (GridCell c : run.model().city().cells()) {
            assertEquals(open[c.id()], run.cases().openCount(c), "cell " + c.id());
            assertEquals(open[c.id()], MapLayer.OPEN_CASES.value(run, c));
            assertEquals(c.latentIssues(), MapLayer.LATENT_ISSUES.value(run, c));
            assertTrue(run.scales().range(MapLayer.OPEN_CASES).hi() >= open[c.id()], "the colour range covers every cell");
        }
    }

    @Test
    void historiesFollowTheCaseFiles() {
        int recent = 0;
        for (GridCell c : run.model().city().cells()) {
            for (CaseHistory h : run.cases().open(c)) {
                Issue i = h.issue();
                List<CaseHistory.Step> steps = h.steps();
                assertEquals(i.occurredAt(), steps.get(0).time());
                assertTrue(steps.get(0).what().startsWith("occurred"));
                assertTrue(steps.contains(new CaseHistory.Step(i.filedAt(), "filed as a case")), h.describe());
                for (int k = 1; k < steps.size(); k++) {
                    assertTrue(steps.get(k - 1).time() <= steps.get(k).time(), h.describe());
                }
                if (!Double.isNaN(i.dispatchedAt())) {
                    assertTrue(steps.stream().anyMatch(s -> s.time() == i.dispatchedAt() && s.what().startsWith("dispatched to ")),
                            h.describe());
                }
            }
            List<CaseHistory> done = run.cases().recent(c);
            assertTrue(done.size() <= CellCases.RECENT);
            double newer = Double.POSITIVE_INFINITY;
            for (CaseHistory h : done) {
                CaseHistory.Step last = h.steps().get(h.steps().size() - 1);
                boolean closed = h.issue().state() == CaseState.CLOSED;
                assertEquals(closed ? h.issue().closedAt() : h.issue().parkedAt(), last.time());
                assertTrue(last.what().startsWith(closed ? "closed" : "parked"), last.what());
                assertTrue(last.time() <= newer, "newest first");
                newer = last.time();
                recent++;
            }
        }
        assertTrue(recent > run.model().city().cells().size(), "most cells have closed cases after two weeks");
    }

    @Test
    void historiesNameWhoFoundTheIssue() {
        assertEquals("found by the grid worker on patrol", CaseHistory.discovery(Texts.EN, "patrol"));
        assertEquals("found by a volunteer", CaseHistory.discovery(Texts.EN, "volunteer"));
        assertEquals("reported by a resident (hotline)", CaseHistory.discovery(Texts.EN, "hotline"));
    }

    @Test
    void workerLoadIsTheirUtilisationInTheMetrics() {
        for (Workload.Account a : run.measurement().workload().accounts()) {
            if (a.staff() instanceof GridWorker w) {
                assertEquals(a.utilization(), run.staff().load(w, run.now()), 1e-9, w.toString());
            }
        }
        for (GridCell c : run.model().city().cells()) {
            double load = MapLayer.WORKER_LOAD.value(run, c);
            assertTrue(load >= 0 && load <= 1, "cell " + c.id() + ": " + load);
            double gap = MapLayer.PATROL_GAP.value(run, c);
            assertTrue(gap >= 0 && gap <= run.now(), "cell " + c.id() + ": " + gap);
        }
        assertEquals(DAYS * 24.0, run.now());
    }

    @Test
    void trustIsTheMeanOfTheCellsHouseholds() {
        var households = run.model().city().households();
        for (GridCell c : run.model().city().cells()) {
            double sum = 0;
            for (int h = c.firstHousehold(); h < c.firstHousehold() + c.households(); h++) {
                sum += households.trust(h);
            }
            assertEquals(sum / c.households(), MapLayer.TRUST.value(run, c), 1e-12);
        }
    }

    @Test
    void theHeadlineIsTheRunsMetrics() {
        Headline h = gui.charts().headline();
        assertEquals(DAYS, h.day());
        assertEquals(metrics.get("issues_occurred"), h.occurred());
        assertEquals(metrics.get("issues_discovered"), h.discovered());
        assertEquals(metrics.get("cases_filed"), h.filed());
        assertEquals(metrics.get("cases_closed"), h.closed());
        assertEquals(metrics.get("on_time_rate"), h.onTimeRate());
        assertEquals(metrics.get("mean_hours_to_close"), h.meanHoursToClose());
        assertEquals(metrics.get("open_cases_end"), h.open());
        assertEquals(metrics.get("issues_latent_end"), h.latent());
    }

    @Test
    void theChartsAddUpToTheRunsMetrics() {
        XYDataset stocks = gui.charts().charts().get(0).getXYPlot().getDataset();
        XYDataset flows = gui.charts().charts().get(1).getXYPlot().getDataset();
        assertEquals(DAYS, stocks.getItemCount(0));
        assertEquals(metrics.get("open_cases_end"), stocks.getYValue(0, DAYS - 1));
        assertEquals(metrics.get("issues_latent_end"), stocks.getYValue(1, DAYS - 1));
        double filed = 0;
        double closed = 0;
        for (int d = 0; d < DAYS; d++) {
            assertEquals(d + 1, flows.getXValue(0, d));
            filed += flows.getYValue(0, d);
            closed += flows.getYValue(1, d);
        }
        assertEquals(metrics.get("cases_filed"), filed);
        assertEquals(metrics.get("cases_closed"), closed);
    }

    @Test
    void aWeekLongRunEndsAtItsUtilisation() throws Exception {
        GridModelWithUI week = GuiRuns.gui(GuiRuns.BASELINE, List.of(), 2, 7, MapLayer.OPEN_CASES);
        GuiRuns.runToEnd(week);
        Metrics m = week.measurement().metrics();
        XYDataset use = week.charts().charts().get(3).getXYPlot().getDataset();
        assertEquals(7, use.getItemCount(0));
        assertEquals(m.get("worker_utilization_mean"), use.getYValue(0, 6), 1e-9);
        assertEquals(m.get("department_utilization_mean"), use.getYValue(1, 6), 1e-9);
        XYDataset rates = week.charts().charts().get(2).getXYPlot().getDataset();
        assertEquals(m.get("resolution_rate"), rates.getYValue(0, 6), 1e-12);
        assertEquals(m.get("on_time_rate"), rates.getYValue(1, 6), 1e-12);
    }
}
