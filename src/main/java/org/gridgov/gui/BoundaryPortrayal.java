package org.gridgov.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.gridgov.model.GridCell;
import sim.field.grid.ObjectGrid2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

/**
 * Community and street boundaries: each cell draws the sides it shares with another community (thin) or
 * street or the outside (thick). Neighbours draw a shared side identically, so the order does not matter.
 */
final class BoundaryPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    static final Color STREET = new Color(0x1B2230);
    static final Color COMMUNITY = new Color(0x4A5568);

    private final CityMap map;

    BoundaryPortrayal(CityMap map) {
        this.map = map;
    }

    static float streetWidth(double cellSize) {
        return (float) Math.max(2, cellSize * 0.08);
    }

    static float communityWidth(double cellSize) {
        return (float) Math.max(1, cellSize * 0.03);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        GridCell cell = (GridCell) object;
        ObjectGrid2D field = map.run().model().city().field();
        Rectangle2D.Double r = CellPortrayal.bounds(info);
        double size = Math.min(r.width, r.height);
        side(g, cell, neighbour(field, cell.x() - 1, cell.y()), r.x, r.y, r.x, r.y + r.height, size);
        side(g, cell, neighbour(field, cell.x() + 1, cell.y()), r.x + r.width, r.y, r.x + r.width, r.y + r.height, size);
        side(g, cell, neighbour(field, cell.x(), cell.y() - 1), r.x, r.y, r.x + r.width, r.y, size);
        side(g, cell, neighbour(field, cell.x(), cell.y() + 1), r.x, r.y + r.height, r.x + r.width, r.y + r.height, size);
    }

    private static GridCell neighbour(ObjectGrid2D field, int x, int y) {
        boolean inside = x >= 0 && y >= 0 && x < field.getWidth() && y < field.getHeight();
        return inside ? (GridCell) field.get(x, y) : null;
    }

    private static void side(Graphics2D g, GridCell cell, GridCell other, double x1, double y1, double x2, double y2,
            double size) {
        if (other == null || other.street() != cell.street()) {
            g.setColor(STREET);
            g.setStroke(new BasicStroke(streetWidth(size), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        } else if (other.community() != cell.community()) {
            g.setColor(COMMUNITY);
            g.setStroke(new BasicStroke(communityWidth(size), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        } else {
            return;
        }
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }
}
