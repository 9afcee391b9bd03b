package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.gridgov.cli.Main;
import org.gridgov.model.GridCell;
import org.gridgov.model.GridModel;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Issue;
import org.gridgov.observe.Measurement;
import org.gridgov.report.CellShapes;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.testing.Maps;
import org.gridgov.text.Texts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridgov gui --snapshot} without a display (these tests run headless) writes a picture of the map
 * and charts whose cells have the colours of the chosen layer. {@code GuiOnDisplayTest} does the same on a
 * display.
 */
class SnapshotTest {
    static final int DAYS = 12;
    static final long SEED = 4;

    @Test
    void headlessSnapshotColoursEachCellByItsHouseholds(@TempDir Path dir) throws Exception {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests run headless (see the pom)");
        Path png = dir.resolve("map.png");
        assertEquals(0, gridgov("gui", "--snapshot", png.toString(), "--days", "" + DAYS, "--seed", "" + SEED,
                "--layer", "households", GuiRuns.BASELINE.toString()));
        assertCellsShowHouseholds(ImageIO.read(png.toFile()));
    }

    @Test
    void aSnapshotOfADistrictMapDrawsItsPolygonsNorthUpWithTheirBoundaries(@TempDir Path dir) throws Exception {
        Maps.tiny(dir);
        Path scenario = dir.resolve("tiny.yaml");
        Files.writeString(scenario, "city:\n  map: tiny.geojson\n");
        Path png = dir.resolve("tiny.png");
        assertEquals(0, gridgov("gui", "--snapshot", png.toString(), "--days", "3", "--layer", "households",
                scenario.toString()));
        assertTinyMap(ImageIO.read(png.toFile()), scenario);
    }

    /**
     * The tiny map (DistrictGeometryTest's picture) in a snapshot: each cell in its households' colour where it lies,
     * north up; the community boundary between the south and north rows, the street's edge around the block and
     * the island, and the backdrop on the water between them.
     */
    static void assertTinyMap(BufferedImage image, Path scenario) throws Exception {
        GridModel model = new GridModel(ScenarioReader.read(scenario, List.of()).scenario(), SEED, 0, 3);
        model.start();
        ScaleRange range = LiveRun.attach(model, 0, Texts.EN).scales().range(MapLayer.HOUSEHOLDS);
        CellShapes shapes = CellShapes.of(model.city());
        Rectangle2D area = Snapshot.mapArea(shapes);
        assertEquals(400.0 / 200, area.getWidth() / area.getHeight(), 0.01, "the map keeps its proportions");
        for (GridCell c : model.city().cells()) {
            Color expected = MapLayer.HOUSEHOLDS.color(c.households(), range);
            assertEquals(expected.getRGB(), sample(image, shapes, area, c), "cell " + c.id() + " with "
                    + c.households() + " households");
        }
        List<GridCell> cells = model.city().cells();
        Point2D a = centroid(shapes, area, cells.get(0));
        Point2D cc = centroid(shapes, area, cells.get(2));
        Point2D e = centroid(shapes, area, cells.get(4));
        assertTrue(cc.getY() < a.getY() && e.getX() > a.getX(), "C is north of A, the island east");
        int between = image.getRGB((int) a.getX(), (int) Math.round((a.getY() + cc.getY()) / 2));
        assertEquals(BoundaryPortrayal.COMMUNITY.getRGB(), between, "A and C are in different communities");
        assertEquals(BoundaryPortrayal.STREET.getRGB(), image.getRGB((int) a.getX(), (int) area.getMaxY() - 1),
                "the city's edge south of A");
        assertEquals(BoundaryPortrayal.STREET.getRGB(), image.getRGB((int) e.getX(), (int) area.getMinY() + 1),
                "the city's edge north of the island");
        int water = image.getRGB((int) (area.getX() + area.getWidth() * 250 / 400), (int) a.getY());
        assertEquals(MapWindow.BACKDROP.getRGB(), water, "no cell between x 200 and 300 m");
    }

