package org.gridgov.model;

import java.util.Collections;
import java.util.List;

import sim.field.grid.ObjectGrid2D;

/**
 * The simulated area: a rectangular field of grid cells grouped into communities and streets, and the
 * households living in them. Positions in the field without a cell lie outside the city.
 */
public final class City implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<GridCell> cells;
    private final ObjectGrid2D field;
    private final Households households;
    private final int communities;
    private final int streets;
    private final int residents;

    City(List<GridCell> cells, ObjectGrid2D field, Households households, int communities, int streets,
            int residents) {
        this.cells = Collections.unmodifiableList(cells);
        this.field = field;
        this.households = households;
        this.communities = communities;
        this.streets = streets;
        this.residents = residents;
    }

    /** Cells in street, community, row order (ids are positions in this list). */
    public List<GridCell> cells() { return cells; }
    /** The cells on MASON's grid, by position; null outside the city. */
    public ObjectGrid2D field() { return field; }
    public Households households() { return households; }
    public int communities() { return communities; }
    public int streets() { return streets; }
    public int residents() { return residents; }
    public int width() { return field.getWidth(); }
    public int height() { return field.getHeight(); }
}
