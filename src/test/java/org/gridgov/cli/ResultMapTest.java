package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridgov.report.ClassBreaks;
import org.gridgov.testing.Maps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} draws its results on the map: map.png and map.svg with each cell in the legend's colour of its class,
 * for the layer chosen with --map-layer, the same bytes for the same run; an unknown layer is a bad option.
 */
class ResultMapTest {
    private static final Pattern CELL = Pattern.compile("id='cell-(\\d+)'[^>]*? style='fill:(rgb\\([^)]*\\))");
    private static final Pattern SWATCH = Pattern.compile("id='class-(\\d+)'[^>]*? style='fill:(rgb\\([^)]*\\))");
    private static final Pattern NO_DATA = Pattern.compile("id='no-data()'[^>]*? style='fill:(rgb\\([^)]*\\))");

    @TempDir
    Path tmp;

    private Path run(String... more) throws Exception {
        if (!Files.exists(tmp.resolve("tiny.geojson"))) {
            Maps.tiny(tmp);
        }
        Path scenario = tmp.resolve("tiny.yaml");
        Files.writeString(scenario, "city:\n  map: tiny.geojson\n");
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString(), "--days", "40",
                "--warmup", "5", "-q", "--force"));
        args.addAll(List.of(more));
        MainTest.Result r = MainTest.gridgov(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void eachCellHasTheLegendsColourOfItsValue() throws Exception {
        for (String layer : List.of("cases_per_1000_households", "mean_hours_to_close", "cases_filed")) {
            Path out = layer.equals("cases_per_1000_households") ? run() : run("--map-layer", layer);
            BufferedImage png = ImageIO.read(out.resolve("map.png").toFile());
            assertTrue(png.getWidth() > 600 && png.getHeight() > 300, png.getWidth() + " x " + png.getHeight());
            String svg = Files.readString(out.resolve("map.svg"));
            assertTrue(svg.contains(">Cases filed per 1,000 households") == layer.startsWith("cases_per"), layer);

            double[] values = values(out, layer);
            ClassBreaks classes = ClassBreaks.of(values);
            Map<Integer, String> swatches = fills(SWATCH, svg);
            assertEquals(classes.count(), swatches.size(), layer + ": one swatch a class");
            assertEquals(classes.count(), new HashSet<>(swatches.values()).size(), layer + ": classes differ");
            Map<Integer, String> cells = fills(CELL, svg);
            assertEquals(5, cells.size(), layer + ": five cell paths");
            for (int c = 0; c < 5; c++) {
                String legend = Double.isNaN(values[c]) ? noData(svg) : swatches.get(classes.classOf(values[c]));
                assertEquals(legend, cells.get(c), layer + ": cell " + c + " with " + values[c]);
            }
        }
    }

    @Test
    void anUnknownLayerIsABadOptionNamingTheLayers() {
        MainTest.Result r = MainTest.gridgov("run", "nowhere.yaml", "--map-layer", "nonsense");
        assertEquals(2, r.code());
        assertEquals("gridgov run: --map-layer: no such cell result 'nonsense'; choose one of: issues_occurred,"
                + " cases_filed, cases_closed, mean_hours_to_close, latent_issues_end, mean_trust_end, grid_workers,"
                + " worker_utilization, cases_per_1000_households\n", r.err());
    }

    @Test
    void theSameRunDrawsTheSameBytes() throws Exception {
        Path out = run();
        byte[] png = Files.readAllBytes(out.resolve("map.png"));
        byte[] svg = Files.readAllBytes(out.resolve("map.svg"));
        run();
        assertArrayEquals(png, Files.readAllBytes(out.resolve("map.png")));
        assertArrayEquals(svg, Files.readAllBytes(out.resolve("map.svg")));
    }

    @Test
    void withoutCasesThereIsNoMap() throws Exception {
        Path out = run();
        assertTrue(Files.exists(out.resolve("map.svg")));
        run("--no-cases");
        assertFalse(Files.exists(out.resolve("map.png")), "an earlier run's map is removed with its cells.geojson");
        assertFalse(Files.exists(out.resolve("map.svg")));
    }

    /** Each cell's value of the layer, from cells.geojson or (per 1,000 households) from its figures. */
    private static double[] values(Path out, String layer) throws Exception {
        JsonNode features = new ObjectMapper().readTree(out.resolve("cells.geojson").toFile()).get("features");
        double[] v = new double[features.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode p = features.get(i).get("properties");
            v[i] = layer.equals("cases_per_1000_households")
                    ? 1000 * p.get("cases_filed").asDouble() / p.get("households").asDouble()
                    : p.get(layer).isNull() ? Double.NaN : p.get(layer).asDouble();
        }
        return v;
    }

    private static String noData(String svg) {
        Matcher m = NO_DATA.matcher(svg);
        assertTrue(m.find(), "a cell without a value has the legend's no-data colour");
        return m.group(2);
    }

    private static Map<Integer, String> fills(Pattern element, String svg) {
        Map<Integer, String> fills = new HashMap<>();
        Matcher m = element.matcher(svg);
        while (m.find()) {
            assertEquals(null, fills.put(m.group(1).isEmpty() ? -1 : Integer.valueOf(m.group(1)), m.group(2)), "one element of id " + m.group(1));
        }
        return fills;
    }
}
