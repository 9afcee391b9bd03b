package org.gridgov.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

import org.gridgov.report.CellShapes;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Bag;

/**
 * Community boundaries (thin) and street boundaries with the city's edge (thick), drawn over the cells as the
 * outlines of their unions. A layer of its own on the cells' field; it draws the outlines at once, not per cell, and
 * nothing on it can be clicked.
 */
final class BoundaryPortrayal extends ContinuousPortrayal2D {
    private static final long serialVersionUID = 1L;
    static final Color STREET = new Color(0x1B2230);
    static final Color COMMUNITY = new Color(0x4A5568);

    private final CityMap map;

    BoundaryPortrayal(CityMap map) {
        this.map = map;
    }

    static float streetWidth(double cellSize) {
        return (float) Math.max(2, Math.min(5, cellSize * 0.08));
    }

    static float communityWidth(double cellSize) {
        return (float) Math.max(1, Math.min(2, cellSize * 0.03));
    }

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
        if (g == null || map.run() == null) {
            return;
        }
        CellShapes shapes = map.run().plan().shapes();
        AffineTransform onto = shapes.onto(info.draw);
        double cell = shapes.typicalSide() * onto.getScaleX();
        CellShapes.stroke(g, onto, shapes.communities(), COMMUNITY, communityWidth(cell));
        CellShapes.stroke(g, onto, shapes.streets(), STREET, streetWidth(cell));
    }

}
