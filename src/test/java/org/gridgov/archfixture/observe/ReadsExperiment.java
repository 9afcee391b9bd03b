package org.gridgov.archfixture.observe;

import org.gridgov.archfixture.experiment.Plan;

/** An observer reaching up into the experiment layer: a layer violation. */
public final class ReadsExperiment {
    int days() {
        return Plan.DAYS + new Plan().hashCode();
    }
}
