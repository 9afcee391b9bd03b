package org.gridgov.model;

import java.util.Collections;
import java.util.List;

import org.gridgov.scenario.DistrictMap;
import sim.field.grid.ObjectGrid2D;

/**
 * The simulated area: its grid cells, grouped into communities and streets, where each lies and which share an
 * edge, and the households living in them. Either the built-in rectangle of cells on a lattice (positions in
 * {@link #field()} without a cell lie outside the city) or a district's own grid map ({@link #map()}).
 */
public final class City implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<GridCell> cells;
    private final ObjectGrid2D field;
    private final DistrictMap map;
    private final Households households;
    private final int communities;
    private final int streets;
    private final int residents;
    private final Distances distances;
    private final int[] walk;

    City(List<GridCell> cells, ObjectGrid2D field, DistrictMap map, int[][] neighbours, Households households,
            int communities, int streets, int residents) {
        this.cells = Collections.unmodifiableList(cells);
        this.field = field;
        this.map = map;
        this.households = households;
        this.communities = communities;
        this.streets = streets;
        this.residents = residents;
        this.distances = new Distances(cells, neighbours);
        this.walk = BeatWalk.order(cells, distances, streets);
    }

    /** Cells in street, community, row order on the rectangle, in the file's order on a map (ids are positions). */
    public List<GridCell> cells() { return cells; }
    /** The rectangle's cells on MASON's grid, by position (null outside the city); null on a map. */
    public ObjectGrid2D field() { return field; }
    /** The district map the city was read from; null for the built-in rectangle. */
    public DistrictMap map() { return map; }
    public Households households() { return households; }
    public int communities() { return communities; }
    public int streets() { return streets; }
    public int residents() { return residents; }
    /** Lattice columns of the rectangle; 0 on a map. */
    public int width() { return field == null ? 0 : field.getWidth(); }
    /** Lattice rows of the rectangle; 0 on a map. */
    public int height() { return field == null ? 0 : field.getHeight(); }

    /** The ids of the cells that share an edge with {@code cell}, ascending. */
    public int[] neighbours(GridCell cell) {
        return distances.neighbours(cell.id()).clone();
    }

    /** Whole metres from one cell's centroid to another's, the way through neighbouring cells (docs/ODD.md 7.3). */
    public int metres(GridCell from, GridCell to) {
        return distances.metres(from.id(), to.id());
    }

    Distances distances() {
        return distances;
    }

    /** Cell ids in the order beats are cut from ({@link BeatWalk}). */
    int[] walk() {
        return walk;
    }
}
