package org.gridgov.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridgov.model.City;
import org.gridgov.model.GridCell;
import org.gridgov.run.RunResult;
import org.gridgov.scenario.DistrictMap;
import org.gridgov.scenario.MapCell;

/**
 * {@code cells.geojson}: every grid cell's polygon with what happened in it, for QGIS or any GIS. A map's cells
 * keep the file's geometry and properties exactly as written, with the results added; the built-in rectangle's
 * squares are placed at a nominal spot (longitude and latitude 0), since it lies nowhere.
 *
 * <p>The results are {@link CellResults}': counts over the measured window, as in metrics.csv, so that they add up
 * to its issues_occurred, cases_filed and cases_closed; latent issues and trust at the end of the run
 * (issues_latent_end, mean_trust_end when weighted by households).
 */
public final class CellsGeoJson {
    /** The results added to each cell's properties, in order. */
    public static final List<String> RESULTS = List.of("issues_occurred", "cases_filed", "cases_closed",
            "mean_hours_to_close", "latent_issues_end", "mean_trust_end", "grid_workers", "worker_utilization");

    /** Metres in one degree of latitude (and of longitude at the equator), on the mean Earth radius. */
    private static final double METRES_PER_DEGREE = DistrictMap.EARTH_RADIUS_M * Math.PI / 180;

    private CellsGeoJson() {
    }

    /** Writes the cells with their results; needs the run's cases (not for runs with --no-cases). */
    public static void write(Writer out, RunResult result) throws IOException {
        City city = result.model().city();
        CellResults results = CellResults.of(result);
        out.write("{\"type\":\"FeatureCollection\",\"name\":");
        out.write(Json.quote(result.spec().scenario().name()));
        if (city.map() != null && city.map().crsJson() != null) {
            out.write(",\"crs\":" + city.map().crsJson());
        }
        out.write(",\"features\":[\n");
        int n = city.cells().size();
        for (int c = 0; c < n; c++) {
            GridCell cell = city.cells().get(c);
            List<String[]> properties = new ArrayList<>(properties(city, cell));
            for (String name : RESULTS) {
                properties.add(new String[] {name, number(results.values(name)[c])});
            }
            out.write("{\"type\":\"Feature\",\"geometry\":");
            out.write(geometry(city, cell));
            out.write(",\"properties\":{");
            for (int i = 0; i < properties.size(); i++) {
                out.write((i > 0 ? "," : "") + Json.quote(properties.get(i)[0]) + ":" + properties.get(i)[1]);
            }
            out.write(c + 1 < n ? "}},\n" : "}}\n");
        }
        out.write("]}\n");
    }

    /** The file's own properties, less any a result replaces; the rectangle's, as a map of it would give them. */
    private static List<String[]> properties(City city, GridCell cell) {
        List<String[]> out = new ArrayList<>();
        if (city.map() != null) {
            MapCell m = city.map().cells().get(cell.id());
            for (String[] p : m.propertiesJson()) {
                if (!RESULTS.contains(p[0])) {
                    out.add(p);
                }
            }
            return out;
        }
        out.add(new String[] {"id", Integer.toString(cell.id())});
        out.add(new String[] {"households", Integer.toString(cell.households())});
        out.add(new String[] {"community", Json.quote("community " + cell.community())});
        out.add(new String[] {"street", Json.quote("street " + cell.street())});
        out.add(new String[] {"old_neighbourhood", Boolean.toString(cell.oldNeighbourhood())});
        out.add(new String[] {"area_m2", Double.toString(cell.areaM2())});
        out.add(new String[] {"intensity", Double.toString(cell.intensity())});
        return out;
    }

    private static String geometry(City city, GridCell cell) {
        if (city.map() != null) {
            return city.map().cells().get(cell.id()).geometryJson();
        }
        // The rectangle's square, its metres turned into degrees at the nominal spot (0, 0).
        StringBuilder b = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[");
        List<double[]> rings = cell.outline();
        for (int r = 0; r < rings.size(); r++) {
            double[] xy = rings.get(r);
            b.append(r > 0 ? ",[" : "[");
            for (int i = 0; i < xy.length; i += 2) {
                b.append(i > 0 ? ",[" : "[").append(xy[i] / METRES_PER_DEGREE).append(',')
                        .append(xy[i + 1] / METRES_PER_DEGREE).append(']');
            }
            b.append(']');
        }
        return b.append("]}").toString();
    }

    /** A number for JSON: whole numbers without a point, others to 6 significant digits. */
    private static String number(double x) {
        if (!Double.isFinite(x)) {
            return "null";
        }
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
                : String.format(Locale.ROOT, "%.6g", x).replaceFirst("\\.?0+(e|$)", "$1");
    }
}
