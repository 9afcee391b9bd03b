package org.gridgov.scenario.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The cells together: they must form a coverage (JTS's term): no overlaps, and where two cells meet, the same
 * vertices on both sides, with no gap narrower than {@link #SLIVER_M} between them. Wider gaps are the river,
 * the railway or the park between cells, and are fine. Cells that share an edge (not only a point) are neighbours.
 */
final class Coverage {
    /** Gaps narrower than this between cells are drawing mistakes (slivers), not roads or rivers. */
    static final double SLIVER_M = 1.0;

    private final List<int[]> neighbours;

    private Coverage(List<int[]> neighbours) {
        this.neighbours = neighbours;
    }

    List<int[]> neighbours() {
        return neighbours;
    }

    /** Checks the cells in metres, reporting each cell that does not fit; null when one does not. */
    static Coverage check(List<Geometry> cells, List<GeoJsonMap.Feature> features, Plane plane, GeoJsonMap reader) {
        STRtree index = new STRtree();
        for (int i = 0; i < cells.size(); i++) {
            index.insert(cells.get(i).getEnvelopeInternal(), i);
        }
        Geometry[] invalid = CoverageValidator.validate(cells.toArray(new Geometry[0]), SLIVER_M);
        boolean ok = true;
        for (int i = 0; i < invalid.length; i++) {
            if (invalid[i] != null) {
                ok = false;
                report(i, invalid[i], cells, features, index, plane, reader);
            }
        }
        if (!ok) {
            return null;
        }
        // Each pair is related once and counted on both sides.
        List<List<Integer>> near = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            near.add(new ArrayList<>());
        }
        for (int i = 0; i < cells.size(); i++) {
            Geometry a = cells.get(i);
            for (Object o : index.query(a.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j > i && a.relate(cells.get(j), "F***1****")) {
                    near.get(i).add(j);
                    near.get(j).add(i);
                }
            }
        }
        List<int[]> neighbours = new ArrayList<>(cells.size());
        for (List<Integer> n : near) {
            neighbours.add(n.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        return new Coverage(neighbours);
    }

    private static void report(int i, Geometry where, List<Geometry> cells, List<GeoJsonMap.Feature> features,
            STRtree index, Plane plane, GeoJsonMap reader) {
        GeoJsonMap.Feature f = features.get(i);
        Geometry a = cells.get(i);
        List<String> overlaps = new ArrayList<>();
        Geometry firstOverlap = null;
        for (Object o : index.query(a.getEnvelopeInternal())) {
            int j = (Integer) o;
            if (j != i) {
                Geometry overlap = a.intersection(cells.get(j));
                double area = overlap.getArea();
                if (area > 0.01) {
                    firstOverlap = firstOverlap == null ? overlap : firstOverlap;
                    overlaps.add(String.format(Locale.ROOT, "feature %d (id %s) by %.1f m2", j, features.get(j).id,
                            area));
                }
            }
        }
        String at = plane.inFile(firstOverlap != null ? firstOverlap.getInteriorPoint().getCoordinate()
                : where.getCoordinate());
        if (!overlaps.isEmpty()) {
            reader.problem(f.line, f.where + ".geometry", null, "overlaps " + String.join(", ", overlaps) + " (near "
                    + at + "); cells must not overlap");
        } else {
            reader.problem(f.line, f.where + ".geometry", null, "does not fit its neighbours near " + at + ": a gap"
                    + " narrower than " + (int) SLIVER_M + " m, or a shared edge whose vertices differ on the two sides;"
                    + " snap the cells to each other (QGIS: Snap geometries to layer)");
        }
    }
}
