package org.gridgov.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;

import org.gridgov.model.GridCell;
import org.gridgov.report.CellShapes;
import org.gridgov.text.Texts;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;

/**
 * A grid cell's polygon filled with its colour on the map's layer, around the cell's centroid where the field places
 * it (the field's scale is pixels per metre); clicking inside it inspects the cell and its cases.
 */
final class CellPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color EDGE = new Color(255, 255, 255, 150);
    private static final Color SELECTED = new Color(0x111827);
    private static final Color NUMBER_ON_LIGHT = new Color(0x111827);
    private static final Color NUMBER_ON_DARK = Color.WHITE;

    /** The largest cell size that markers in a cell grow with. */
    static final double MOST_PIXELS = 60;

    private final CityMap map;

    CellPortrayal(CityMap map) {
        this.map = map;
    }

    /** The cell's polygon in pixels. */
    static Shape outline(CityMap map, GridCell cell, DrawInfo2D info) {
        AffineTransform t = new AffineTransform(info.draw.width, 0, 0, -info.draw.height, info.draw.x, info.draw.y);
        t.translate(-cell.centreX(), -cell.centreY());
        return t.createTransformedShape(map.run().plan().shapes().cell(cell.id()));
    }

    /**
     * How large to draw what stands in the cell, in pixels: the side of a square of its area, but no larger than the
     * mean cell's nor than {@link #MOST_PIXELS}, so that large cells or a map of a few cells do not hold giant workers.
     */
    static double side(CityMap map, GridCell cell, DrawInfo2D info) {
        CellShapes shapes = map.run().plan().shapes();
        double metres = Math.min(shapes.side(cell.id()), shapes.typicalSide());
        return Math.min(MOST_PIXELS, metres * Math.min(info.draw.width, info.draw.height));
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        GridCell cell = (GridCell) object;
        MapLayer layer = map.layer();
        LiveRun run = map.run();
        Shape outline = outline(map, cell, info);
        Color fill = layer.color(layer.value(run, cell), run.scales().range(layer));
        g.setColor(fill);
        g.fill(outline);
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(1f));
        g.draw(outline);
        double side = side(map, cell, info);
        if (map.cellNumbers()) {
            number(g, info.draw.x, info.draw.y, side, cell.id(), fill);
        }
        if (info.selected) {
            // Inside the outline only: the stroke's outer half is clipped away.
            float w = (float) Math.max(2, side * 0.08);
            Shape clip = g.getClip();
            g.clip(outline);
            g.setColor(SELECTED);
            g.setStroke(new BasicStroke(4 * w));
            g.draw(outline);
            g.setClip(clip);
        }
    }

    /**
     * The cell's number just above its centroid (near it, so inside cells of any shape), clear of the workers at the
     * centroid and the volunteers below it.
     */
    private static void number(Graphics2D g, double cx, double cy, double side, int id, Color fill) {
        float size = (float) Math.max(8, Math.min(13, side * 0.24));
        g.setFont(g.getFont().deriveFont(Font.PLAIN, size));
        boolean dark = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue() < 140;
        g.setColor(dark ? NUMBER_ON_DARK : NUMBER_ON_LIGHT);
        String text = Integer.toString(id);
        g.drawString(text, (float) (cx - g.getFontMetrics().stringWidth(text) / 2.0), (float) (cy - side * 0.27));
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return outline(map, (GridCell) object, range).intersects(range.clip);
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
