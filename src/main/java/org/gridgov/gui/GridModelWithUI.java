package org.gridgov.gui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

import org.gridgov.model.GridModel;
import org.gridgov.observe.Measurement;
import org.gridgov.text.Texts;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.portrayal.Inspector;

/**
 * The live view of a {@link GridModel} on MASON's Console: a map of the city coloured by a chosen layer
 * with its grid workers, live charts with the headline numbers, inspectors for cells, cases and workers,
 * and the main levers in the Console's model tab.
 *
 * <p>The GUI only observes. Every run (each press of play after stop) is a fresh model built from the
 * levers' scenario and the Console's seed; the views' observers are registered on its event bus right
 * after it starts, and MASON steps it as the batch loop does (one {@code schedule.step} a step). So the
 * same scenario and seed give the same metrics as {@code gridgov run}.
 */
public final class GridModelWithUI extends GUIState {
    private final Levers levers;
    private final Texts texts;
    private final int days;
    private final Executor chartUpdates;
    private final CityMap map;
    private final LiveCharts charts;
    private final CountDownLatch quit = new CountDownLatch(1);
    private LiveRun run;
    private DayFeed feed;
    private MapWindow mapWindow;
    private ChartsWindow chartsWindow;

    /**
     * @param levers the levers, whose language ({@link Levers#texts}) is the whole live view's
     * @param seed the first run's seed (the Console's seed field from then on)
     * @param days days each run simulates
     * @param chartUpdates where the charts are updated: the Swing thread in a window, directly for a snapshot
     */
    public GridModelWithUI(Levers levers, long seed, int days, MapLayer layer, Executor chartUpdates) {
        super(newModel(levers, seed, days));
        this.levers = levers;
        this.texts = levers.texts();
        this.days = days;
        this.chartUpdates = chartUpdates;
        this.map = new CityMap(layer, texts);
        this.charts = new LiveCharts(texts);
    }

    /** The Console's title as MASON asks the class for it, in English; {@link LiveView} sets the run's. */
    public static String getName() {
        return title(Texts.EN);
    }

    /** The Console's "About" tab as MASON asks the class for it, in English; {@link LiveView} sets the run's. */
    public static Object getInfo() {
        return info(Texts.EN);
    }

    /** The Console's title in the live view's language. */
    String title() {
        return title(texts);
    }

    /** The Console's "About" tab in the live view's language. */
    String info() {
        return info(texts);
    }

    private static String title(Texts t) {
        return t.t("gridgov live view");
    }

    private static String info(Texts t) {
        return "<html><body style='font-family:sans-serif'><h2>" + t.t("gridgov: watch grid governance at work")
                + "</h2><p>" + t.t("Issues occur in the city's grid cells. Grid workers find them on patrol and"
                        + " residents report them; the platform files and dispatches them to departments, which handle"
                        + " them; the grid worker checks the fix on site and the case is closed.")
                + "</p><ul><li>" + t.t("<b>Play</b>, <b>pause</b> and <b>step</b> the run here. The time is the"
                        + " simulated day and clock time; day 1 is a Monday.")
                + "</li><li>" + t.t("<b>City map</b>: choose what the cells are coloured by (open cases, latent"
                        + " issues, hours since patrol, grid worker load, resident trust, households). Dots are grid"
                        + " workers. Click a cell or a worker to inspect it; a cell's inspector lists its cases with"
                        + " their histories. Tick <b>Cell numbers</b> to find a cell by its number.")
                + "</li><li>" + t.t("<b>Charts</b>: open cases, daily filings and closures, resolution and on-time"
                        + " rates and utilisation, updated once a simulated day. After a restart, the previous run"
                        + " stays as a faint line to compare with.")
                + "</li><li>" + t.t("<b>Model</b> tab: the levers. Change one, press <b>stop</b> and <b>play</b>,"
                        + " and compare. Each run uses the same seed (see the Console tab), so differences come from"
                        + " the lever, not from chance. <b>Save levers</b> writes them as a scenario file; <b>Load"
                        + " scenario</b> reads one for the next run.")
                + "</li></ul></body></html>";
    }

    @Override
    public Object getSimulationInspectedObject() {
        return levers;
    }

    /** The model tab: the levers with buttons to save and load them, refreshed only when they change. */
    @Override
    public Inspector getInspector() {
        LeversInspector inspector = new LeversInspector(levers, this);
        levers.onChanged(() -> SwingUtilities.invokeLater(inspector::updateInspector));
        return inspector;
    }

    /**
     * A model of the levers' scenario whose schedule tells its time as day and clock time (in the Console), in
     * the levers' language.
     */
    private static GridModel newModel(Levers levers, long seed, int days) {
        GridModel model = new GridModel(levers.scenario(), seed, 0, days);
        Texts t = levers.texts();
        model.showTimesAs(hours -> TimeText.at(t, hours));
        return model;
    }

    public Levers levers() {
        return levers;
    }

    /** The live view's language. */
    public Texts texts() {
        return texts;
    }

    /** The current run's measurement: the same observers as {@code gridgov run}. */
    public Measurement measurement() {
        return run.measurement();
    }

    /** The current run's model. */
    public GridModel model() {
        return run.model();
    }

    /** Shows each cell's number on the map (the map window's "Cell numbers"). */
    public void showCellNumbers(boolean shown) {
        map.setCellNumbers(shown);
    }

    /** The map and charts windows, once {@link #init} has made them. */
    JFrame mapFrame() {
        return mapWindow.frame();
    }

    Display2D mapDisplay() {
        return mapWindow.display();
    }

    JFrame chartsFrame() {
        return chartsWindow.frame();
    }

    CityMap map() {
        return map;
    }

    LiveCharts charts() {
        return charts;
    }

    @Override
    public void start() {
        // The Console has just set its seed field on the previous model.
        GridModel model = newModel(levers, state.seed(), days);
        state = model;
        super.start();
        run = LiveRun.attach(model, levers.scenario().simulation().warmupDays(), texts);
        feed = model.bus().register(new DayFeed(run, chartUpdates, charts));
        scheduleRepeatingImmediatelyAfter(run.clock());
        map.show(run);
        int warmup = run.warmupDays();
        chartUpdates.execute(() -> charts.startRun(days, warmup));
        if (mapWindow != null) {
            mapWindow.reset(run.plan().shapes().bounds());
        }
    }

    /** Called by the Console when a run ends or is stopped. */
    @Override
    public void finish() {
        if (run != null && run.model().ended()) {
            feed.runEnded();
        }
        super.finish();
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        // Until the first run starts, the map shows the city as a run starts; a model lays it out in start().
        GridModel preview = newModel(levers, state.seed(), days);
        preview.start();
        LiveRun first = LiveRun.attach(preview, 0, texts);
        map.show(first);
        mapWindow = new MapWindow(this, map, first.plan().shapes().bounds());
        chartsWindow = new ChartsWindow(charts, texts);
        charts.onHeadline(mapWindow::repaintLegend);
        controller.registerFrame(mapWindow.frame());
        controller.registerFrame(chartsWindow.frame());
        mapWindow.frame().setVisible(true);
        chartsWindow.frame().setVisible(true);
    }

    @Override
    public void quit() {
        super.quit();
        if (mapWindow != null) {
            mapWindow.frame().dispose();
            chartsWindow.frame().dispose();
        }
        quit.countDown();
    }

    /** Waits until the Console has been closed. */
    public void awaitQuit() throws InterruptedException {
        quit.await();
    }
}
