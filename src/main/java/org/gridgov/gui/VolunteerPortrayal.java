package org.gridgov.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

import org.gridgov.model.GridCell;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * The volunteers living in a cell: a green diamond below and left of the cell's centroid with the number of active
 * volunteers, when there are any. Volunteers patrol their home cell, so that is where they are.
 */
final class VolunteerPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final Color FILL = new Color(0x16A34A);
    private static final Color OUTLINE = new Color(0x052E16);
    private static final Font NUMBER = new Font(Font.SANS_SERIF, Font.BOLD, 10);

    private final CityMap map;

    VolunteerPortrayal(CityMap map) {
        this.map = map;
    }

    static Path2D.Double diamond(double cx, double cy, double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(cx, cy - r);
        d.lineTo(cx + r, cy);
        d.lineTo(cx, cy + r);
        d.lineTo(cx - r, cy);
        d.closePath();
        return d;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        int count = map.run().volunteersIn((GridCell) object);
        if (count == 0) {
            return;
        }
        // Where the lower left corner of a square of the cell's area around its centroid would be, less a margin.
        double size = CellPortrayal.side(map, (GridCell) object, info);
        double r = size * 0.16;
        double cx = info.draw.x - size / 2 + r * 1.3;
        double cy = info.draw.y + size / 2 - r * 1.3;
        Path2D.Double d = diamond(cx, cy, r);
        g.setColor(FILL);
        g.fill(d);
        g.setColor(OUTLINE);
        g.setStroke(new BasicStroke(1f));
        g.draw(d);
        if (r >= 7) {
            g.setFont(NUMBER);
            String text = Integer.toString(count);
            g.setColor(Color.WHITE);
            g.drawString(text, (float) (cx - g.getFontMetrics().stringWidth(text) / 2.0),
                    (float) (cy + g.getFontMetrics().getAscent() / 2.0 - 1));
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
