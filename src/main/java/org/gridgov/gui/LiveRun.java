package org.gridgov.gui;

import org.gridgov.model.GridCell;
import org.gridgov.model.GridModel;
import org.gridgov.model.Households;
import org.gridgov.model.Volunteer;
import org.gridgov.observe.Measurement;
import org.gridgov.text.Texts;
import sim.engine.Steppable;

/**
 * One run in the live view: the started model and the observers the views read. The observers are
 * registered on the model's event bus right after it starts; views read them on the model's thread or
 * while MASON holds the schedule's lock.
 */
final class LiveRun {
    private final GridModel model;
    private final int warmupDays;
    private final Measurement measurement;
    private final CellCases cases;
    private final StaffActivity staff;
    private final CityPlan plan;
    private volatile int[] volunteersByCell;
    private final LayerScales scales;
    private volatile double now;

    private LiveRun(GridModel model, int warmupDays, Texts t) {
        this.model = model;
        // The headline counts while the run goes on, so it cannot wait for a warm-up chosen from the data
        // at the end: it counts from day 1 then, while the final metrics are those of `gridgov run`.
        this.warmupDays = Math.max(0, warmupDays);
        this.measurement = Measurement.attach(model, warmupDays, false);
        this.cases = model.bus().register(new CellCases(model.city().cells().size(), t));
        this.staff = model.bus().register(new StaffActivity(model));
        this.plan = new CityPlan(model.city(), model.workers().size());
        this.volunteersByCell = new int[model.city().cells().size()];
        placeWorkers();
        this.scales = new LayerScales(this);
    }

    /**
     * Attaches the live view's observers to a model that has just started.
     *
     * @param warmupDays the scenario's warm-up, or {@code SimulationParams.WARMUP_FROM_DATA}
     * @param t the language of the cases' histories
     */
    static LiveRun attach(GridModel model, int warmupDays, Texts t) {
        return new LiveRun(model, warmupDays, t);
    }

    GridModel model() { return model; }
    int warmupDays() { return warmupDays; }
    Measurement measurement() { return measurement; }
    CellCases cases() { return cases; }
    StaffActivity staff() { return staff; }
    LayerScales scales() { return scales; }
    /** The city's cells and grid workers on the map's fields. */
    CityPlan plan() { return plan; }

    /** Counts the active volunteers of every cell, once per drawing of the map. */
    void countVolunteers() {
        int[] counts = new int[model.city().cells().size()];
        for (Volunteer v : model.volunteers()) {
            if (v.active()) {
                counts[v.home().id()]++;
            }
        }
        volunteersByCell = counts;
    }

    /** Active volunteers living in the cell, as last counted. */
    int volunteersIn(GridCell cell) {
        return volunteersByCell[cell.id()];
    }

    /** The mean trust of the cell's households now (it changes with their reports' outcomes). */
    double meanTrust(GridCell cell) {
        Households h = model.city().households();
        double sum = 0;
        for (int i = cell.firstHousehold(); i < cell.firstHousehold() + cell.households(); i++) {
            sum += h.trust(i);
        }
        return sum / cell.households();
    }

    /**
     * The simulated time of the last step, in hours: 0 before the first. (The schedule's own clock jumps
     * past the end when a run is stopped.)
     */
    double now() {
        return now;
    }

    /** A steppable that notes the time after every step of the schedule. */
    Steppable clock() {
        return state -> {
            double t = model.schedule.getTime();
            if (t >= 0 && t <= model.endTime()) {
                now = t;
            }
        };
    }

    /** Moves the workers on the map to the cells they are in; only the thread that draws the map calls this. */
    void placeWorkers() {
        plan.placeWorkers(model.workers());
    }
}
