package org.gridgov.scenario.geo;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ScalarNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Turns a GeoJSON Polygon or MultiPolygon into a JTS geometry in the file's coordinates, reporting what is wrong. */
final class Geometries {
    private Geometries() {
    }

    /** The geometry, or null after reporting its problems. */
    static Geometry read(Node node, String path, int featureLine, Crs crs, GeoJsonMap reader) {
        if (node == null || node instanceof ScalarNode s && s.isNull()) {
            reader.problem(featureLine, path, null, "missing: each cell needs a Polygon or MultiPolygon");
            return null;
        }
        if (!(node instanceof MapNode m) || !(m.get("type") instanceof ScalarNode type)) {
            reader.problem(node.source().line(), path, null, "not a GeoJSON geometry (it needs a \"type\")");
            return null;
        }
        Node coordinates = m.get("coordinates");
        if (!(coordinates instanceof ListNode list)) {
            reader.problem(m.source().line(), path + ".coordinates", null, "missing: a " + type.text()
                    + " lists its rings' positions under \"coordinates\"");
            return null;
        }
        switch (type.text()) {
            case "Polygon": {
                Polygon p = polygon(list, path + ".coordinates", crs, reader);
                return p;
            }
            case "MultiPolygon": {
                List<Polygon> parts = new ArrayList<>();
                boolean ok = !list.items().isEmpty();
                if (!ok) {
                    reader.problem(list.source().line(), path + ".coordinates", null, "has no polygons");
                }
                for (int i = 0; i < list.items().size(); i++) {
                    Node part = list.items().get(i);
                    Polygon p = part instanceof ListNode l ? polygon(l, path + ".coordinates[" + i + "]", crs, reader)
                            : null;
                    if (!(part instanceof ListNode)) {
                        reader.problem(part.source().line(), path + ".coordinates[" + i + "]", null,
                                "must be a polygon's list of rings");
                    }
                    ok &= p != null;
                    parts.add(p);
                }
                return ok ? GeoJsonMap.geometry().createMultiPolygon(parts.toArray(new Polygon[0])) : null;
            }
            default:
                reader.problem(type.source().line(), path + ".type", type.text(),
                        "each cell must be a Polygon or MultiPolygon");
                return null;
        }
    }

    private static Polygon polygon(ListNode rings, String path, Crs crs, GeoJsonMap reader) {
        if (rings.items().isEmpty()) {
            reader.problem(rings.source().line(), path, null, "has no rings: a polygon needs its outer ring");
            return null;
        }
        LinearRing[] read = new LinearRing[rings.items().size()];
        boolean ok = true;
        for (int r = 0; r < read.length; r++) {
            read[r] = ring(rings.items().get(r), path + "[" + r + "]", crs, reader);
            ok &= read[r] != null;
        }
        if (!ok) {
            return null;
        }
        LinearRing[] holes = new LinearRing[read.length - 1];
        System.arraycopy(read, 1, holes, 0, holes.length);
        return GeoJsonMap.polygon(read[0], holes);
    }

    private static LinearRing ring(Node node, String path, Crs crs, GeoJsonMap reader) {
        if (!(node instanceof ListNode list)) {
            reader.problem(node.source().line(), path, null, "must be a list of positions");
            return null;
        }
        List<Coordinate> points = new ArrayList<>(list.items().size());
        for (int i = 0; i < list.items().size(); i++) {
            Node p = list.items().get(i);
            double x = Double.NaN;
            double y = Double.NaN;
            if (p instanceof ListNode xy && xy.items().size() >= 2) {
                x = GeoJsonMap.number(xy.items().get(0));
                y = GeoJsonMap.number(xy.items().get(1));
            }
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                reader.problem(p.source().line(), path + "[" + i + "]", null, "must be a position [x, y] of two numbers");
                return null;
            }
            if (crs.geographic() && (Math.abs(x) > 180 || Math.abs(y) > 90)) {
                reader.problem(p.source().line(), path + "[" + i + "]", "[" + x + ", " + y + "]", "is not a longitude"
                        + " and latitude; a map in projected metres names its system in a crs member; allowed: "
                        + Crs.ALLOWED);
                return null;
            }
            points.add(new Coordinate(x, y));
        }
        if (points.size() < 4) {
            reader.problem(list.source().line(), path, null, "has " + points.size() + " positions; a ring needs at"
                    + " least 4, the last equal to the first");
            return null;
        }
        if (!points.get(0).equals2D(points.get(points.size() - 1))) {
            reader.problem(list.source().line(), path, null, "is not closed: its last position must equal its first");
            return null;
        }
        return GeoJsonMap.geometry().createLinearRing(points.toArray(new Coordinate[0]));
    }
}
