package org.gridgov.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.gridgov.report.AtomicFile;
import org.gridgov.report.CellShapes;
import org.gridgov.text.Texts;
import org.jfree.chart.JFreeChart;

/**
 * A picture of a run without a window, for the docs and for tests: steps the live view's model exactly as
 * the Console would to a time of day on the run's last weekday (10:00 unless told otherwise, when grid
 * workers are at work), then draws the map with its legend and the charts with the headline numbers. Works
 * headless: MASON's portrayals and JFreeChart draw into any Graphics2D.
 */
public final class Snapshot {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 900;
    /** The time of day shown unless told otherwise: office hours. */
    public static final LocalTime DEFAULT_AT = LocalTime.of(10, 0);
    /** The least height below the map's legend worth giving two of the charts. */
    private static final int ROOM_FOR_CHARTS = 240;
    private static final int MARGIN = 16;
    private static final int TOP = 56;
    private static final int LEFT_WIDTH = 780;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private Snapshot() {
    }

    /** Runs a fresh model of {@code gui} to {@code at} on its last weekday and draws it. */
    public static BufferedImage take(GridModelWithUI gui, LocalTime at) {
        gui.start();
        double until = time(gui.model().days(), at);
        // A step at exactly that time, so that the picture is of it, not of the first event after it.
        gui.model().schedule.scheduleOnce(until, state -> { });
        while (gui.map().run().now() < until && gui.step()) {
            // the Console's play thread does exactly this
        }
        BufferedImage image = render(gui);
        gui.finish();
        return image;
    }

    /**
     * The hours from the start to {@code at} on the last weekday of a run of {@code days} days (day 1 is a
     * Monday): grid workers work on weekdays, so that is when the map shows them at work.
     */
    static double time(int days, LocalTime at) {
        int day = days;
        while ((day - 1) % 7 >= 5) {
            day--;
        }
        return (day - 1) * 24.0 + at.toSecondOfDay() / 3600.0;
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        ImageIO.setUseCache(false); // ImageIO's cache file would fail on a full disk in a thread of its own
        AtomicFile.writeBinary(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    /** Where the map is drawn: the city as large as fits at the top of the left part, north up, the legend below. */
    static Rectangle2D mapArea(CellShapes city) {
        double room = HEIGHT - TOP - MARGIN - Legend.HEIGHT - 8;
        Rectangle2D fit = city.fit(new Rectangle2D.Double(MARGIN, TOP, LEFT_WIDTH, room));
        return new Rectangle2D.Double(fit.getX(), TOP, fit.getWidth(), fit.getHeight());
    }

    static BufferedImage render(GridModelWithUI gui) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            CityMap map = gui.map();
            LiveRun run = map.run();
            title(g, run, map.layer(), map.texts());

            Rectangle2D area = mapArea(run.plan().shapes());
            g.setColor(MapWindow.BACKDROP);
            g.fill(area);
            map.draw(g, area, gui);
            Legend.paint(g, new Rectangle2D.Double(MARGIN, area.getMaxY() + 8, LEFT_WIDTH, Legend.HEIGHT),
                    map.layer(), run.scales().range(map.layer()), map.texts());

            double x = MARGIN + LEFT_WIDTH + MARGIN;
            double w = WIDTH - MARGIN - x;
            HeadlineTiles.paint(g, new Rectangle2D.Double(x, TOP - 8, w, HeadlineTiles.HEIGHT), gui.charts().headline(),
                    map.texts());
            List<JFreeChart> charts = gui.charts().charts();
            double top = TOP + HeadlineTiles.HEIGHT;
            double belowLegend = area.getMaxY() + 8 + Legend.HEIGHT + 8;
            if (HEIGHT - MARGIN - belowLegend >= ROOM_FOR_CHARTS) {
                // A wide city leaves room under the map: two charts there, two larger ones on the right.
                int half = charts.size() / 2;
                draw(g, charts.subList(0, half), new Rectangle2D.Double(x, top, w, HEIGHT - MARGIN - top), 1);
                draw(g, charts.subList(half, charts.size()),
                        new Rectangle2D.Double(MARGIN, belowLegend, LEFT_WIDTH, HEIGHT - MARGIN - belowLegend), half);
            } else {
                draw(g, charts, new Rectangle2D.Double(x, top, w, HEIGHT - MARGIN - top), 2);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Charts in {@code columns} columns filling {@code box}, 8 pixels apart. */
    private static void draw(Graphics2D g, List<JFreeChart> charts, Rectangle2D box, int columns) {
        int rows = (charts.size() + columns - 1) / columns;
        double cw = (box.getWidth() - 8 * (columns - 1)) / columns;
        double ch = (box.getHeight() - 8 * (rows - 1)) / rows;
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).draw(g, new Rectangle2D.Double(box.getX() + (i % columns) * (cw + 8),
                    box.getY() + (i / columns) * (ch + 8), cw, ch));
        }
    }

    /** The run's time as the picture shows it, e.g. "day 45 (Wed) 10:00", in the live view's language. */
    public static String when(GridModelWithUI gui) {
        return TimeText.at(gui.map().texts(), gui.map().run().now());
    }

    private static void title(Graphics2D g, LiveRun run, MapLayer layer, Texts t) {
        g.setColor(new Color(0x111827));
        g.setFont(TITLE);
        g.drawString(t.f("gridgov  ·  %s  ·  seed %d  ·  %s", run.model().scenario().name(),
                run.model().seed(), TimeText.at(t, run.now())), MARGIN, 26);
        g.setColor(new Color(0x5B6472));
        g.setFont(SUBTITLE);
        g.drawString(t.f("City map coloured by %s, north up; dots are grid workers where they are",
                layer.title(t).toLowerCase(Locale.ROOT)), MARGIN, 44);
    }
}
