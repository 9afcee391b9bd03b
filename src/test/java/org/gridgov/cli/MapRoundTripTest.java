package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridgov.testing.Maps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in rectangle written out as cells.geojson and read back as a map is the same city: same cells,
 * households, areas, intensities, neighbours and trips, so the same run, byte for byte. And cells.geojson keeps
 * the input's polygons and adds figures that add up to metrics.csv.
 */
class MapRoundTripTest {

    @TempDir
    Path tmp;

    // 4,000 households x 2.62 = 10,480 residents exactly, so the map's residents (households x household size) are
    // the rectangle's; with another number they would differ by the rounding of the households.
    private static final String CITY = "  intensity_spread: 0.4\n";
    private static final String[] RUN = {"--seed", "3", "--days", "90", "--warmup", "20", "-q"};

    private Path run(String name, String yaml) throws Exception {
        Path scenario = tmp.resolve(name + ".yaml");
        Files.writeString(scenario, yaml);
        Path out = tmp.resolve(name);
        String[] args = new String[RUN.length + 4];
        args[0] = "run";
        args[1] = scenario.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(RUN, 0, args, 4, RUN.length);
        MainTest.Result r = MainTest.gridgov(args);
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void theRectangleReadBackFromItsOwnGeoJsonRunsTheSame() throws Exception {
        Path rectangle = run("rectangle", "city:\n  residents: 10480\n" + CITY);
        Files.copy(rectangle.resolve("cells.geojson"), tmp.resolve("rectangle-map.geojson"));
        Path map = run("map", "city:\n  map: rectangle-map.geojson\n" + CITY);
        for (String file : List.of("metrics.csv", "daily.csv", "workload.csv", "cases.csv")) {
            assertEquals(Files.readString(rectangle.resolve(file)), Files.readString(map.resolve(file)), file);
        }
    }

    @Test
    void cellsGeoJsonKeepsThePolygonsAndItsFiguresAddUpToTheMetrics() throws Exception {
        Path map = Maps.tiny(tmp);
        Path out = run("tiny", "city:\n  map: " + map.getFileName() + "\n");
        ObjectMapper json = new ObjectMapper();
        JsonNode input = json.readTree(map.toFile());
        JsonNode cells = json.readTree(out.resolve("cells.geojson").toFile());
        assertEquals(input.get("crs"), cells.get("crs"), "the input's coordinate system");
        assertEquals(input.get("features").size(), cells.get("features").size());
        Map<String, Double> sums = new HashMap<>();
        double closedHours = 0;
        double trust = 0;
        double households = 0;
        for (int i = 0; i < input.get("features").size(); i++) {
            JsonNode in = input.get("features").get(i);
            JsonNode cell = cells.get("features").get(i);
            assertEquals(in.get("geometry"), cell.get("geometry"), "the polygon of feature " + i);
            in.get("properties").fields().forEachRemaining(p ->
                    assertEquals(p.getValue(), cell.get("properties").get(p.getKey()), "input property " + p.getKey()));
            JsonNode p = cell.get("properties");
            for (String key : List.of("issues_occurred", "cases_filed", "cases_closed", "latent_issues_end")) {
                sums.merge(key, p.get(key).asDouble(), Double::sum);
            }
            if (p.get("cases_closed").asInt() > 0) {
                closedHours += p.get("mean_hours_to_close").asDouble() * p.get("cases_closed").asInt();
            } else {
                assertNull(p.get("mean_hours_to_close").numberValue(), "no closed case: no mean");
            }
            trust += p.get("mean_trust_end").asDouble() * p.get("households").asInt();
            households += p.get("households").asInt();
        }
        Map<String, Double> metrics = metrics(out.resolve("metrics.csv"));
        assertEquals(metrics.get("issues_occurred"), sums.get("issues_occurred"));
        assertEquals(metrics.get("cases_filed"), sums.get("cases_filed"));
        assertEquals(metrics.get("cases_closed"), sums.get("cases_closed"));
        assertEquals(metrics.get("issues_latent_end"), sums.get("latent_issues_end"));
        // Means are written to 6 significant digits.
        assertEquals(metrics.get("mean_hours_to_close"), closedHours / sums.get("cases_closed"),
                1e-5 * metrics.get("mean_hours_to_close"));
        assertEquals(metrics.get("mean_trust_end"), trust / households, 1e-5);
    }

    private static Map<String, Double> metrics(Path csv) throws Exception {
        Map<String, Double> m = new HashMap<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] kv = line.split(",", -1);
            if (!kv[1].isEmpty()) { // a metric without a value (no case to take a mean of) is empty
                m.put(kv[0], Double.parseDouble(kv[1]));
            }
        }
        return m;
    }
}
