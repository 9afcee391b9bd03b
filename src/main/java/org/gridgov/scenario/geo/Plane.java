package org.gridgov.scenario.geo;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.scenario.DistrictMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The plane the model measures on: metres east and north of the map's centre. Longitude and latitude are
 * projected equirectangularly about the centre (x = R cos(lat0) dlon, y = R dlat): over a district of 20 km the
 * scale errs by less than 0.1%, which is why maps are limited to about 100 km across. Projected maps are in metres
 * already and are only moved to their centre.
 */
final class Plane {
    /** Widest map, km: beyond it the flat plane would err by more than about 1%. */
    static final double MAX_SPAN_KM = 100;

    private final Crs crs;
    private final double x0;
    private final double y0;
    private final double sx;
    private final double sy;

    private Plane(Crs crs, double x0, double y0, double sx, double sy) {
        this.crs = crs;
        this.x0 = x0;
        this.y0 = y0;
        this.sx = sx;
        this.sy = sy;
    }

    /** The plane for these geometries, or null after reporting a map too wide for it. */
    static Plane of(Crs crs, List<Geometry> geometries, GeoJsonMap reader) {
        Envelope all = new Envelope();
        geometries.forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
        double x0 = (all.getMinX() + all.getMaxX()) / 2;
        double y0 = (all.getMinY() + all.getMaxY()) / 2;
        Plane plane = crs.geographic()
                ? new Plane(crs, x0, y0, DistrictMap.EARTH_RADIUS_M * Math.cos(Math.toRadians(y0)) * Math.PI / 180,
                        DistrictMap.EARTH_RADIUS_M * Math.PI / 180)
                : new Plane(crs, x0, y0, 1, 1);
        double km = Math.max(all.getWidth() * plane.sx, all.getHeight() * plane.sy) / 1000;
        if (km > MAX_SPAN_KM) {
            reader.problem(0, "features", null, String.format(java.util.Locale.ROOT, "span %.0f km; a map may span at"
                    + " most %.0f km (a district or a city), where a flat plane measures distances to within 1%%", km,
                    MAX_SPAN_KM));
            return null;
        }
        return plane;
    }

    Geometry toMetres(Geometry g) {
        Geometry copy = g.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, (seq.getX(i) - x0) * sx);
                seq.setOrdinate(i, 1, (seq.getY(i) - y0) * sy);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    /** A position on the plane as the file would write it, for messages. */
    String inFile(Coordinate metres) {
        return crs.show(new Coordinate(metres.x / sx + x0, metres.y / sy + y0));
    }

    /** A polygon's or multipolygon's rings, each as x0, y0, x1, y1, ... */
    static List<double[]> rings(Geometry g) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            out.add(flat(p.getExteriorRing()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                out.add(flat(p.getInteriorRingN(h)));
            }
        }
        return out;
    }

    private static double[] flat(LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        double[] xy = new double[2 * cs.length];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = cs[i].x;
            xy[2 * i + 1] = cs[i].y;
        }
        return xy;
    }
}
