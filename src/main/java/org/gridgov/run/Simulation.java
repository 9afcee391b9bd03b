package org.gridgov.run;

import org.gridgov.model.GridModel;
import org.gridgov.observe.Measurement;

/** Runs a scenario once, with the standard observers attached. */
public final class Simulation {
    private Simulation() {
    }

    public static RunResult run(RunSpec spec) {
        long t0 = System.nanoTime();
        GridModel model = new GridModel(spec.scenario(), spec.seed(), spec.replication(), spec.days());
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
