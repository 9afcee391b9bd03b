package org.gridgov.gui;

import java.awt.geom.Rectangle2D;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.model.City;
import org.gridgov.model.GridCell;
import org.gridgov.model.GridWorker;
import org.gridgov.report.CellShapes;
import sim.field.continuous.Continuous2D;
import sim.util.Double2D;

/**
 * The city on MASON's continuous fields, for the map: each cell at its centroid, each grid worker at the centroid of
 * the cell it is in, in metres from the map's north-west corner with y growing south, as on screen. One plan for the
 * rectangle and for a district's map: portrayals draw a cell's polygon around its place.
 */
final class CityPlan {
    private final CellShapes shapes;
    private final Rectangle2D bounds;
    private final Continuous2D cells;
    private final Continuous2D workers;
    private final GridCell[] placedAt;
    /** Each worker's place among those in the same cell: {index, how many}. */
    private volatile Map<GridWorker, int[]> places = new IdentityHashMap<>();

    CityPlan(City city, int workerCount) {
        shapes = CellShapes.of(city);
        bounds = shapes.bounds();
        // The portrayals skip objects further than the discretization outside the visible part: a cell's reach.
        double reach = Math.max(1, shapes.reach());
        double w = Math.max(1, bounds.getWidth());
        double h = Math.max(1, bounds.getHeight());
        cells = new Continuous2D(reach, w, h);
        workers = new Continuous2D(reach, w, h);
        for (GridCell c : city.cells()) {
            cells.setObjectLocation(c, at(c));
        }
        placedAt = new GridCell[workerCount];
    }

    CellShapes shapes() { return shapes; }
    Continuous2D cells() { return cells; }
    Continuous2D workers() { return workers; }

    /** The cell's centroid on the fields. */
    Double2D at(GridCell c) {
        return new Double2D(c.centreX() - bounds.getMinX(), bounds.getMaxY() - c.centreY());
    }

    /**
     * Moves the workers to the cells they are in, and numbers those who share a cell. Only the thread that draws the
     * map (Swing's, or a snapshot's) calls this, so the worker field has one writer.
     */
    void placeWorkers(List<GridWorker> all) {
        Map<GridCell, Integer> count = new IdentityHashMap<>();
        Map<GridWorker, int[]> next = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            GridWorker w = all.get(i);
            GridCell cell = w.location();
            if (cell != placedAt[i]) {
                workers.setObjectLocation(w, at(cell));
                placedAt[i] = cell;
            }
            next.put(w, new int[] {count.merge(cell, 1, Integer::sum) - 1, 0});
        }
        for (int i = 0; i < all.size(); i++) {
            next.get(all.get(i))[1] = count.get(placedAt[i]);
        }
        places = next;
    }

    /** The worker's index among those in its cell, and how many they are, as last placed. */
    int[] place(GridWorker worker) {
        int[] p = places.get(worker);
        return p == null ? new int[] {0, 1} : p;
    }
}
