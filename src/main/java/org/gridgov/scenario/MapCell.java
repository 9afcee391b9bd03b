package org.gridgov.scenario;

import java.util.List;

/**
 * One grid cell of a district map ({@link DistrictMap}): what the model needs of its polygon, in metres on a
 * plane centred on the map, and what it was in the file, for writing results back onto the same polygon.
 *
 * @param id the cell's id in the file
 * @param households households living in the cell (at least 1)
 * @param community index into {@link DistrictMap#communities()}
 * @param street index into {@link DistrictMap#streets()}
 * @param oldNeighbourhood whether the file marks the cell an old neighbourhood
 * @param areaM2 the cell's area in square metres: the file's {@code area_m2}, else the polygon's
 * @param intensity the file's issue intensity factor, or NaN when it gives none
 * @param centreX east of the map's centre, in metres, of the polygon's centroid
 * @param centreY north of the map's centre, in metres, of the polygon's centroid
 * @param outline the polygon's rings in metres, each as x0, y0, x1, y1, ... (drawn with the even-odd rule, which
 *     holds holes and parts)
 * @param geometryJson the feature's geometry as written in the file, numbers as written
 * @param propertiesJson the feature's properties as written, each entry's key and JSON value, in file order
 */
public record MapCell(String id, int households, int community, int street, boolean oldNeighbourhood,
        double areaM2, double intensity, double centreX, double centreY, List<double[]> outline,
        String geometryJson, List<String[]> propertiesJson) implements java.io.Serializable {

    public MapCell {
        outline = List.copyOf(outline);
        propertiesJson = List.copyOf(propertiesJson);
    }
}
