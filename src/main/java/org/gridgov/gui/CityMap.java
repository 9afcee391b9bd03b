package org.gridgov.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.gridgov.text.Texts;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Bag;

/**
 * The map's layers as MASON portrayals of the {@link CityPlan}'s fields: the city's cells (their polygons) coloured
 * by the chosen {@link MapLayer}, community and street boundaries over them, the volunteers in each cell, and the
 * grid workers on top.
 */
final class CityMap {
    final ContinuousPortrayal2D cells = new ContinuousPortrayal2D();
    final ContinuousPortrayal2D boundaries = new BoundaryPortrayal(this);
    /** Volunteers, counted per cell when the map is drawn. */
    final ContinuousPortrayal2D volunteers = new ContinuousPortrayal2D() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
            run.countVolunteers();
            super.hitOrDraw(g, info, putInHere);
        }
    };
    /** Grid workers, moved to the cells they are in when the map is drawn or clicked, not after every step. */
    final ContinuousPortrayal2D workers = new ContinuousPortrayal2D() {
        private static final long serialVersionUID = 1L;

        @Override
        protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
            run.placeWorkers();
            super.hitOrDraw(g, info, putInHere);
        }
    };

    private final Texts texts;
    private volatile MapLayer layer;
    private volatile LiveRun run;
    private volatile boolean cellNumbers;

    CityMap(MapLayer layer, Texts texts) {
        this.layer = layer;
        this.texts = texts;
        cells.setPortrayalForAll(new CellPortrayal(this));
        volunteers.setPortrayalForAll(new VolunteerPortrayal(this));
        workers.setPortrayalForAll(new WorkerPortrayal(this));
    }

    /** The language of the map's names, legend and inspectors. */
    Texts texts() {
        return texts;
    }

    MapLayer layer() {
        return layer;
    }

    void setLayer(MapLayer layer) {
        this.layer = layer;
    }

    /** True when each cell shows its number. */
    boolean cellNumbers() {
        return cellNumbers;
    }

    void setCellNumbers(boolean shown) {
        this.cellNumbers = shown;
    }

    LiveRun run() {
        return run;
    }

    /** Shows a run that has just started. */
    void show(LiveRun run) {
        this.run = run;
        CityPlan plan = run.plan();
        cells.setField(plan.cells());
        boundaries.setField(plan.cells());
        volunteers.setField(plan.cells());
        workers.setField(plan.workers());
    }

    /** The layers bottom to top, with the names MASON's layer menu shows. */
    List<FieldPortrayal2D> layers() {
        return List.of(cells, boundaries, volunteers, workers);
    }

    List<String> layerNames() {
        Texts t = texts;
        return List.of(t.t("Grid cells"), t.t("Boundaries"), t.t("Volunteers"), t.t("Grid workers"));
    }

    /** Draws the whole map into {@code area}, as a Display2D would (for snapshots). */
    void draw(Graphics2D g, Rectangle2D area, GUIState gui) {
        for (FieldPortrayal2D p : layers()) {
            p.draw(p.getField(), g, new DrawInfo2D(gui, p, area, area));
        }
    }
}
