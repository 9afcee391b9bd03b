package org.gridgov.scenario.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ScalarNode;
import org.locationtech.jts.geom.Coordinate;

/**
 * The coordinates' reference system. RFC 7946 GeoJSON is longitude and latitude on WGS84; a file may instead name a
 * projected system in metres with the older {@code "crs": {"type": "name", "properties": {"name": ...}}} member.
 * Only systems known to be in metres on the ground are taken: UTM zones on WGS84 and CGCS2000's Gauss-Krüger zones,
 * the systems Chinese surveys use. Web Mercator is refused: its metres stretch with latitude.
 *
 * @param geographic true for longitude and latitude in degrees, false for a projected system in metres
 * @param name how the file names it, for messages
 */
record Crs(boolean geographic, String name) {
    static final Crs WGS84 = new Crs(true, "WGS84 longitude/latitude");
    private static final Pattern EPSG = Pattern.compile("(?:urn:ogc:def:crs:)?EPSG:(?:[0-9.]*:)?(\\d+)",
            Pattern.CASE_INSENSITIVE);
    static final String ALLOWED = "longitude and latitude (no crs member, CRS84, EPSG:4326 or CGCS2000's EPSG:4490),"
            + " a UTM zone (EPSG:32601-32660, 32701-32760) or a CGCS2000 Gauss-Kruger zone (EPSG:4491-4554)";

    /** The system the member names; WGS84 when there is none; null after reporting a problem. */
    static Crs of(Node node, GeoJsonMap reader) {
        if (node == null) {
            return WGS84;
        }
        String name = node instanceof MapNode m && m.get("properties") instanceof MapNode p
                && p.get("name") instanceof ScalarNode s ? s.text() : null;
        if (name == null) {
            reader.problem(node.source().line(), "crs", null, "must be {\"type\": \"name\", \"properties\": {\"name\":"
                    + " \"urn:ogc:def:crs:EPSG::4326\"}} or similar; allowed: " + ALLOWED);
            return null;
        }
        if (name.toUpperCase(Locale.ROOT).endsWith("CRS84")) {
            return new Crs(true, name);
        }
        Matcher m = EPSG.matcher(name.trim());
        if (m.matches()) {
            int code = Integer.parseInt(m.group(1));
            if (code == 4326 || code == 4490) {
                return new Crs(true, name);
            }
            if (code >= 32601 && code <= 32660 || code >= 32701 && code <= 32760 || code >= 4491 && code <= 4554) {
                return new Crs(false, name);
            }
        }
        reader.problem(node.source().line(), "crs", name, "is not a coordinate system gridgov knows to be in metres"
                + " or degrees; reproject the map (QGIS: Export > Save Features As) to " + ALLOWED);
        return null;
    }

    /** A position as the file writes it, for messages. */
    String show(Coordinate c) {
        return geographic ? String.format(Locale.ROOT, "longitude %.6f, latitude %.6f", c.x, c.y)
                : String.format(Locale.ROOT, "x %.1f, y %.1f", c.x, c.y);
    }
}
