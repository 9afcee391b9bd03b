package org.gridgov.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.text.Texts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StatisticalLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of an experiment report, drawn with JFreeChart from plain numbers: estimates with intervals
 * per category, series over time with bands, and box plots. A NaN estimate is left out of a chart.
 */
public final class Charts {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** Distinguishable colours (Okabe and Ito's palette, readable with colour blindness), black first. */
    private static final Color[] PALETTE = {new Color(0, 0, 0), new Color(0, 114, 178), new Color(230, 159, 0),
        new Color(0, 158, 115), new Color(204, 121, 167), new Color(86, 180, 233), new Color(213, 94, 0),
        new Color(240, 228, 66)};
    /** The most series a chart of bands can show apart. */
    public static final int MAX_BANDS = PALETTE.length - 2;

    private Charts() {
    }

    /** One estimate per category with its interval, categories down the side so long labels fit. */
    public static JFreeChart estimates(String title, String axisLabel, List<String> categories, double[] estimate,
            double[] low, double[] high, boolean zeroLine) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            boolean known = !Double.isNaN(estimate[i]);
            // The renderer draws estimate +- one value; a t interval is symmetric, so its half-width is that value.
            double half = known && !Double.isNaN(high[i]) ? high[i] - estimate[i] : 0;
            data.add(known ? estimate[i] : null, known ? half : null, "estimate", categories.get(i));
        }
        StatisticalLineAndShapeRenderer renderer = new StatisticalLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, PALETTE[1]);
        renderer.setErrorIndicatorPaint(PALETTE[1]);
        renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
        CategoryAxis domain = categoryAxis();
        NumberAxis range = new NumberAxis(axisLabel);
        range.setAutoRangeIncludesZero(zeroLine);
        style(range);
        CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        if (zeroLine) {
            plot.setRangeZeroBaselineVisible(true);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart(title, plot, false);
    }

    /**
     * Estimates with intervals that need not be symmetric (bootstrap percentiles), one row per category from the
     * top, e.g. sensitivity indices ranked; a dashed line marks {@code floor} (NaN: none), e.g. the level of an
     * input that changes only the random numbers.
     */
    public static JFreeChart ranked(String title, String axisLabel, List<String> categories, double[] estimate,
            double[] low, double[] high, double floor, String floorLabel) {
        org.jfree.data.xy.XIntervalSeries series = new org.jfree.data.xy.XIntervalSeries("estimate");
        int n = categories.size();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            // The first category at the top: y runs upwards, so it gets the highest y.
            names[n - 1 - i] = categories.get(i);
            if (!Double.isNaN(estimate[i])) {
                double lo = Double.isNaN(low[i]) ? estimate[i] : low[i];
                double hi = Double.isNaN(high[i]) ? estimate[i] : high[i];
                series.add(estimate[i], lo, hi, n - 1 - i);
            }
        }
        org.jfree.data.xy.XIntervalSeriesCollection data = new org.jfree.data.xy.XIntervalSeriesCollection();
        data.addSeries(series);
        org.jfree.chart.renderer.xy.XYErrorRenderer renderer = new org.jfree.chart.renderer.xy.XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setSeriesPaint(0, PALETTE[1]);
        renderer.setErrorPaint(PALETTE[1]);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        renderer.setSeriesLinesVisible(0, false);
        NumberAxis x = new NumberAxis(axisLabel);
        style(x);
        x.setAutoRangeIncludesZero(true);
        org.jfree.chart.axis.SymbolAxis y = new org.jfree.chart.axis.SymbolAxis(null, names);
        y.setTickLabelFont(TICK);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        if (!Double.isNaN(floor)) {
            plot.addDomainMarker(dashedLine(floor, floorLabel, TextAnchor.TOP_LEFT));
        }
        return chart(title, plot, false);
    }

    /**
     * Points in the plane, the first {@code labelled} of them named beside the point (the rest unnamed, so that
     * dozens of points stay readable), and a dashed vertical line at {@code floorX} (NaN: none): Morris's mu*-sigma
     * plot, inputs far right matter, inputs high up interact or act non-linearly.
     */
    public static JFreeChart scatter(String title, String xLabel, String yLabel, List<String> names, double[] x,
            double[] y, int labelled, double floorX, String floorLabel) {
        org.jfree.data.xy.XYSeries points = new org.jfree.data.xy.XYSeries("inputs", false, true);
        for (int i = 0; i < names.size(); i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                points.add(x[i], y[i]);
            }
        }
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, PALETTE[1]);
        NumberAxis xa = new NumberAxis(xLabel);
        NumberAxis ya = new NumberAxis(yLabel);
        style(xa);
        style(ya);
        // Room on the right for the names of the points furthest right.
        xa.setUpperMargin(0.35);
        ya.setUpperMargin(0.1);
        XYPlot plot = new XYPlot(new org.jfree.data.xy.XYSeriesCollection(points), xa, ya, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        for (int i = 0; i < Math.min(labelled, names.size()); i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                org.jfree.chart.annotations.XYTextAnnotation a =
                        new org.jfree.chart.annotations.XYTextAnnotation(" " + names.get(i), x[i], y[i]);
                a.setFont(TICK);
                a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                plot.addAnnotation(a);
            }
        }
        if (!Double.isNaN(floorX)) {
            plot.addDomainMarker(dashedLine(floorX, floorLabel, TextAnchor.TOP_LEFT));
        }
        return chart(title, plot, false);
    }

    /**
     * A heat map of values from 0 to 1, rows from the top and columns left to right, e.g. each input's index for
     * each metric; a NaN cell (an index that cannot be told from noise) is left white.
     */
    public static JFreeChart heatMap(String title, List<String> rows, List<String> columns, double[][] values,
            String scaleLabel) {
        org.jfree.data.xy.DefaultXYZDataset data = new org.jfree.data.xy.DefaultXYZDataset();
        int n = 0;
        for (double[] row : values) {
            for (double v : row) {
                n += Double.isNaN(v) ? 0 : 1;
            }
        }
        // Only the cells with a value: the others stay the plot's white.
        double[][] xyz = new double[3][n];
        int i = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                if (!Double.isNaN(values[r][c])) {
                    xyz[0][i] = c;
                    xyz[1][i] = rows.size() - 1 - r;
                    xyz[2][i] = values[r][c];
                    i++;
                }
            }
        }
        data.addSeries("values", xyz);
        org.jfree.chart.renderer.xy.XYBlockRenderer renderer = new org.jfree.chart.renderer.xy.XYBlockRenderer();
        org.jfree.chart.renderer.LookupPaintScale scale = new org.jfree.chart.renderer.LookupPaintScale(0, 1.0001,
                Color.WHITE);
        for (int step = 0; step <= 10; step++) {
            // A faint tint to the palette's blue in eleven steps: white is kept for cells without a value.
            float t = 0.06f + 0.94f * step / 10f;
            Color blue = PALETTE[1];
            scale.add(step / 10.0 - 1e-9, new Color(Math.round(255 + t * (blue.getRed() - 255)),
                    Math.round(255 + t * (blue.getGreen() - 255)), Math.round(255 + t * (blue.getBlue() - 255))));
        }
        renderer.setPaintScale(scale);
        String[] columnNames = columns.toArray(new String[0]);
        String[] rowNames = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            rowNames[rows.size() - 1 - r] = rows.get(r);
        }
        org.jfree.chart.axis.SymbolAxis x = new org.jfree.chart.axis.SymbolAxis(null, columnNames);
        org.jfree.chart.axis.SymbolAxis y = new org.jfree.chart.axis.SymbolAxis(null, rowNames);
        x.setTickLabelFont(TICK);
        y.setTickLabelFont(TICK);
        x.setVerticalTickLabels(true);
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = chart(title, plot, false);
        org.jfree.chart.title.PaintScaleLegend legend = new org.jfree.chart.title.PaintScaleLegend(scale,
                new NumberAxis(scaleLabel));
        legend.setPosition(org.jfree.chart.ui.RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        legend.getAxis().setTickLabelFont(TICK);
        legend.getAxis().setLabelFont(LABEL);
        chart.addSubtitle(legend);
        return chart;
    }

    /**
     * One metric against several inputs, a panel per input side by side sharing the metric's axis: how the metric
     * moves along each input's range, and how much the other inputs and noise scatter it.
     */
    public static JFreeChart panels(String title, String yLabel, List<String> inputs, List<double[]> x, double[] y,
            String xLabel) {
        NumberAxis shared = new NumberAxis(yLabel);
        style(shared);
        shared.setAutoRangeIncludesZero(false);
        org.jfree.chart.plot.CombinedRangeXYPlot plot = new org.jfree.chart.plot.CombinedRangeXYPlot(shared);
        plot.setGap(12);
        for (int i = 0; i < inputs.size(); i++) {
            org.jfree.data.xy.XYSeries points = new org.jfree.data.xy.XYSeries(inputs.get(i), false, true);
            for (int p = 0; p < y.length; p++) {
                if (Double.isFinite(x.get(i)[p]) && Double.isFinite(y[p])) {
                    points.add(x.get(i)[p], y[p]);
                }
            }
            org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer =
                    new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
            renderer.setSeriesPaint(0, new Color(0, 114, 178, 110));
            renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
            NumberAxis xa = new NumberAxis(inputs.get(i));
            style(xa);
            xa.setLabelFont(TICK);
            XYPlot sub = new XYPlot(new org.jfree.data.xy.XYSeriesCollection(points), xa, null, renderer);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(Color.LIGHT_GRAY);
            sub.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.add(sub, 1);
        }
        JFreeChart chart = chart(title, plot, false);
        if (xLabel != null) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(xLabel, TICK, Color.DARK_GRAY,
                    org.jfree.chart.ui.RectangleEdge.BOTTOM, org.jfree.chart.ui.HorizontalAlignment.CENTER,
                    org.jfree.chart.ui.VerticalAlignment.CENTER, org.jfree.chart.ui.RectangleInsets.ZERO_INSETS));
        }
        return chart;
    }

    /**
     * What each option buys: its extra cost (shared x axis) against its effect on each of several metrics (a panel
     * each, stacked), every option a labelled point with its intervals on both axes, and a dashed line at no effect.
     *
     * @param effects one array per panel, each option's effect; {@code low} and {@code high} its interval's ends
     */
    public static JFreeChart costEffect(String title, String xLabel, List<String> options, double[] cost,
            double[] costLow, double[] costHigh, List<String> panels, List<double[]> effects, List<double[]> low,
            List<double[]> high) {
        NumberAxis shared = new NumberAxis(xLabel);
        style(shared);
        shared.setAutoRangeIncludesZero(true);
        shared.setUpperMargin(0.25); // room for the names of the points furthest right
        org.jfree.chart.plot.CombinedDomainXYPlot plot = new org.jfree.chart.plot.CombinedDomainXYPlot(shared);
        plot.setGap(10);
        for (int k = 0; k < panels.size(); k++) {
            org.jfree.data.xy.XYIntervalSeries series = new org.jfree.data.xy.XYIntervalSeries(panels.get(k));
            for (int i = 0; i < options.size(); i++) {
                double y = effects.get(k)[i];
                if (Double.isFinite(cost[i]) && Double.isFinite(y)) {
                    series.add(cost[i], or(costLow[i], cost[i]), or(costHigh[i], cost[i]), y, or(low.get(k)[i], y),
                            or(high.get(k)[i], y));
                }
            }
            org.jfree.data.xy.XYIntervalSeriesCollection data = new org.jfree.data.xy.XYIntervalSeriesCollection();
            data.addSeries(series);
            org.jfree.chart.renderer.xy.XYErrorRenderer renderer = new org.jfree.chart.renderer.xy.XYErrorRenderer();
            renderer.setSeriesLinesVisible(0, false);
            renderer.setSeriesPaint(0, PALETTE[1]);
            renderer.setErrorPaint(PALETTE[1]);
            NumberAxis y = new NumberAxis(panels.get(k));
            style(y);
            y.setLabelFont(TICK);
            y.setAutoRangeIncludesZero(true);
            XYPlot sub = new XYPlot(data, null, y, renderer);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(Color.LIGHT_GRAY);
            sub.setDomainGridlinePaint(Color.LIGHT_GRAY);
            sub.addRangeMarker(dashedLine(0, null, TextAnchor.TOP_LEFT));
            for (int i = 0; i < options.size(); i++) {
                if (Double.isFinite(cost[i]) && Double.isFinite(effects.get(k)[i])) {
                    org.jfree.chart.annotations.XYTextAnnotation a = new org.jfree.chart.annotations.XYTextAnnotation(
                            " " + options.get(i), cost[i], effects.get(k)[i]);
                    a.setFont(TICK);
                    a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
                    sub.addAnnotation(a);
                }
            }
            plot.add(sub, 1);
        }
        return chart(title, plot, false);
    }

    /**
     * Stacked horizontal bars, one per category from the top, each made of its parts in order (e.g. the hours a
     * scenario's cases spend in each stage of the loop), with a legend naming the parts.
     *
     * @param values [part][category]
     */
    public static JFreeChart stacked(String title, String axisLabel, List<String> categories, List<String> parts,
            double[][] values) {
        org.jfree.data.category.DefaultCategoryDataset data = new org.jfree.data.category.DefaultCategoryDataset();
        for (int p = 0; p < parts.size(); p++) {
            for (int c = 0; c < categories.size(); c++) {
                data.addValue(Double.isFinite(values[p][c]) ? values[p][c] : 0, parts.get(p), categories.get(c));
            }
        }
        org.jfree.chart.renderer.category.StackedBarRenderer renderer =
                new org.jfree.chart.renderer.category.StackedBarRenderer();
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int p = 0; p < parts.size(); p++) {
            renderer.setSeriesPaint(p, PALETTE[1 + p % (PALETTE.length - 1)]);
        }
        NumberAxis range = new NumberAxis(axisLabel);
        style(range);
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(), range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart(title, plot, true);
    }

    /**
     * A weighted histogram per variable, side by side sharing the share axis, each over its own range in
     * {@code bins} equal bins: e.g. the posterior of each calibrated parameter over its prior range.
     *
     * @param ranges each variable's {min, max}, the histogram's extent
     */
    public static JFreeChart histograms(String title, String yLabel, List<String> names, List<double[]> values,
            double[] weights, List<double[]> ranges, int bins) {
        NumberAxis shared = new NumberAxis(yLabel);
        style(shared);
        org.jfree.chart.plot.CombinedRangeXYPlot plot = new org.jfree.chart.plot.CombinedRangeXYPlot(shared);
        plot.setGap(12);
        double total = java.util.Arrays.stream(weights).sum();
        for (int i = 0; i < names.size(); i++) {
            double lo = ranges.get(i)[0];
            double hi = ranges.get(i)[1];
            double width = (hi - lo) / bins;
            double[] share = new double[bins];
            for (int p = 0; p < weights.length; p++) {
                int b = (int) Math.floor((values.get(i)[p] - lo) / width);
                share[Math.max(0, Math.min(bins - 1, b))] += weights[p] / total;
            }
            org.jfree.data.xy.XYIntervalSeries series = new org.jfree.data.xy.XYIntervalSeries(names.get(i));
            for (int b = 0; b < bins; b++) {
                double x0 = lo + b * width;
                series.add(x0 + width / 2, x0, x0 + width, share[b], 0, share[b]);
            }
            org.jfree.data.xy.XYIntervalSeriesCollection data = new org.jfree.data.xy.XYIntervalSeriesCollection();
            data.addSeries(series);
            org.jfree.chart.renderer.xy.XYBarRenderer renderer = new org.jfree.chart.renderer.xy.XYBarRenderer();
            renderer.setSeriesPaint(0, PALETTE[1]);
            renderer.setShadowVisible(false);
            renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
            NumberAxis xa = new NumberAxis(names.get(i));
            style(xa);
            xa.setLabelFont(TICK);
            xa.setRange(lo, hi);
            XYPlot sub = new XYPlot(data, xa, null, renderer);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(Color.LIGHT_GRAY);
            plot.add(sub, 1);
        }
        return chart(title, plot, false);
    }

    /**
     * Adds dashed vertical lines at {@code xs} to a chart drawn on one XY plot, e.g. a tolerance's edges, widening
     * its axis to show them.
     */
    public static JFreeChart withLines(JFreeChart chart, String label, double... xs) {
        XYPlot plot = chart.getXYPlot();
        org.jfree.data.Range range = plot.getDomainAxis().getRange();
        double lo = range.getLowerBound();
        double hi = range.getUpperBound();
        for (double x : xs) {
            plot.addDomainMarker(dashedLine(x, label, TextAnchor.TOP_LEFT));
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        double margin = 0.05 * (hi - lo);
        plot.getDomainAxis().setRange(lo - margin, hi + margin);
        return chart;
    }

    /**
     * A trade-off between two objectives: every point tried (pale) and the points kept (dark), each kept point with
     * its interval on both axes, e.g. an optimisation's candidates and its final front; the legend in the language
     * of {@code t}.
     */
    public static JFreeChart front(String title, String xLabel, String yLabel, double[] allX, double[] allY,
            double[] x, double[] xLow, double[] xHigh, double[] y, double[] yLow, double[] yHigh, Texts t) {
        org.jfree.data.xy.XYIntervalSeries tried = new org.jfree.data.xy.XYIntervalSeries(t.t("tried"));
        for (int i = 0; i < allX.length; i++) {
            if (Double.isFinite(allX[i]) && Double.isFinite(allY[i])) {
                tried.add(allX[i], allX[i], allX[i], allY[i], allY[i], allY[i]);
            }
        }
        org.jfree.data.xy.XYIntervalSeries kept = new org.jfree.data.xy.XYIntervalSeries(t.t("front"));
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                kept.add(x[i], or(xLow[i], x[i]), or(xHigh[i], x[i]), y[i], or(yLow[i], y[i]), or(yHigh[i], y[i]));
            }
        }
        org.jfree.data.xy.XYIntervalSeriesCollection data = new org.jfree.data.xy.XYIntervalSeriesCollection();
        data.addSeries(tried);
        data.addSeries(kept);
        org.jfree.chart.renderer.xy.XYErrorRenderer renderer = new org.jfree.chart.renderer.xy.XYErrorRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesPaint(0, new Color(150, 150, 150, 120));
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        renderer.setSeriesPaint(1, PALETTE[1]);
        renderer.setErrorPaint(PALETTE[1]);
        NumberAxis xa = new NumberAxis(xLabel);
        NumberAxis ya = new NumberAxis(yLabel);
        xa.setAutoRangeIncludesZero(false);
        ya.setAutoRangeIncludesZero(false);
        style(xa);
        style(ya);
        XYPlot plot = new XYPlot(data, xa, ya, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return chart(title, plot, true);
    }

    private static double or(double value, double otherwise) {
        return Double.isFinite(value) ? value : otherwise;
    }

    /**
     * Parallel coordinates: one line per item across the axes, each value scaled to [0, 1] of its axis's range
     * (e.g. each point of a front across its levers), so the mixes a front is made of can be read at a glance; the
     * value axis is named in the language of {@code t}.
     */
    public static JFreeChart parallel(String title, List<String> axes, List<String> items, List<double[]> scaled,
            Texts t) {
        org.jfree.data.xy.XYSeriesCollection data = new org.jfree.data.xy.XYSeriesCollection();
        for (int i = 0; i < items.size(); i++) {
            org.jfree.data.xy.XYSeries line = new org.jfree.data.xy.XYSeries(items.get(i), false, true);
            for (int a = 0; a < axes.size(); a++) {
                line.add(a, scaled.get(i)[a]);
            }
            data.addSeries(line);
        }
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer =
                new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < items.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[1 + i % (PALETTE.length - 1)]);
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        org.jfree.chart.axis.SymbolAxis x = new org.jfree.chart.axis.SymbolAxis(null, axes.toArray(String[]::new));
        x.setTickLabelFont(TICK);
        x.setGridBandsVisible(false);
        x.setVerticalTickLabels(axes.size() > 5); // every axis named, however many
        NumberAxis y = new NumberAxis(t.t("in its range (0 low, 1 high)"));
        style(y);
        y.setRange(-0.05, 1.05);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return chart(title, plot, items.size() <= 12);
    }

    /**
     * Series over time, each a line with a shaded band (e.g. a mean with its confidence interval); the first
     * series, the reference, is black. Give at most {@link #MAX_BANDS}: more cannot be told apart.
     */
    public static JFreeChart bands(String title, String xLabel, String yLabel, List<String> series, double[][] mean,
            double[][] low, double[][] high) {
        return bands(title, xLabel, yLabel, series, mean, low, high, new double[0], new String[0]);
    }

    /** As {@link #bands(String, String, String, List, double[][], double[][], double[][])}, with labelled x marks. */
    public static JFreeChart bands(String title, String xLabel, String yLabel, List<String> series, double[][] mean,
            double[][] low, double[][] high, double[] marks, String[] markLabels) {
        int n = java.util.Arrays.stream(mean).mapToInt(m -> m.length).max().orElse(0);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
        }
        return bands(title, xLabel, yLabel, series, x, mean, low, high, marks, markLabels, 0, "", n, false);
    }

    /**
     * Series against x, each a line with a shaded band, the first (the reference) black; dashed lines at
     * {@code marks}; the stretch before {@code shadeTo} (e.g. a warm-up) shaded grey and labelled {@code shadeLabel};
     * the x axis from 0 to {@code xMax}. With {@code directLabels}, each series is named at the end of its line, in its
     * colour, instead of in a legend: the eye need not go back and forth.
     */
    public static JFreeChart bands(String title, String xLabel, String yLabel, List<String> series, double[] xs,
            double[][] mean, double[][] low, double[][] high, double[] marks, String[] markLabels, double shadeTo,
            String shadeLabel, double xMax, boolean directLabels) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (int s = 0; s < series.size(); s++) {
            YIntervalSeries line = new YIntervalSeries(series.get(s), false, true);
            for (int x = 0; x < mean[s].length; x++) {
                if (!Double.isNaN(mean[s][x])) {
                    double lo = Double.isNaN(low[s][x]) ? mean[s][x] : low[s][x];
                    double hi = Double.isNaN(high[s][x]) ? mean[s][x] : high[s][x];
                    line.add(xs[x], mean[s][x], lo, hi);
                }
            }
            data.addSeries(line);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.2f);
        for (int s = 0; s < series.size(); s++) {
            Color c = PALETTE[s % PALETTE.length];
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesFillPaint(s, c);
            renderer.setSeriesStroke(s, new BasicStroke(1.5f));
        }
        boolean labelled = directLabels && xMax > 0;
        NumberAxis x = labelled ? new TicksUpTo(xLabel, xMax) : new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        style(x);
        style(y);
        if (xMax > 0) {
            x.setRange(0, labelled ? xMax * (1 + LABEL_ROOM) : xMax);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        if (labelled) {
            nameLineEnds(plot, series, xs, mean, low, high, xMax);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        if (shadeTo > 0) {
            org.jfree.chart.plot.IntervalMarker warmup = new org.jfree.chart.plot.IntervalMarker(0, shadeTo,
                    new Color(0, 0, 0, 20));
            warmup.setLabel(shadeLabel);
            warmup.setLabelFont(TICK);
            warmup.setLabelAnchor(RectangleAnchor.TOP);
            warmup.setLabelTextAnchor(TextAnchor.TOP_CENTER);
            plot.addDomainMarker(warmup, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        for (int i = 0; i < marks.length; i++) {
            plot.addDomainMarker(dashedLine(marks[i], markLabels[i], TextAnchor.TOP_LEFT));
        }
        return chart(title, plot, !labelled);
    }

    /** Puts the value axes of charts of XY plots on one range, the union of theirs: small multiples compare by height. */
    public static void sameRange(List<JFreeChart> charts) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (JFreeChart c : charts) {
            org.jfree.data.Range r = c.getXYPlot().getRangeAxis().getRange();
            lo = Math.min(lo, r.getLowerBound());
            hi = Math.max(hi, r.getUpperBound());
        }
        for (JFreeChart c : charts) {
            if (hi > lo) {
                c.getXYPlot().getRangeAxis().setRange(lo, hi);
            }
        }
    }

    /** The share of the x range added on the right of a chart whose lines are named at their ends. */
    private static final double LABEL_ROOM = 0.2;

    /**
     * Names each series just right of its last point, in its colour; names that would overlap are moved apart
     * vertically, in the order of their lines' ends, by at least a twentieth of the values' span.
     */
    private static void nameLineEnds(XYPlot plot, List<String> series, double[] xs, double[][] mean, double[][] low,
            double[][] high, double xMax) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<double[]> ends = new ArrayList<>(); // {series, y}
        for (int s = 0; s < series.size(); s++) {
            double last = Double.NaN;
            for (int i = 0; i < mean[s].length; i++) {
                if (!Double.isNaN(mean[s][i])) {
                    last = mean[s][i];
                    lo = Math.min(lo, Double.isNaN(low[s][i]) ? mean[s][i] : low[s][i]);
                    hi = Math.max(hi, Double.isNaN(high[s][i]) ? mean[s][i] : high[s][i]);
                }
            }
            if (!Double.isNaN(last)) {
                ends.add(new double[] {s, last});
            }
        }
        if (ends.isEmpty()) {
            return;
        }
        double gap = hi > lo ? (hi - lo) / 20 : 1;
        ends.sort(java.util.Comparator.comparingDouble(e -> e[1]));
        for (int i = 1; i < ends.size(); i++) {
            ends.get(i)[1] = Math.max(ends.get(i)[1], ends.get(i - 1)[1] + gap);
        }
        double over = ends.get(ends.size() - 1)[1] - Math.max(hi, ends.get(0)[1]);
        for (double[] e : ends) {
            e[1] -= Math.max(0, over); // keep the highest name inside the values' span
            int s = (int) e[0];
            org.jfree.chart.annotations.XYTextAnnotation name = new org.jfree.chart.annotations.XYTextAnnotation(
                    " " + series.get(s), xMax, e[1]);
            name.setFont(TICK);
            name.setPaint(PALETTE[s % PALETTE.length]);
            name.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(name);
        }
    }

    /** A number axis whose ticks stop at {@code last}: the room beyond it holds the lines' names, not values. */
    private static final class TicksUpTo extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final double last;

        TicksUpTo(String label, double last) {
            super(label);
            this.last = last;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
                java.awt.geom.Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
            List<?> ticks = super.refreshTicks(g2, state, dataArea, edge);
            List<Object> kept = new ArrayList<>();
            for (Object tick : ticks) {
                if (((org.jfree.chart.axis.ValueTick) tick).getValue() <= last + 1e-9) {
                    kept.add(tick);
                }
            }
            return kept;
        }
    }

    /** A box plot per category: median, quartiles, whiskers to the most extreme values within 1.5 IQR, outliers. */
    public static JFreeChart boxes(String title, String axisLabel, List<String> categories, List<double[]> values) {
        return boxes(title, axisLabel, categories, values, new double[0]);
    }

    /**
     * Box plots with unlabelled dashed lines across at {@code lines} (e.g. no effect and a practical margin: side by
     * side, labels would overlap, so the caption names them).
     */
    public static JFreeChart boxes(String title, String axisLabel, List<String> categories, List<double[]> values,
            double[] lines) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            List<Double> list = new ArrayList<>();
            for (double v : values.get(i)) {
                if (!Double.isNaN(v)) {
                    list.add(v);
                }
            }
            data.add(list, "values", categories.get(i));
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setSeriesPaint(0, new Color(86, 180, 233));
        renderer.setMeanVisible(false); // its dot grows with the box and hides the median
        renderer.setMaximumBarWidth(0.35);
        CategoryAxis domain = categoryAxis();
        NumberAxis range = new NumberAxis(axisLabel);
        range.setAutoRangeIncludesZero(false);
        style(range);
        CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        for (double line : lines) {
            plot.addRangeMarker(dashedLine(line, null, TextAnchor.TOP_LEFT));
        }
        return chart(title, plot, false);
    }

    /**
     * A frontier: a metric's estimate against head count, points joined by a line in a shaded band (its
     * confidence bounds), a dashed red line at the target (none when {@code target} is NaN) and a dotted
     * vertical line at the recommended count (none when NaN).
     */
    public static JFreeChart frontier(String title, String xLabel, String yLabel, double[] staff, double[] estimate,
            double[] low, double[] high, double target, double recommended) {
        return frontier(title, xLabel, yLabel, staff, estimate, low, high, target, recommended, Double.NaN, Texts.EN);
    }

    /**
     * As {@link #frontier(String, String, String, double[], double[], double[], double[], double, double)}, with a
     * dotted grey line at today's count ({@code today}, none when NaN); the axes always reach the target and both
     * counts, so that no line falls outside the chart. The lines are named in the language of {@code t}.
     */
    public static JFreeChart frontier(String title, String xLabel, String yLabel, double[] staff, double[] estimate,
            double[] low, double[] high, double target, double recommended, double today, Texts t) {
        YIntervalSeries line = new YIntervalSeries(yLabel, true, false);
        for (int i = 0; i < staff.length; i++) {
            if (!Double.isNaN(estimate[i])) {
                line.add(staff[i], estimate[i], Double.isNaN(low[i]) ? estimate[i] : low[i],
                        Double.isNaN(high[i]) ? estimate[i] : high[i]);
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(line);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.25f);
        renderer.setSeriesPaint(0, PALETTE[1]);
        renderer.setSeriesFillPaint(0, PALETTE[1]);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        NumberAxis x = new NumberAxis(xLabel);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        style(x);
        style(y);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        if (!Double.isNaN(target)) {
            plot.addRangeMarker(dashedLine(target, t.t("target"), TextAnchor.BOTTOM_RIGHT));
        }
        if (!Double.isNaN(recommended)) {
            plot.addDomainMarker(dottedLine(recommended, PALETTE[0], new float[] {2, 3}, t.t("recommended"),
                    RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT));
        }
        if (!Double.isNaN(today)) {
            plot.addDomainMarker(dottedLine(today, Color.GRAY, new float[] {1, 3}, t.t("today"), RectangleAnchor.BOTTOM_LEFT,
                    TextAnchor.BOTTOM_RIGHT));
        }
        include(y, target);
        include(x, recommended);
        include(x, today);
        return chart(title, plot, false);
    }

    /** A thin vertical line of dots at {@code value}, labelled. */
    private static ValueMarker dottedLine(double value, Color colour, float[] dots, String label, RectangleAnchor anchor,
            TextAnchor text) {
        ValueMarker m = new ValueMarker(value, colour, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10, dots, 0));
        m.setLabel(label);
        m.setLabelFont(TICK);
        m.setLabelAnchor(anchor);
        m.setLabelTextAnchor(text);
        return m;
    }

    /** Widens an axis, if needed, so that it shows {@code value} (nothing for NaN), with a small margin. */
    private static void include(NumberAxis axis, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        org.jfree.data.Range r = axis.getRange();
        if (value < r.getLowerBound() || value > r.getUpperBound()) {
            double lo = Math.min(r.getLowerBound(), value);
            double hi = Math.max(r.getUpperBound(), value);
            double margin = 0.05 * (hi - lo);
            axis.setRange(lo - (value <= r.getLowerBound() ? margin : 0), hi + (value >= r.getUpperBound() ? margin : 0));
        }
    }

    /** A dashed line across the plot at {@code value}, labelled at its top right: a target, a floor, a date. */
    private static ValueMarker dashedLine(double value, String label, TextAnchor textAnchor) {
        ValueMarker m = new ValueMarker(value, PALETTE[6], new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        m.setLabel(label);
        m.setLabelFont(TICK);
        m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(textAnchor);
        return m;
    }

    /** Category labels on the left, allowed up to 45% of the width (scenario names are long). */
    private static CategoryAxis categoryAxis() {
        CategoryAxis domain = new CategoryAxis();
        domain.setTickLabelFont(TICK);
        domain.setMaximumCategoryLabelWidthRatio(0.45f);
        return domain;
    }

    private static void style(NumberAxis axis) {
        axis.setLabelFont(LABEL);
        axis.setTickLabelFont(TICK);
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
