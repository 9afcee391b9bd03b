package org.gridgov.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridgov.text.Texts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The run's charts, drawn with JFreeChart and grown by one point a day: open cases and latent issues,
 * cases filed and closed per day, the resolution and on-time rates so far, and the week-long utilisation
 * of grid workers and departments. When a run restarts (after a lever change, say), each line of the run before
 * stays as a faint line of its colour, so the two runs can be compared day by day. Only the Swing thread (or,
 * for a snapshot, the one thread there is) touches them.
 */
final class LiveCharts {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color GRID = new Color(0xE3E6EA);
    private static final int MIN_DAYS_SHOWN = 14;
    /** How faint the previous run's lines are: the alpha of their colour. */
    private static final int FAINT = 90;
    /** Follows a line's name in the name of the previous run's line (which no legend shows). */
    static final String PREVIOUS = " (previous run)";

    private final Texts t;
    private final XYSeries open;
    private final XYSeries latent;
    private final XYSeries filed;
    private final XYSeries closed;
    private final XYSeries resolution;
    private final XYSeries onTime;
    private final XYSeries workerUse;
    private final XYSeries departmentUse;
    private final List<JFreeChart> charts = new ArrayList<>();
    /** Each line of the current run with the same line of the run before. */
    private final List<XYSeries[]> runs = new ArrayList<>();
    private final List<TextTitle> previousNotes = new ArrayList<>();
    private final List<Runnable> onHeadline = new ArrayList<>();
    private Headline headline = Headline.empty(1, 0);

    /** @param t the language of the titles, axes and legends */
    LiveCharts(Texts t) {
        this.t = t;
        open = series(t.t("Open cases"));
        latent = series(t.t("Latent issues"));
        filed = series(t.t("Filed"));
        closed = series(t.t("Closed"));
        resolution = series(t.t("Closed / filed"));
        onTime = series(t.t("Closed on time"));
        workerUse = series(t.t("Grid workers"));
        departmentUse = series(t.t("Departments"));
        charts.add(chart(t.t("Open cases and latent issues"), t.t("count"), false,
                new XYSeries[] {open, latent}, new Color[] {new Color(0xC0263A), new Color(0xE89B0C)}));
        charts.add(chart(t.t("Cases per day"), t.t("cases"), false,
                new XYSeries[] {filed, closed}, new Color[] {new Color(0x2F6BD8), new Color(0x159A5B)}));
        charts.add(chart(t.t("Resolution so far"), t.t("share"), true,
                new XYSeries[] {resolution, onTime}, new Color[] {new Color(0x0F766E), new Color(0x7C3AED)}));
        charts.add(chart(t.t("Utilisation over the past week"), t.t("share of on-duty hours"), true,
                new XYSeries[] {workerUse, departmentUse}, new Color[] {new Color(0x1F5BD6), new Color(0xB45309)}));
    }

    private static XYSeries series(String name) {
        return new XYSeries(name, true, false);
    }

    /**
     * A chart of {@code series}, followed in its data by the previous run's, which are drawn first (under the
     * current run's lines: the plot draws the last series first) and are not in the legend.
     */
    private JFreeChart chart(String title, String unit, boolean share, XYSeries[] series, Color[] colors) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new ShortSeriesMarked();
        for (int i = 0; i < series.length; i++) {
            data.addSeries(series[i]);
            renderer.setSeriesPaint(i, colors[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        for (int i = 0; i < series.length; i++) {
            XYSeries previous = series(series[i].getKey() + PREVIOUS);
            data.addSeries(previous);
            int at = series.length + i;
            renderer.setSeriesPaint(at, new Color(colors[i].getRed(), colors[i].getGreen(), colors[i].getBlue(), FAINT));
            renderer.setSeriesStroke(at, new BasicStroke(1.5f));
            renderer.setSeriesVisibleInLegend(at, false);
            runs.add(new XYSeries[] {series[i], previous});
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, t.t("day"), unit, data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(TEXT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setLabelFont(TEXT);
        TextTitle note = new TextTitle(previousNote(t), TEXT);
        note.setPaint(Color.GRAY);
        note.setVisible(false);
        chart.addSubtitle(note);
        previousNotes.add(note);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setLabelFont(TEXT);
        if (share) {
            // A little room above 100%, so that a marker at 100% (every case closed on time) is not cut in half.
            y.setRange(0, 1.04);
            y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
        } else {
            y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return chart;
    }

    /**
     * Lines, with a marker on each point while a series is short: one day is a single point, which a line
     * alone does not show.
     */
    private static final class ShortSeriesMarked extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private static final int SHORT = MIN_DAYS_SHOWN;

        ShortSeriesMarked() {
            super(true, true);
        }

        @Override
        public boolean getItemShapeVisible(int series, int item) {
            XYPlot plot = getPlot();
            return plot != null && plot.getDataset().getItemCount(series) <= SHORT;
        }
    }

    /** The note under each chart once there is a previous run. */
    static String previousNote(Texts t) {
        return t.t("faint lines: the previous run");
    }

    List<JFreeChart> charts() {
        return charts;
    }

    Headline headline() {
        return headline;
    }

    /** Runs {@code r} whenever the headline numbers change. */
    void onHeadline(Runnable r) {
        onHeadline.add(r);
    }

    /**
     * Empties the charts for a run of {@code days} days (the headline's "day N of D"); the run that was shown,
     * if it had a day, becomes the previous run.
     */
    void startRun(int days, int warmupDays) {
        if (!open.isEmpty()) {
            for (XYSeries[] r : runs) {
                r[1].clear();
                for (int i = 0; i < r[0].getItemCount(); i++) {
                    r[1].add(r[0].getX(i), r[0].getY(i), false);
                }
                r[1].fireSeriesChanged();
                r[0].clear();
            }
            previousNotes.forEach(n -> n.setVisible(true));
        }
        for (JFreeChart c : charts) {
            c.getXYPlot().getDomainAxis().setRange(0, MIN_DAYS_SHOWN);
        }
        headline = Headline.empty(days, warmupDays);
        onHeadline.forEach(Runnable::run);
    }

    /** Adds a day, or revises it when sent again; the week-long utilisation of the days before is revised too. */
    void add(DayPoint p) {
        int x = p.day() + 1;
        for (JFreeChart c : charts) {
            // From day 0 to the latest, and at least two weeks wide so the first days are not squeezed.
            c.getXYPlot().getDomainAxis().setRange(0, Math.max(MIN_DAYS_SHOWN, x));
        }
        open.addOrUpdate(x, p.openEnd());
        latent.addOrUpdate(x, p.latentEnd());
        filed.addOrUpdate(x, p.filed());
        closed.addOrUpdate(x, p.closed());
        resolution.addOrUpdate(x, p.headline().resolutionRate());
        onTime.addOrUpdate(x, p.headline().onTimeRate());
        for (Utilisation u : p.utilisation()) {
            workerUse.addOrUpdate(u.day() + 1, u.workers());
            departmentUse.addOrUpdate(u.day() + 1, u.departments());
        }
        headline = p.headline();
        onHeadline.forEach(Runnable::run);
    }
}
