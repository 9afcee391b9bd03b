package org.gridgov.scenario.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.gridgov.config.ReadContext;
import org.gridgov.scenario.DistrictMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map in longitude and latitude is measured in metres as the sphere would measure it. */
class MapMeasuresTest {

    @TempDir
    Path tmp;

    private static final double R = 6_371_008.8;

    /** A box of longitudes and latitudes, as a GeoJSON feature. */
    private static String box(String id, double lon0, double lat0, double lon1, double lat1) {
        return String.format(Locale.ROOT, "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\":"
                + " [[[%.7f, %.7f], [%.7f, %.7f], [%.7f, %.7f], [%.7f, %.7f], [%.7f, %.7f]]]}, \"properties\": {\"id\":"
                + " \"%s\", \"households\": 400, \"community\": \"C\", \"street\": \"S\"}}",
                lon0, lat0, lon1, lat0, lon1, lat1, lon0, lat1, lon0, lat0, id);
    }

    @Test
    void areasAndDistancesOfALongitudeLatitudeMapAreTheSpheresToWithinAThousandth() throws Exception {
        // Two boxes of 0.01 degree (about 900 m x 1,100 m) side by side at latitude 35 N.
        double lat0 = 35.0;
        double lat1 = 35.01;
        String json = "{\"type\": \"FeatureCollection\", \"features\": [" + box("W", 115.0, lat0, 115.01, lat1) + ", "
                + box("E", 115.01, lat0, 115.02, lat1) + "]}";
        Path file = tmp.resolve("boxes.geojson");
        Files.writeString(file, json);
        ReadContext ctx = new ReadContext();
        DistrictMap map = GeoJsonMap.read(file, "boxes.geojson", 2.62, ctx);
        assertEquals(List.of(), ctx.problems());
        // On the sphere: R^2 x dlon x (sin(lat1) - sin(lat0)).
        double sphere = R * R * Math.toRadians(0.01) * (Math.sin(Math.toRadians(lat1)) - Math.sin(Math.toRadians(lat0)));
        for (int c = 0; c < 2; c++) {
            assertEquals(sphere, map.cells().get(c).areaM2(), sphere * 1e-3, "area of box " + c);
        }
        // Centroids 0.01 degree of longitude apart at latitude 35.005: R cos(lat) dlon on the sphere.
        double apart = R * Math.cos(Math.toRadians(35.005)) * Math.toRadians(0.01);
        double dx = map.cells().get(1).centreX() - map.cells().get(0).centreX();
        double dy = map.cells().get(1).centreY() - map.cells().get(0).centreY();
        assertEquals(apart, Math.hypot(dx, dy), apart * 1e-3);
        assertArrayEquals(new int[] {1}, map.neighbours().get(0), "they share an edge");
        assertArrayEquals(new int[] {0}, map.neighbours().get(1), "they share an edge");
    }
}
