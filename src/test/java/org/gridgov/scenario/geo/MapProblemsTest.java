package org.gridgov.scenario.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gridgov.config.InputException;
import org.gridgov.config.Problem;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem a map can have is reported at once, with the feature's index and id, in one clear line each. */
class MapProblemsTest {

    @TempDir
    Path tmp;

    private static final String UTM = "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:32650\"}},\n";

    /** A square cell in UTM metres from (x, y), of side d. */
    private static String cell(String id, double x, double y, double d, String properties) {
        return square(x, y, d) + ", \"properties\": {\"id\": \"" + id + "\"" + properties + "}}";
    }

    private static String square(double x, double y, double d) {
        double x0 = 500_000 + x;
        double y0 = 4_000_000 + y;
        return "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[" + x0 + ", " + y0
                + "], [" + (x0 + d) + ", " + y0 + "], [" + (x0 + d) + ", " + (y0 + d) + "], [" + x0 + ", " + (y0 + d)
                + "], [" + x0 + ", " + y0 + "]]]}";
    }

    private static final String OK = ", \"households\": 400, \"community\": \"C\", \"street\": \"S\"";

    private static String collection(String header, String... features) {
        return "{\"type\": \"FeatureCollection\",\n" + header + "\"features\": [\n" + String.join(",\n", features)
                + "\n]}\n";
    }

    /** The problems of a scenario that names {@code map.geojson} with this text, one formatted line each. */
    private List<String> problems(String geojson) throws Exception {
        Files.writeString(tmp.resolve("map.geojson"), geojson);
        return problemsOfScenario("city:\n  map: map.geojson\n");
    }

