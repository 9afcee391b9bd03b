package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gridgov.scenario.DistrictMap;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.testing.Maps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-written map of five cells (src/test/resources/org/gridgov/maps/tiny.geojson, UTM metres):
 *
 * <pre>
 *   y 200  +-----+-----+     +-----+
 *          |  C  |  D  |     |     |
 *   y 100  +-----+-----+     |  E  |     E: an island, 100 m east across water
 *          |  A  |  B  |     |     |
 *   y 0    +-----+-----+     +-----+
 *          x 0  100   200   300   400
 * </pre>
 *
 * A and B form community South, C and D North, E Island; households 300, 400, 350, 500, 450.
 */
class DistrictGeometryTest {

    @TempDir
    Path tmp;

    private GridModel started(String yaml) throws Exception {
        Maps.tiny(tmp);
        Path scenario = tmp.resolve("tiny.yaml");
        Files.writeString(scenario, yaml);
        Scenario s = ScenarioReader.read(scenario, List.of()).scenario();
        GridModel model = new GridModel(s, 1, 0, 10);
        model.start();
        return model;
    }

    @Test
    void theMapGivesAreasCentroidsNeighboursAndHouseholds() throws Exception {
        City city = started("city:\n  map: tiny.geojson\n").city();
        DistrictMap map = city.map();
        assertEquals(List.of("South", "North", "Island"), map.communities());
        assertEquals(List.of("Tiny Street"), map.streets());
        assertEquals(5, city.cells().size());
        double[] areas = city.cells().stream().mapToDouble(GridCell::areaM2).toArray();
        assertArrayEquals(new double[] {10_000, 10_000, 10_000, 10_000, 20_000}, areas, 1e-6);
        // Metres from the map's centre, (200, 100) in the file.
        double[][] centres = {{-150, -50}, {-50, -50}, {-150, 50}, {-50, 50}, {150, 0}};
        for (int c = 0; c < 5; c++) {
            assertEquals(centres[c][0], city.cells().get(c).centreX(), 1e-6, "x of cell " + c);
            assertEquals(centres[c][1], city.cells().get(c).centreY(), 1e-6, "y of cell " + c);
        }
        int[][] neighbours = {{1, 2}, {0, 3}, {0, 3}, {1, 2}, {}};
        for (int c = 0; c < 5; c++) {
            assertArrayEquals(neighbours[c], city.neighbours(city.cells().get(c)), "neighbours of cell " + c);
        }
        assertArrayEquals(new int[] {300, 400, 350, 500, 450},
                city.cells().stream().mapToInt(GridCell::households).toArray());
        assertEquals(2000, city.households().count());
        assertEquals(5240, city.residents(), "2,000 households x 2.62");
        assertTrue(city.cells().get(0).oldNeighbourhood());
        assertNull(city.field(), "a map has no lattice");
    }

    @Test
    void tripsGoThroughNeighbouringCellsAndAnIslandIsAStraightLineAway() throws Exception {
        City city = started("city:\n  map: tiny.geojson\n").city();
        List<GridCell> c = city.cells();
        assertEquals(0, city.metres(c.get(0), c.get(0)));
        assertEquals(100, city.metres(c.get(0), c.get(1)));
        assertEquals(200, city.metres(c.get(0), c.get(3)), "A to D: through B or C, not across the corner");
        assertEquals(304, city.metres(c.get(0), c.get(4)), "A to the island: sqrt(300^2 + 50^2)");
        assertEquals(city.metres(c.get(3), c.get(0)), city.metres(c.get(0), c.get(3)));
    }

    @Test
    void beatsFollowTheWalkCommunityByCommunity() throws Exception {
        // 2,000 households at 700 a worker: 3 posts. Walk: A, B (South), then D, the nearest to B, and C (North),
        // then the island. Loads (households x intensity 1) cut into thirds of 666.7: A+B, D, C+E.
        GridModel model = started("city:\n  map: tiny.geojson\n  intensity_spread: 0\n  old_neighbourhood_factor: 1\n"
                + "grid_workers:\n  households_per_worker: 700\n");
        assertArrayEquals(new int[] {0, 1, 3, 2, 4}, model.city().walk());
        List<GridWorker> workers = model.workers();
        assertEquals(3, workers.size());
        assertEquals(List.of("A", "B"), ids(model, workers.get(0)));
        assertEquals(List.of("D"), ids(model, workers.get(1)));
        assertEquals(List.of("C", "E"), ids(model, workers.get(2)));
    }

    @Test
    void aVacantPostIsCoveredByTheNearestWorkerOnTheJob() throws Exception {
        GridModel model = started("city:\n  map: tiny.geojson\n  intensity_spread: 0\n  old_neighbourhood_factor: 1\n"
                + "grid_workers:\n  households_per_worker: 700\n");
        GridWorker first = model.workers().get(0);
        // From A, the nearest cell with a worker on the job other than A's own: B is A's too; C and D are 100 and
        // 200 m away: C's worker (post 3) covers.
        assertSame(model.workers().get(2), model.coveringWorker(first));
    }

    private static List<String> ids(GridModel model, GridWorker w) {
        return w.cells().stream().map(c -> model.city().map().cells().get(c.id()).id()).toList();
    }
}
