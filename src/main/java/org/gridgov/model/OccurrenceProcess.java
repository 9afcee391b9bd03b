package org.gridgov.model;

import ec.util.MersenneTwisterFast;
import org.gridgov.rng.AliasTable;

/**
 * Issues of one case type occurring across the city as a Poisson process: one pending event for the
 * whole city, the cell chosen in proportion to households times the cell's intensity. Each type has its
 * own stream, so changing one type's rate leaves the other types' issues where they were.
 */
final class OccurrenceProcess implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final double HOURS_PER_YEAR = 24 * 365.0;

    private final GridModel model;
    private final IssueType type;
    private final AliasTable cells;
    private final MersenneTwisterFast random;
    private final PoissonArrivals arrivals;
    private long sequence;

    OccurrenceProcess(GridModel model, IssueType type, AliasTable cells, double weightTotal,
            MersenneTwisterFast random) {
        this.model = model;
        this.type = type;
        this.cells = cells;
        this.random = random;
        double perHour = type.spec().ratePerHouseholdYear() * weightTotal / HOURS_PER_YEAR;
        this.arrivals = new PoissonArrivals(model, perHour, random, this::occur);
    }

    void start() {
        arrivals.start(0);
    }

    private void occur(double now) {
        GridCell cell = model.city().cells().get(cells.sample(random));
        model.issueOccurred(type, sequence++, cell, now);
    }
}