    @Test
    void aSnapshotOnDayTwoShowsEachChartsOnePoint() throws Exception {
        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of(), SEED, 2, MapLayer.OPEN_CASES);
        Snapshot.take(gui, Snapshot.DEFAULT_AT);
        for (JFreeChart chart : gui.charts().charts()) {
            chart.removeLegend(); // its samples have the series' colours too
            BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            chart.draw(g, new Rectangle2D.Double(0, 0, 400, 300));
            g.dispose();
            XYPlot plot = chart.getXYPlot();
            for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) {
                if (plot.getDataset().getItemCount(s) == 0 || Double.isNaN(plot.getDataset().getYValue(s, 0))) {
                    continue; // nothing to show: 0 of 0 cases closed, say
                }
                Color colour = (Color) plot.getRenderer().getSeriesPaint(s);
                int pixels = 0;
                for (int x = 0; x < image.getWidth(); x++) {
                    for (int y = 0; y < image.getHeight(); y++) {
                        pixels += image.getRGB(x, y) == colour.getRGB() ? 1 : 0;
                    }
                }
                assertTrue(pixels >= 9, chart.getTitle().getText() + ", " + plot.getDataset().getSeriesKey(s)
                        + ": its one point is drawn (" + pixels + " pixels of its colour)");
            }
        }
    }

    @Test
    void headlessSnapshotShowsOpenCasesWhereTheyAre(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("cases.png");
        assertEquals(0, gridgov("gui", "--snapshot", png.toString(), "--days", "" + DAYS, "--seed", "" + SEED,
                GuiRuns.BASELINE.toString()));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Snapshot.WIDTH, image.getWidth());
        assertEquals(Snapshot.HEIGHT, image.getHeight());

        // Where the cases are at the snapshot's time (10:00 on the last weekday), from the model stepped as a
        // batch run steps it and measured as it measures: cells with none are the palette's zero colour, cells
        // with some are not.
        GridModel model = new GridModel(baseline(), SEED, 0, DAYS);
        model.start();
        Measurement measurement = Measurement.attach(model, 0, true);
        double until = Snapshot.time(DAYS, Snapshot.DEFAULT_AT);
        while (model.schedule.getTime() < until && model.schedule.step(model)) {
            // as Simulation.run does, up to the picture's time
        }
        int[] open = new int[model.city().cells().size()];
        for (Issue i : measurement.cases().issues()) {
            if (i.state().isOpenCase()) {
                open[i.cell().id()]++;
            }
        }
        CellShapes shapes = CellShapes.of(model.city());
        Rectangle2D area = Snapshot.mapArea(shapes);
        Color zero = Palette.HEAT.at(0);
        Set<Integer> colours = new HashSet<>();
        int empty = 0;
        for (GridCell c : model.city().cells()) {
            int rgb = sample(image, shapes, area, c);
            colours.add(rgb);
            if (open[c.id()] == 0) {
                empty++;
                assertEquals(zero.getRGB(), rgb, "cell " + c.id() + " has no open case");
            } else {
                assertNotEquals(zero.getRGB(), rgb, "cell " + c.id() + " has " + open[c.id()] + " open cases");
            }
        }
        assertTrue(empty < model.city().cells().size(), "some cells have open cases");
        assertTrue(colours.size() >= 4, "several colours on the map, got " + colours.size());
    }

    @Test
    void aSnapshotShowsGridWorkersAtWorkAtTenOnTheLastWeekday() throws Exception {
        // Day 9 is a Tuesday; day 14 a Sunday, so its picture is of Friday, day 12.
        assertEquals(8 * 24 + 10, Snapshot.time(9, Snapshot.DEFAULT_AT));
        assertEquals(11 * 24 + 10, Snapshot.time(14, Snapshot.DEFAULT_AT));
        assertEquals(11 * 24 + 16.5, Snapshot.time(13, LocalTime.of(16, 30)));

        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of(), SEED, 9, MapLayer.OPEN_CASES);
        Snapshot.take(gui, Snapshot.DEFAULT_AT);
        double now = gui.map().run().now();
        assertTrue(now >= 8 * 24 + 10 && now < 8 * 24 + 10 + 1 / 60.0, "the first step at or after 10:00: " + now);
        assertEquals("day 9 (Tue) 10:00", Snapshot.when(gui));
        Map<WorkerState, Integer> doing = new EnumMap<>(WorkerState.class);
        for (GridWorker w : gui.model().workers()) {
            doing.merge(WorkerState.of(w, now), 1, Integer::sum);
        }
        assertEquals(null, doing.get(WorkerState.OFF_DUTY), "every grid worker is at work: " + doing);
        assertTrue(doing.size() >= 2, "the dots have the colours of what the workers do: " + doing);
    }

    @Test
    void cellNumbersAreDrawnOnlyWhenAskedFor() throws Exception {
        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of(), SEED, 1, MapLayer.HOUSEHOLDS);
        BufferedImage plain = Snapshot.take(gui, Snapshot.DEFAULT_AT);
        gui.showCellNumbers(true);
        BufferedImage numbered = Snapshot.render(gui);
        GridModel model = gui.model();
        CellShapes shapes = CellShapes.of(model.city());
        Rectangle2D area = Snapshot.mapArea(shapes);
        for (GridCell c : model.city().cells()) {
            // Just above the cell's centroid, where its number goes.
            Point2D centre = centroid(shapes, area, c);
            double side = shapes.side(c.id()) * shapes.onto(area).getScaleX();
            int changed = 0;
            for (int x = (int) (centre.getX() - side * 0.2); x < centre.getX() + side * 0.2; x++) {
                for (int y = (int) (centre.getY() - side * 0.45); y < centre.getY() - side * 0.2; y++) {
                    changed += plain.getRGB(x, y) != numbered.getRGB(x, y) ? 1 : 0;
                }
            }
            assertTrue(changed >= 10, "cell " + c.id() + "'s number is drawn (" + changed + " pixels)");
        }
    }

    static void assertCellsShowHouseholds(BufferedImage image) throws Exception {
        assertEquals(Snapshot.WIDTH, image.getWidth());
        assertEquals(Snapshot.HEIGHT, image.getHeight());
        GridModel model = new GridModel(baseline(), SEED, 0, DAYS);
        model.start();
        ScaleRange range = LiveRun.attach(model, 0, Texts.EN).scales().range(MapLayer.HOUSEHOLDS);
        CellShapes shapes = CellShapes.of(model.city());
        Rectangle2D area = Snapshot.mapArea(shapes);
        Set<Integer> colours = new HashSet<>();
        for (GridCell c : model.city().cells()) {
            Color expected = MapLayer.HOUSEHOLDS.color(c.households(), range);
            int rgb = sample(image, shapes, area, c);
            assertEquals(expected.getRGB(), rgb, "cell " + c.id() + " with " + c.households() + " households");
            colours.add(rgb);
        }
        assertTrue(colours.size() >= 10, "cells of different sizes differ, got " + colours.size() + " colours");
    }

    /**
     * A cell's colour, above its centroid by 0.3 of the side of a square of its area (a fifth of the way down a
     * square cell): clear of its edges, boundaries and workers.
     */
    static int sample(BufferedImage image, CellShapes shapes, Rectangle2D area, GridCell c) {
        Point2D centre = centroid(shapes, area, c);
        double side = shapes.side(c.id()) * shapes.onto(area).getScaleX();
        return image.getRGB((int) centre.getX(), (int) (centre.getY() - 0.3 * side));
    }

    /** Where the cell's centroid is in the picture. */
    static Point2D centroid(CellShapes shapes, Rectangle2D area, GridCell c) {
        return shapes.onto(area).transform(new Point2D.Double(c.centreX(), c.centreY()), null);
    }

    private static Scenario baseline() throws Exception {
        return ScenarioReader.read(GuiRuns.BASELINE, List.of()).scenario();
    }

    private static int gridgov(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals("", err.toString());
        return code;
    }
}
