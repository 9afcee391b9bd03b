package org.gridgov.model.events;

import org.gridgov.scenario.Scenario;

/** A scheduled change took effect: from now on the model runs under {@code inForce} (docs/ODD.md 6). */
public interface LeversChangedListener {
    void leversChanged(double time, Scenario inForce);
}
