package org.gridgov.run;

import java.util.List;
import java.util.function.Function;

import org.gridgov.model.GridModel;
import org.gridgov.observe.Measurement;

/** Runs a scenario once, with the standard observers attached and any extra ones the caller brings. */
public final class Simulation {
    private Simulation() {
    }

    public static RunResult run(RunSpec spec) {
        return run(spec, List.of());
    }

    /**
     * Runs a scenario once with the standard observers and extra ones, e.g. a test's census or an event log.
     * Each extra observer is made from the model before it starts and registered for the listener interfaces
     * it implements; the city and staff are built at the start, so it reads them only when told of an event.
     * It hears each event before the standard observers do. Keep a reference to it in the function if the
     * caller needs it afterwards.
     *
     * @param extraObservers makers of the extra observers, in the order they register
     */
    public static RunResult run(RunSpec spec, List<? extends Function<? super GridModel, ?>> extraObservers) {
        long t0 = System.nanoTime();
        GridModel model = new GridModel(spec.scenario(), spec.seed(), spec.replication(), spec.days());
        for (Function<? super GridModel, ?> maker : extraObservers) {
            model.bus().register(maker.apply(model));
        }
        model.start();
        Measurement measurement = Measurement.attach(model, spec.warmupDays(), spec.keepCases());
        while (model.schedule.step(model)) {
            // each event does its work inside step()
        }
        model.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new RunResult(spec, model, measurement, measurement.metrics(), seconds);
    }
}
