package org.gridgov.model.events;

import org.gridgov.model.GridWorker;

/** A replacement grid worker started in a vacant post. */
@FunctionalInterface
public interface WorkerHiredListener {
    void workerHired(double time, GridWorker worker);
}