    private List<String> problemsOfScenario(String yaml) throws Exception {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, yaml);
        InputException e = assertThrows(InputException.class, () -> ScenarioReader.read(scenario, List.of()));
        String dir = tmp.toString() + "/";
        return e.problems().stream().map(Problem::format).map(p -> p.replace(dir, "")).toList();
    }

    @Test
    void notJsonAndNotGeoJson() throws Exception {
        assertEquals(List.of("map.geojson:1: not valid JSON: Unexpected character ('n' (code 110)): was expecting"
                + " double-quote to start field name"), problems("{not json"));
        assertEquals(List.of("map.geojson:1: type = Feature: not GeoJSON: a map is a GeoJSON FeatureCollection"
                + " (\"type\": \"FeatureCollection\") of polygons"), problems("{\"type\": \"Feature\"}"));
        assertEquals(List.of("map.geojson:2: features: is empty: a map needs at least one cell"),
                problems(collection("")));
    }

    @Test
    void geometriesThatAreNotPolygonsOrAreBroken() throws Exception {
        String point = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [500000, 4000000]},"
                + " \"properties\": {\"id\": \"P\"" + OK + "}}";
        String bowTie = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[500000,"
                + " 4000000], [500100, 4000100], [500100, 4000000], [500000, 4000100], [500000, 4000000]]]},"
                + " \"properties\": {\"id\": \"X\"" + OK + "}}";
        String open = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[500000,"
                + " 4000000], [500100, 4000000], [500100, 4000100], [500000, 4000100]]]},"
                + " \"properties\": {\"id\": \"O\"" + OK + "}}";
        assertEquals(List.of(
                "map.geojson:4: features[0] (id P).geometry.type = Point: each cell must be a Polygon or MultiPolygon",
                "map.geojson:5: features[1] (id X).geometry: is not a valid polygon: self-intersection at x 500050.0,"
                        + " y 4000050.0",
                "map.geojson:6: features[2] (id O).geometry.coordinates[0]: is not closed: its last position must"
                        + " equal its first"),
                problems(collection(UTM, point, bowTie, open)));
    }

    @Test
    void cellsThatOverlapOrLeaveASliverBetweenThem() throws Exception {
        assertEquals(List.of(
                "map.geojson:4: features[0] (id A).geometry: overlaps feature 1 (id B) by 1000.0 m2 (near x 500095.0,"
                        + " y 4000050.0); cells must not overlap",
                "map.geojson:5: features[1] (id B).geometry: overlaps feature 0 (id A) by 1000.0 m2 (near x 500095.0,"
                        + " y 4000050.0); cells must not overlap"),
                problems(collection(UTM, cell("A", 0, 0, 100, OK), cell("B", 90, 0, 100, OK))));
        List<String> sliver = problems(collection(UTM, cell("A", 0, 0, 100, OK), cell("B", 100.5, 0, 100, OK)));
        assertEquals(List.of(
                "map.geojson:4: features[0] (id A).geometry: does not fit its neighbours near x 500100.0, y 4000000.0:"
                        + " a gap narrower than 1 m, or a shared edge whose vertices differ on the two sides; snap the"
                        + " cells to each other (QGIS: Snap geometries to layer)",
                "map.geojson:5: features[1] (id B).geometry: does not fit its neighbours near x 500100.5, y 4000100.0:"
                        + " a gap narrower than 1 m, or a shared edge whose vertices differ on the two sides; snap the"
                        + " cells to each other (QGIS: Snap geometries to layer)"), sliver);
        // A gap wider than a sliver (a road, a river) is fine.
        Files.writeString(tmp.resolve("map.geojson"), collection(UTM, cell("A", 0, 0, 100, OK),
                cell("B", 130, 0, 100, OK)));
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, "city:\n  map: map.geojson\n");
        assertEquals(2, ScenarioReader.read(scenario, List.of()).scenario().city().map().cells().size());
    }

    @Test
    void propertiesMissingWrongOrContradictory() throws Exception {
        assertEquals(List.of(
                "map.geojson:4: features[0] (id A).properties.households: missing: each cell needs households (or"
                        + " residents)",
                "map.geojson:5: features[1] (id B).properties.households = \"many\": must be a whole number from 1 to"
                        + " 100000",
                "map.geojson:6: features[2] (id C).properties.households: give households or residents, not both",
                "map.geojson:7: features[3].properties.id: missing: each cell needs a unique id (a string or a whole"
                        + " number)",
                "map.geojson:8: features[4] (id E).properties.old_neighbourhood = \"yes\": must be true or false",
                "map.geojson:9: features[5] (id F).properties.area_m2 = -5: must be a number above 0 and at most 1e+09",
                "map.geojson:10: features[6] (id G).properties.community: missing: each cell names its community"),
                problems(collection(UTM,
                        cell("A", 0, 0, 100, ", \"community\": \"C\", \"street\": \"S\""),
                        cell("B", 100, 0, 100, ", \"households\": \"many\", \"community\": \"C\", \"street\": \"S\""),
                        cell("C", 200, 0, 100, ", \"households\": 300, \"residents\": 800, \"community\": \"C\","
                                + " \"street\": \"S\""),
                        square(300, 0, 100) + ", \"properties\": {\"households\": 300, \"community\": \"C\","
                                + " \"street\": \"S\"}}",
                        cell("E", 400, 0, 100, OK + ", \"old_neighbourhood\": \"yes\""),
                        cell("F", 500, 0, 100, OK + ", \"area_m2\": -5"),
                        cell("G", 600, 0, 100, ", \"households\": 300, \"street\": \"S\""))));
    }

    @Test
    void aMissingStreetIsReportedWithTheCellsOtherProblems() throws Exception {
        assertEquals(List.of(
                "map.geojson:4: features[0] (id A).properties.households = \"many\": must be a whole number from 1 to"
                        + " 100000",
                "map.geojson:4: features[0] (id A).properties.street: missing: each cell names its street (or the"
                        + " file's communities member gives each community's street)"),
                problems(collection(UTM, cell("A", 0, 0, 100, ", \"households\": \"many\", \"community\": \"C\""))));
    }

    @Test
    void idsCommunitiesAndStreetsThatDoNotAgree() throws Exception {
        assertEquals(List.of(
                "map.geojson:5: features[1] (id A).properties.id = A: duplicate id: feature 0 (line 4) has it too;"
                        + " each cell needs its own",
                "map.geojson:6: features[2] (id C).properties.street = T: community 'C' is in street 'S' at feature 0;"
                        + " a community lies in one street"),
                problems(collection(UTM, cell("A", 0, 0, 100, OK), cell("A", 100, 0, 100, OK),
                        cell("C", 200, 0, 100, ", \"households\": 400, \"community\": \"C\", \"street\": \"T\""))));
        assertEquals(List.of("map.geojson:5: features[0] (id A).properties.community = Elsewhere: unknown community;"
                        + " the file's communities member names North, South"),
                problems(collection(UTM + "\"communities\": {\"North\": \"S\", \"South\": \"S\"},\n",
                        cell("A", 0, 0, 100, ", \"households\": 400, \"community\": \"Elsewhere\""))));
    }

    @Test
    void coordinateSystemsItCannotMeasureIn() throws Exception {
        assertEquals(List.of("map.geojson:2: crs = EPSG:3857: is not a coordinate system gridgov knows to be in metres"
                + " or degrees; reproject the map (QGIS: Export > Save Features As) to " + Crs.ALLOWED),
                problems(collection("\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:3857\"}},\n",
                        cell("A", 0, 0, 100, OK))));
        assertEquals(List.of("map.geojson:3: features[0] (id A).geometry.coordinates[0][0] = [500000.0, 4000000.0]: is"
                + " not a longitude and latitude; a map in projected metres names its system in a crs member;"
                + " allowed: " + Crs.ALLOWED), problems(collection("", cell("A", 0, 0, 100, OK))));
    }

    @Test
    void aMissingOrTooLargeFileAndKeysOfTheRectangle() throws Exception {
        assertEquals(List.of("missing.geojson: map file not found"),
                problemsOfScenario("city:\n  map: missing.geojson\n"));
        try (RandomAccessFile huge = new RandomAccessFile(tmp.resolve("huge.geojson").toFile(), "rw")) {
            huge.setLength(GeoJsonMap.MAX_BYTES + 1); // sparse: no disk is written
        }
        assertEquals(List.of("huge.geojson: is too large: 256 MB; a map may have at most 256 MB"),
                problemsOfScenario("city:\n  map: huge.geojson\n"));
        // Too many cells for a district or a city: refused before any is read.
        String many = "{\"type\": \"FeatureCollection\", \"features\": [\n"
                + String.join(",", java.util.Collections.nCopies(GeoJsonMap.MAX_FEATURES + 1, "{}")) + "]}";
        Files.writeString(tmp.resolve("many.geojson"), many);
        assertEquals(List.of("many.geojson:1: features: has 200001 features; a map may have at most 200000"),
                problemsOfScenario("city:\n  map: many.geojson\n"));
        Files.writeString(tmp.resolve("map.geojson"), collection(UTM, cell("A", 0, 0, 100, OK)));
        assertEquals(List.of("s.yaml:3: city.residents = 5000: describes the built-in rectangle of cells; the city is"
                        + " the map map.geojson (1 cells, 400 households): remove it"),
                problemsOfScenario("city:\n  map: map.geojson\n  residents: 5000\n"));
    }
}
