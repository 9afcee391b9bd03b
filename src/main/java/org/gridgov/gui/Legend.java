package org.gridgov.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.gridgov.text.Texts;

/**
 * Paints the map's legend: the layer's name and colour bar with its values, then the grid workers'
 * colours and the boundary lines. Used by the map window and by snapshots.
 */
final class Legend {
    static final int HEIGHT = 92;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color INK = new Color(0x111827);
    private static final Color MUTED = new Color(0x5B6472);

    private Legend() {
    }

    static void paint(Graphics2D g, Rectangle2D area, MapLayer layer, ScaleRange range, Texts t) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        float x = (float) area.getX() + 8;
        float y = (float) area.getY() + 16;
        g.setFont(TITLE);
        g.setColor(INK);
        String title = layer.title(t);
        g.drawString(title, x, y);
        float after = x + g.getFontMetrics().stringWidth(title) + 10;
        g.setFont(TEXT);
        g.setColor(MUTED);
        g.drawString(layer.description(t), after, y);

        double barWidth = Math.min(420, area.getWidth() - 120);
        double barY = y + 8;
        colourBar(g, x, barY, barWidth, layer, range, t);
        if (layer == MapLayer.WORKER_LOAD) {
            swatch(g, x + barWidth + 36, barY, MapLayer.NO_DATA, t.t("no data yet"));
        }

        double keyY = barY + 48;
        double kx = x;
        g.setFont(TEXT);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(INK);
        String workers = t.t("Grid workers:");
        g.drawString(workers, (float) kx, (float) keyY + 4);
        kx += fm.stringWidth(workers) + 8;
        for (WorkerState s : WorkerState.values()) {
            Ellipse2D.Double dot = new Ellipse2D.Double(kx, keyY - 7, 12, 12);
            g.setColor(s.color());
            g.fill(dot);
            g.setColor(INK);
            g.setStroke(new BasicStroke(1f));
            g.draw(dot);
            String label = s.label(t);
            g.drawString(label, (float) kx + 16, (float) keyY + 4);
            kx += 16 + fm.stringWidth(label) + 14;
        }
        kx += 6;
        g.setColor(VolunteerPortrayal.FILL);
        g.fill(VolunteerPortrayal.diamond(kx + 6, keyY - 1, 6));
        g.setColor(INK);
        String volunteers = t.t("volunteers");
        g.drawString(volunteers, (float) kx + 16, (float) keyY + 4);
        kx += 16 + fm.stringWidth(volunteers) + 14;
        kx = line(g, kx, keyY, BoundaryPortrayal.STREET, 3f, t.t("street"), fm);
        line(g, kx, keyY, BoundaryPortrayal.COMMUNITY, 1.5f, t.t("community"), fm);
    }

    private static void colourBar(Graphics2D g, double x, double y, double width, MapLayer layer, ScaleRange range,
            Texts t) {
        int steps = (int) Math.max(1, width);
        for (int i = 0; i < steps; i++) {
            g.setColor(layer.palette().at((i + 0.5) / steps));
            g.fill(new Rectangle2D.Double(x + width * i / steps, y, width / steps + 0.5, 14));
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x, y, width, 14));
        g.setFont(TEXT);
        FontMetrics fm = g.getFontMetrics();
        double[] ticks = range.ticks(layer.tickStep(range));
        for (int i = 0; i < ticks.length; i++) {
            double tx = x + range.fraction(ticks[i]) * width;
            g.draw(new Line2D.Double(tx, y + 14, tx, y + 18));
            String label = layer.text(t, ticks[i]);
            if (i == ticks.length - 1 && layer.clampsAbove()) {
                label = "\u2265 " + label;
            }
            int w = fm.stringWidth(label);
            double lx = Math.max(x - 2, tx - w / 2.0);
            g.drawString(label, (float) lx, (float) (y + 18 + fm.getAscent()));
        }
    }

    private static void swatch(Graphics2D g, double x, double y, Color color, String label) {
        g.setColor(color);
        g.fill(new Rectangle2D.Double(x, y, 18, 14));
        g.setColor(INK);
        g.draw(new Rectangle2D.Double(x, y, 18, 14));
        g.drawString(label, (float) x + 24, (float) y + 12);
    }

    private static double line(Graphics2D g, double x, double y, Color color, float width, String label,
            FontMetrics fm) {
        g.setColor(color);
        g.setStroke(new BasicStroke(width));
        g.draw(new Line2D.Double(x, y - 2, x + 22, y - 2));
        g.setColor(INK);
        g.setStroke(new BasicStroke(1f));
        g.drawString(label, (float) x + 28, (float) y + 4);
        return x + 28 + fm.stringWidth(label) + 14;
    }
}
