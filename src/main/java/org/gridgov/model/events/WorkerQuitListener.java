package org.gridgov.model.events;

import org.gridgov.model.GridWorker;

/** A grid worker quit; the post is vacant until a replacement starts. */
@FunctionalInterface
public interface WorkerQuitListener {
    void workerQuit(double time, GridWorker worker);
}
