package org.gridgov.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.gridgov.model.GridCell;
import org.gridgov.text.Texts;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/** A grid cell filled with its colour on the map's layer; clicking it inspects the cell and its cases. */
final class CellPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color EDGE = new Color(255, 255, 255, 150);
    private static final Color SELECTED = new Color(0x111827);
    private static final Color NUMBER_ON_LIGHT = new Color(0x111827);
    private static final Color NUMBER_ON_DARK = Color.WHITE;

    private final CityMap map;

    CellPortrayal(CityMap map) {
        this.map = map;
    }

    static Rectangle2D.Double bounds(DrawInfo2D info) {
        return new Rectangle2D.Double(info.draw.x - info.draw.width / 2, info.draw.y - info.draw.height / 2,
                info.draw.width, info.draw.height);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        GridCell cell = (GridCell) object;
        MapLayer layer = map.layer();
        LiveRun run = map.run();
        Rectangle2D.Double r = bounds(info);
        Color fill = layer.color(layer.value(run, cell), run.scales().range(layer));
        g.setColor(fill);
        g.fill(r);
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
        if (map.cellNumbers()) {
            number(g, r, cell.id(), fill);
        }
        if (info.selected) {
            float w = (float) Math.max(2, r.width * 0.08);
            g.setColor(SELECTED);
            g.setStroke(new BasicStroke(w));
            g.draw(new Rectangle2D.Double(r.x + w, r.y + w, r.width - 2 * w, r.height - 2 * w));
        }
    }

    /** The cell's number in its top left corner, clear of the workers in the middle and the volunteers below. */
    private static void number(Graphics2D g, Rectangle2D.Double r, int id, Color fill) {
        float size = (float) Math.max(8, Math.min(13, r.height * 0.24));
        g.setFont(g.getFont().deriveFont(Font.PLAIN, size));
        boolean dark = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue() < 140;
        g.setColor(dark ? NUMBER_ON_DARK : NUMBER_ON_LIGHT);
        g.drawString(Integer.toString(id), (float) (r.x + size * 0.25), (float) (r.y + size * 1.05));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return range.clip.intersects(bounds(range));
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        LiveRun run = map.run();
        synchronized (run.model().schedule) {
            return new CellInspector((GridCell) wrapper.getObject(), run, gui, map.texts());
        }
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        GridCell c = (GridCell) wrapper.getObject();
        Texts t = map.texts();
        return t.f("Cell %d (community %d, street %d)", c.id(), c.community(), c.street());
    }
}
