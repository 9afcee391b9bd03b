package org.gridgov.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;

import org.gridgov.model.Activity;
import org.gridgov.model.GridCell;
import org.gridgov.model.GridWorker;
import org.gridgov.text.Texts;
import sim.display.GUIState;
import sim.engine.Steppable;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.SimplePortrayal2D;

/**
 * A grid worker: a dot at the centroid of the cell the worker is in (or on the way to), coloured by what the worker
 * is doing. Workers who share a cell stand side by side.
 */
final class WorkerPortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Color OUTLINE = new Color(0x111827);
    private static final Color SELECTED = new Color(0xFACC15);

    private final CityMap map;

    WorkerPortrayal(CityMap map) {
        this.map = map;
    }

    private Ellipse2D.Double marker(GridWorker worker, DrawInfo2D info) {
        int[] place = map.run().plan().place(worker);
        int n = place[1];
        int i = place[0];
        double d = CellPortrayal.side(map, worker.location(), info) * Math.min(0.42, 0.9 / n);
        double x = info.draw.x + (i - (n - 1) / 2.0) * d * 1.05;
        return new Ellipse2D.Double(x - d / 2, info.draw.y - d / 2, d, d);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        GridWorker worker = (GridWorker) object;
        Ellipse2D.Double m = marker(worker, info);
        g.setColor(WorkerState.of(worker, map.run().now()).color());
        g.fill(m);
        g.setColor(info.selected ? SELECTED : OUTLINE);
        g.setStroke(new BasicStroke(info.selected ? 3f : 1.2f));
        g.draw(m);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return marker((GridWorker) object, range).intersects(range.clip);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState gui) {
        GridWorker worker = (GridWorker) wrapper.getObject();
        LiveRun run = map.run();
        Texts t = map.texts();
        PropertyList p = new PropertyList(worker)
                .add(t.t("Doing"), String.class, () -> WorkerState.of(worker, run.now()).label(t) + " ("
                        + activity(t, worker.activity()) + ")",
                        t.t("What the worker is doing now; off duty, the activity that resumes next shift."))
                .add(t.t("Patrolling cell"), Integer.TYPE, () -> worker.patrolCell().id(),
                        t.t("The cell being patrolled or last patrolled."))
                .add(t.t("Cells"), String.class, () -> cellList(worker), t.t("The cells this worker is responsible for."))
                .add(t.t("Households"), Integer.TYPE, () -> worker.cells().stream().mapToInt(GridCell::households).sum(),
                        t.t("Households in the worker's cells."))
                .add(t.t("Load so far"), String.class,
                        () -> MapLayer.WORKER_LOAD.text(t, run.staff().load(worker, run.now())),
                        t.t("Share of on-duty hours so far spent on work other than patrol."));
        synchronized (run.model().schedule) {
            return new SimpleInspector(p, gui, null) {
                @Override
                public Steppable getUpdateSteppable() {
                    return CoalescedUpdates.of(this);
                }
            };
        }
    }

    /** The worker's activity, as the model names it. */
    private static String activity(Texts t, Activity a) {
        return switch (a) {
            case PATROL -> t.t("patrol");
            case FILING -> t.t("filing");
            case ON_SPOT_FIX -> t.t("on spot fix");
            case HANDLING -> t.t("handling");
            case VERIFICATION -> t.t("verification");
            case EXTRA_DUTY -> t.t("extra duty");
            case TRAVEL -> t.t("on the way");
        };
    }

    private static String cellList(GridWorker worker) {
        StringBuilder b = new StringBuilder();
        for (GridCell c : worker.cells()) {
            b.append(b.length() == 0 ? "" : ", ").append(c.id());
        }
        return b.toString();
    }

    @Override
    public String getName(LocationWrapper wrapper) {
        Texts t = map.texts();
        return t.f("Grid worker %d", ((GridWorker) wrapper.getObject()).number());
    }
}
