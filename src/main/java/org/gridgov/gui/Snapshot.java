package org.gridgov.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.gridgov.model.City;
import org.gridgov.report.AtomicFile;
import org.jfree.chart.JFreeChart;

/**
 * A picture of a run without a window, for the docs and for tests: steps the live view's model to its
 * end exactly as the Console would, then draws the map with its legend and the charts with the headline
 * numbers side by side. Works headless: MASON's portrayals and JFreeChart draw into any Graphics2D.
 */
public final class Snapshot {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 900;
    private static final int MARGIN = 16;
    private static final int TOP = 56;
    private static final int LEFT_WIDTH = 780;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private Snapshot() {
    }

    /** Runs a fresh model of {@code gui} to its end and draws it. */
    public static BufferedImage take(GridModelWithUI gui) {
        gui.start();
        while (gui.step()) {
            // the Console's play thread does exactly this
        }
        gui.finish();
        return render(gui);
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        ImageIO.setUseCache(false); // ImageIO's cache file would fail on a full disk in a thread of its own
        AtomicFile.writeBinary(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    /** Where the map's cells are drawn: the city's field as large as fits at the top of the left half, the legend below. */
    static Rectangle2D mapArea(City city) {
        double room = HEIGHT - TOP - MARGIN - Legend.HEIGHT - 8;
        double cell = Math.min(LEFT_WIDTH / (double) city.width(), room / city.height());
        double w = cell * city.width();
        double h = cell * city.height();
        return new Rectangle2D.Double(MARGIN + (LEFT_WIDTH - w) / 2, TOP, w, h);
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
            title(g, run, map.layer());

            Rectangle2D area = mapArea(run.model().city());
            g.setColor(MapWindow.BACKDROP);
            g.fill(area);
            map.draw(g, area, gui);
            Legend.paint(g, new Rectangle2D.Double(MARGIN, area.getMaxY() + 8, LEFT_WIDTH, Legend.HEIGHT),
                    map.layer(), run.scales().range(map.layer()));

            double x = MARGIN + LEFT_WIDTH + MARGIN;
            double w = WIDTH - MARGIN - x;
            HeadlineTiles.paint(g, new Rectangle2D.Double(x, TOP - 8, w, HeadlineTiles.HEIGHT), gui.charts().headline());
            List<JFreeChart> charts = gui.charts().charts();
            double top = TOP + HeadlineTiles.HEIGHT;
            double cw = (w - 8) / 2;
            double ch = (HEIGHT - MARGIN - top - 8) / 2;
            for (int i = 0; i < charts.size(); i++) {
                charts.get(i).draw(g, new Rectangle2D.Double(x + (i % 2) * (cw + 8), top + (i / 2) * (ch + 8), cw, ch));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void title(Graphics2D g, LiveRun run, MapLayer layer) {
        g.setColor(new Color(0x111827));
        g.setFont(TITLE);
        g.drawString(String.format(Locale.ROOT, "gridgov  \u00b7  %s  \u00b7  seed %d  \u00b7  after %d days",
                run.model().scenario().name(), run.model().seed(), run.model().days()), MARGIN, 26);
        g.setColor(new Color(0x5B6472));
        g.setFont(SUBTITLE);
        g.drawString("City map coloured by " + layer.title().toLowerCase(Locale.ROOT)
                + "; dots are grid workers at the cell they patrol", MARGIN, 44);
    }
}
