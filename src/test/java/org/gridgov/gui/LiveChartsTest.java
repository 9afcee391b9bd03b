package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.text.Texts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** After a restart (a lever changed, say) each chart keeps the run before as a faint line to compare with. */
class LiveChartsTest {
    private static final int DAYS = 4;

    /** The y values of a chart's series by name, day by day. */
    private static List<Double> line(JFreeChart chart, String name) {
        XYDataset data = chart.getXYPlot().getDataset();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (data.getSeriesKey(s).equals(name)) {
                List<Double> ys = new ArrayList<>();
                for (int i = 0; i < data.getItemCount(s); i++) {
                    ys.add(data.getYValue(s, i));
                }
                return ys;
            }
        }
        throw new AssertionError("no series " + name + " in " + chart.getTitle().getText());
    }

    private static boolean noteShown(JFreeChart chart) {
        return chart.getSubtitles().stream().anyMatch(t -> t instanceof TextTitle n
                && n.getText().equals(LiveCharts.previousNote(Texts.EN)) && n.isVisible());
    }

    @Test
    void theRunBeforeARestartStaysAsAFaintLine() throws Exception {
        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of(), 7, DAYS, MapLayer.OPEN_CASES);
        JFreeChart openCases = gui.charts().charts().get(0);
        GuiRuns.runToEnd(gui);
        List<Double> first = line(openCases, "Open cases");
        assertEquals(DAYS, first.size());
        assertEquals(List.of(), line(openCases, "Open cases" + LiveCharts.PREVIOUS), "no run before the first");
        assertFalse(noteShown(openCases));

        gui.levers().set("grid_workers.households_per_worker", 1500);
        GuiRuns.runToEnd(gui);
        List<Double> second = line(openCases, "Open cases");
        assertEquals(first, line(openCases, "Open cases" + LiveCharts.PREVIOUS));
        assertNotEquals(first, second, "fewer grid workers leave other numbers of open cases");
        assertTrue(noteShown(openCases));
        for (JFreeChart chart : gui.charts().charts()) {
            XYDataset data = chart.getXYPlot().getDataset();
            assertEquals(4, data.getSeriesCount(), chart.getTitle().getText());
            for (int s = 0; s < 2; s++) {
                String name = data.getSeriesKey(s).toString();
                assertEquals(DAYS, line(chart, name + LiveCharts.PREVIOUS).size(), name);
                assertFalse(chart.getXYPlot().getRenderer().isSeriesVisibleInLegend(s + 2), "only the current run in the legend");
            }
        }

        GuiRuns.runToEnd(gui);
        assertEquals(second, line(openCases, "Open cases" + LiveCharts.PREVIOUS), "one run before is kept");
    }
}
