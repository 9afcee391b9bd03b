package org.gridgov.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;

import org.gridgov.text.Texts;
import org.jfree.svg.SVGHints;

/** The keys of {@link ResultMap}: the legend of classes and boundaries, the north arrow and the scale bar. */
final class MapKey {
    static final float COMMUNITY_WIDTH = 1.2f;
    static final float STREET_WIDTH = 3f;
    /** Height below the map for the scale bar. */
    static final int SCALE_BAR_ROOM = 50;
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final int SWATCH = 22;

    private MapKey() {
    }

    /** The legend's height in pixels, at most (with a "no data" class). */
    static int height(ClassBreaks classes) {
        return 44 + (classes.count() + 1) * (SWATCH + 6) + 14 + 20 + 36 + 24 + 12;
    }

    /**
     * The classes from the lowest up, each with its bounds, "no data" if a cell has none, the lowest and highest
     * values with the unit, and the boundaries; from ({@code x}, {@code top}) down.
     */
    static void legend(Graphics2D g, double x, double top, ResultLayer layer, ClassBreaks classes, double[] values,
            Texts t) {
        double y = top + 16;
        g.setColor(ResultMap.INK);
        g.setFont(HEADING);
        g.drawString(layer.title(t), (float) x, (float) y);
        String unit = layer.unit(t);
        g.setFont(ResultMap.TEXT);
        y += 28;
        for (int k = 0; k < classes.count(); k++) {
            String range = classes.count() == 1 ? classes.text(classes.lower(0))
                    : classes.text(classes.lower(k)) + " \u2013 " + classes.text(classes.upper(k));
            swatch(g, x, y, layer.colour(k, classes.count()), "class-" + k, range);
            y += SWATCH + 6;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean missing = false;
        for (double v : values) {
            missing |= Double.isNaN(v);
            min = Double.isNaN(v) ? min : Math.min(min, v);
            max = Double.isNaN(v) ? max : Math.max(max, v);
        }
        if (missing) {
            swatch(g, x, y, ResultMap.NO_DATA, "no-data", t.t("no data"));
            y += SWATCH + 6;
        }
        g.setColor(ResultMap.MUTED);
        y += 14;
        if (min <= max) {
            g.drawString(t.f("lowest %s, highest %s", exact(min), exact(max)), (float) x, (float) y);
        }
        if (!unit.isEmpty()) {
            y += 20;
            g.drawString(t.f("all in %s", unit), (float) x, (float) y);
        }
        y += 36;
        y = line(g, x, y, new Color(0x1B2230), STREET_WIDTH, t.t("street boundary"));
        line(g, x, y, new Color(0x4A5568), COMMUNITY_WIDTH, t.t("community boundary"));
    }

    /** The legend's extremes to three significant digits, not rounded to the classes. */
    private static String exact(double v) {
        return plain(new BigDecimal(v).round(new MathContext(3)).doubleValue());
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void swatch(Graphics2D g, double x, double y, Color colour, String id, String label) {
        g.setColor(colour);
        g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, id);
        g.fill(new Rectangle2D.Double(x, y, SWATCH * 1.6, SWATCH));
        g.setColor(ResultMap.MUTED);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Rectangle2D.Double(x, y, SWATCH * 1.6, SWATCH));
        g.setColor(ResultMap.INK);
        g.drawString(label, (float) (x + SWATCH * 1.6 + 10), (float) (y + SWATCH * 0.72));
    }

    private static double line(Graphics2D g, double x, double y, Color colour, float width, String label) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(width));
        g.draw(new Line2D.Double(x, y, x + SWATCH * 1.6, y));
        g.setColor(ResultMap.INK);
        g.drawString(label, (float) (x + SWATCH * 1.6 + 10), (float) (y + 5));
        return y + 24;
    }

    /** An arrow pointing up with the letter for north, under the map's right corner, clear of the cells. */
    static void northArrow(Graphics2D g, Rectangle2D map, Texts t) {
        double cx = map.getMaxX() - 12;
        double top = map.getMaxY() + 16;
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(cx, top);
        arrow.lineTo(cx + 9, top + 26);
        arrow.lineTo(cx, top + 20);
        arrow.lineTo(cx - 9, top + 26);
        arrow.closePath();
        g.setColor(ResultMap.INK);
        g.fill(arrow);
        g.setFont(ResultMap.TEXT.deriveFont(Font.BOLD));
        String north = t.t("N");
        g.drawString(north, (float) (cx - 14 - g.getFontMetrics().stringWidth(north)), (float) (top + 20));
    }

    /**
     * A bar of a round length about a fifth of the map's width, in four black and white parts, under the map's left
     * corner, labelled in metres (kilometres from 1,000 m).
     *
     * @param pixelsPerMetre the map's scale
     * @param widthMetres the map's width
     */
    static void scaleBar(Graphics2D g, Rectangle2D map, double pixelsPerMetre, double widthMetres) {
        double metres = ClassBreaks.round(Math.max(widthMetres, 1) / 5);
        if (metres * pixelsPerMetre > map.getWidth() * 0.4) {
            metres = metres / 2; // a round width just above a fifth can be too long; half of it still reads
        }
        double length = metres * pixelsPerMetre;
        double x = map.getX();
        double y = map.getMaxY() + 14;
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i < 4; i++) {
            Rectangle2D.Double part = new Rectangle2D.Double(x + i * length / 4, y, length / 4, 6);
            g.setColor(i % 2 == 0 ? ResultMap.INK : Color.WHITE);
            g.fill(part);
            g.setColor(ResultMap.INK);
            g.draw(part);
        }
        g.setFont(ResultMap.TEXT);
        g.drawString("0", (float) x - 3, (float) y + 22);
        String end = metres >= 1000 ? plain(metres / 1000) + " km" : plain(metres) + " m";
        g.drawString(end, (float) (x + length - g.getFontMetrics().stringWidth(end) / 2.0), (float) y + 22);
    }
}
