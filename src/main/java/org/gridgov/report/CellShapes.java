package org.gridgov.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gridgov.model.City;
import org.gridgov.model.GridCell;

/**
 * A city's cells as shapes for maps, in metres east and north of its centre: each cell's polygon, the outlines of
 * its communities and of its streets, and the extent of them all. The same for the built-in rectangle (its squares
 * are polygons too) and for a district's map, so the live view and {@code map.png} draw both alike.
 *
 * <p>An outline is the union of its cells, so it runs exactly where neighbouring cells of different communities (or
 * streets) meet and along the city's edge, even where one cell's side meets two of another's.
 */
public final class CellShapes {
    private final List<Path2D.Double> cells;
    private final List<Area> communities = new ArrayList<>();
    private final List<Area> streets = new ArrayList<>();
    private final Rectangle2D bounds;
    private final double[] sides;
    private final double reach;
    private final double typical;

    private CellShapes(City city) {
        cells = new ArrayList<>(city.cells().size());
        sides = new double[city.cells().size()];
        Map<Integer, Area> community = new TreeMap<>();
        Map<Integer, Integer> streetOf = new TreeMap<>();
        Rectangle2D extent = null;
        double far = 0;
        for (GridCell c : city.cells()) {
            Path2D.Double path = polygon(c.outline());
            cells.add(path);
            sides[c.id()] = Math.sqrt(area(c.outline()));
            Rectangle2D b = path.getBounds2D();
            extent = extent == null ? b : extent.createUnion(b);
            far = Math.max(far, Math.max(Math.max(b.getMaxX() - c.centreX(), c.centreX() - b.getMinX()),
                    Math.max(b.getMaxY() - c.centreY(), c.centreY() - b.getMinY())));
            community.computeIfAbsent(c.community(), k -> new Area()).add(new Area(path));
            streetOf.put(c.community(), c.street());
        }
        // Streets from their communities' unions: a few large unions instead of one per cell.
        Map<Integer, Area> street = new TreeMap<>();
        for (Map.Entry<Integer, Area> e : community.entrySet()) {
            communities.add(e.getValue());
            street.computeIfAbsent(streetOf.get(e.getKey()), k -> new Area()).add(e.getValue());
        }
        streets.addAll(street.values());
        bounds = extent == null ? new Rectangle2D.Double() : extent;
        double squares = 0;
        for (double side : sides) {
            squares += side * side;
        }
        typical = sides.length == 0 ? 1 : Math.sqrt(squares / sides.length);
        reach = far;
    }

    public static CellShapes of(City city) {
        return new CellShapes(city);
    }

    private static Path2D.Double polygon(List<double[]> rings) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] xy : rings) {
            p.moveTo(xy[0], xy[1]);
            for (int i = 2; i < xy.length; i += 2) {
                p.lineTo(xy[i], xy[i + 1]);
            }
            p.closePath();
        }
        return p;
    }

    /** The area the rings enclose by the even-odd rule, in square metres (holes lie inside their outer ring). */
    private static double area(List<double[]> rings) {
        double outer = 0;
        double holes = 0;
        for (int r = 0; r < rings.size(); r++) {
            double[] xy = rings.get(r);
            double twice = 0;
            for (int i = 0; i + 3 < xy.length; i += 2) {
                twice += xy[i] * xy[i + 3] - xy[i + 2] * xy[i + 1];
            }
            if (r == 0) {
                outer += Math.abs(twice) / 2;
            } else {
                holes += Math.abs(twice) / 2;
            }
        }
        return Math.max(0, outer - holes);
    }

    /** The cell's polygon in metres, y north; not to be changed. */
    public Path2D.Double cell(int id) {
        return cells.get(id);
    }

    /** The side of a square of the cell's drawn area, in metres: how large to draw things in it. */
    public double side(int id) {
        return sides[id];
    }

    /** The side of a square of the mean cell's drawn area, in metres. */
    public double typicalSide() {
        return typical;
    }

    /** How far any cell's polygon reaches from its centroid along either axis, in metres. */
    public double reach() {
        return reach;
    }

    /** Every community's region, whose outline is stroked; not to be changed. */
    public List<? extends Shape> communities() {
        return communities;
    }

    /** Every street's region (their outlines include the city's edge); not to be changed. */
    public List<? extends Shape> streets() {
        return streets;
    }

    /** The smallest rectangle around every cell, in metres, y north. */
    public Rectangle2D bounds() {
        return (Rectangle2D) bounds.clone();
    }

    /** The largest rectangle of the map's proportions that fits {@code box}, centred in it. */
    public Rectangle2D fit(Rectangle2D box) {
        double scale = scaleToFit(box);
        double w = bounds.getWidth() * scale;
        double h = bounds.getHeight() * scale;
        return new Rectangle2D.Double(box.getX() + (box.getWidth() - w) / 2, box.getY() + (box.getHeight() - h) / 2,
                w, h);
    }

    /** Pixels per metre when the map fills as much of {@code box} as it can. */
    public double scaleToFit(Rectangle2D box) {
        double w = Math.max(bounds.getWidth(), 1e-9);
        double h = Math.max(bounds.getHeight(), 1e-9);
        return Math.min(box.getWidth() / w, box.getHeight() / h);
    }

    /** From metres to the pixels of {@code area} (as {@link #fit} gives it), north up. */
    public AffineTransform onto(Rectangle2D area) {
        AffineTransform t = new AffineTransform();
        t.translate(area.getX(), area.getY());
        t.scale(area.getWidth() / Math.max(bounds.getWidth(), 1e-9), -area.getHeight() / Math.max(bounds.getHeight(),
                1e-9));
        t.translate(-bounds.getMinX(), -bounds.getMaxY());
        return t;
    }

    /** Strokes each region's outline, moved onto the page by {@code onto}, in one colour and width, round joins. */
    public static void stroke(Graphics2D g, AffineTransform onto, Iterable<? extends Shape> regions, Color colour,
            float width) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Shape region : regions) {
            g.draw(onto.createTransformedShape(region));
        }
    }
}
