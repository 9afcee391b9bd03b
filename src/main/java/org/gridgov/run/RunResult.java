package org.gridgov.run;

import org.gridgov.model.GridModel;
import org.gridgov.observe.Measurement;
import org.gridgov.observe.Metrics;

/**
 * What a finished run produced: its metrics and observers, and how long it took.
 *
 * @param model the model at the end of the run (its city and staff)
 * @param wallSeconds wall-clock seconds the simulation took
 */
public record RunResult(RunSpec spec, GridModel model, Measurement measurement, Metrics metrics,
        double wallSeconds) {
}
