package org.gridgov.scenario;

import java.util.List;

/**
 * A district's grid map, read and checked from a GeoJSON file ({@code city.map}, docs/ODD.md 7.3): its cells
 * with their households, communities and streets, where each lies, and which cells share an edge. Replaces the
 * built-in rectangle of equal cells.
 *
 * <p>Two maps are equal when they were read from the same bytes: the hash identifies the content.
 *
 * @param file the file as the scenario names it
 * @param sha256 the file's SHA-256, for provenance
 * @param crsJson the file's {@code crs} member as written, or null (WGS84 longitude and latitude)
 * @param name the file's {@code name} member, or ""
 * @param cells the cells in the file's order
 * @param communities community names, in order of first appearance
 * @param streets street names, in order of first appearance
 * @param neighbours for each cell, the indices of the cells that share an edge with it, ascending
 */
public record DistrictMap(String file, String sha256, String crsJson, String name, List<MapCell> cells,
        List<String> communities, List<String> streets, List<int[]> neighbours) implements java.io.Serializable {

    /** The mean Earth radius (IUGG), metres: longitude and latitude are turned into metres with it. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    public DistrictMap {
        cells = List.copyOf(cells);
        communities = List.copyOf(communities);
        streets = List.copyOf(streets);
        neighbours = List.copyOf(neighbours);
    }

    /** Households of all cells. */
    public int households() {
        return cells.stream().mapToInt(MapCell::households).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DistrictMap m && m.sha256.equals(sha256) && m.file.equals(file);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return file;
    }
}
