package org.gridgov.model;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.gridgov.rng.Draws;
import org.gridgov.scenario.Beta;
import org.gridgov.scenario.CityParams;
import org.gridgov.scenario.DistrictMap;
import org.gridgov.scenario.MapCell;
import org.gridgov.scenario.ResidentParams;
import sim.field.grid.ObjectGrid2D;

/**
 * Lays out a city from its parameters: how many cells, their sizes and intensities, how they group into
 * communities and streets, and each household's awareness and trust.
 */
final class CityBuilder {

    private CityBuilder() {
    }

    static City build(CityParams p, ResidentParams residents, MersenneTwisterFast layout,
            MersenneTwisterFast households) {
        return p.map() == null ? rectangle(p, residents, layout, households) : map(p, residents, layout, households);
    }

    /**
     * The built-in rectangle: cells of drawn sizes and areas on a lattice of equal squares (their side the square
     * root of the mean area), in blocks of communities and streets.
     */
    private static City rectangle(CityParams p, ResidentParams residents, MersenneTwisterFast layout,
            MersenneTwisterFast households) {
        int totalHouseholds = p.households();
        int cellCount = Math.max(1, (int) Math.round(totalHouseholds / p.householdsPerCell().mid()));
        int[] sizes = cellSizes(p, totalHouseholds, cellCount, layout);

        int cellsPerCommunity = p.communityColumns() * p.communityRows();
        int cellsPerStreet = cellsPerCommunity * p.streetColumns() * p.streetRows();
        int streetCount = (cellCount + cellsPerStreet - 1) / cellsPerStreet;
        int streetsAcross = (int) Math.ceil(Math.sqrt(streetCount));
        int streetsDown = (streetCount + streetsAcross - 1) / streetsAcross;
        int streetWidth = p.streetColumns() * p.communityColumns();
        int streetHeight = p.streetRows() * p.communityRows();
        ObjectGrid2D field = new ObjectGrid2D(streetsAcross * streetWidth, streetsDown * streetHeight);

        // Old neighbourhoods and lognormal noise; normalised below to a household-weighted mean of 1.
        double[] raw = new double[cellCount];
        boolean[] old = new boolean[cellCount];
        double[] area = new double[cellCount];
        for (int c = 0; c < cellCount; c++) {
            old[c] = layout.nextDouble() < p.oldNeighbourhoodShare();
            raw[c] = drawnIntensity(p, old[c], layout);
            area[c] = p.cellAreaM2().min() + layout.nextDouble() * (p.cellAreaM2().max() - p.cellAreaM2().min());
        }
        double scale = normalisation(raw, sizes, totalHouseholds);

        // North up: the lattice's row 0 is the northern edge; the centre of the lattice is (0, 0).
        double side = Math.sqrt((p.cellAreaM2().min() + p.cellAreaM2().max()) / 2);
        double west = -field.getWidth() * side / 2;
        double north = field.getHeight() * side / 2;
        List<GridCell> cells = new ArrayList<>(cellCount);
        int id = 0;
        int community = -1;
        int firstHousehold = 0;
        for (int s = 0; s < streetCount && id < cellCount; s++) {
            int sx = (s % streetsAcross) * streetWidth;
            int sy = (s / streetsAcross) * streetHeight;
            for (int k = 0; k < p.streetColumns() * p.streetRows() && id < cellCount; k++) {
                community++;
                int cx = sx + (k % p.streetColumns()) * p.communityColumns();
                int cy = sy + (k / p.streetColumns()) * p.communityRows();
                for (int j = 0; j < cellsPerCommunity && id < cellCount; j++) {
                    int x = cx + j % p.communityColumns();
                    int y = cy + j / p.communityColumns();
                    double x0 = west + x * side;
                    double x1 = west + (x + 1) * side;
                    double y0 = north - (y + 1) * side;
                    double y1 = north - y * side;
                    double[] square = {x0, y0, x1, y0, x1, y1, x0, y1, x0, y0};
                    GridCell cell = new GridCell(id, x, y, community, s, firstHousehold, sizes[id], area[id],
                            old[id], raw[id] * scale, (x0 + x1) / 2, (y0 + y1) / 2, List.of(square));
                    field.set(x, y, cell);
                    cells.add(cell);
                    firstHousehold += sizes[id];
                    id++;
                }
            }
        }
        int[][] neighbours = new int[cellCount][];
        for (GridCell c : cells) {
            List<Integer> near = new ArrayList<>(4);
            int[][] sides = {{0, -1}, {-1, 0}, {1, 0}, {0, 1}};
            for (int[] d : sides) {
                int x = c.x() + d[0];
                int y = c.y() + d[1];
                if (x >= 0 && y >= 0 && x < field.getWidth() && y < field.getHeight() && field.get(x, y) != null) {
                    near.add(((GridCell) field.get(x, y)).id());
                }
            }
            neighbours[c.id()] = near.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        Households h = households(totalHouseholds, residents, households);
        return new City(cells, field, null, neighbours, h, community + 1, streetCount, p.residents());
    }

    /**
     * A district's own map: its cells as the file gives them. Intensity is the file's, or drawn as on the
     * rectangle where it gives none; either way normalised to a household-weighted mean of 1.
     */
    private static City map(CityParams p, ResidentParams residents, MersenneTwisterFast layout,
            MersenneTwisterFast households) {
        DistrictMap map = p.map();
        int n = map.cells().size();
        int[] sizes = new int[n];
        double[] raw = new double[n];
        int total = 0;
        for (int c = 0; c < n; c++) {
            MapCell m = map.cells().get(c);
            sizes[c] = m.households();
            total += sizes[c];
            raw[c] = Double.isNaN(m.intensity()) ? drawnIntensity(p, m.oldNeighbourhood(), layout) : m.intensity();
        }
        double scale = normalisation(raw, sizes, total);
        List<GridCell> cells = new ArrayList<>(n);
        int firstHousehold = 0;
        for (int c = 0; c < n; c++) {
            MapCell m = map.cells().get(c);
            cells.add(new GridCell(c, c, 0, m.community(), m.street(), firstHousehold, sizes[c], m.areaM2(),
                    m.oldNeighbourhood(), raw[c] * scale, m.centreX(), m.centreY(), m.outline()));
            firstHousehold += sizes[c];
        }
        Households h = households(total, residents, households);
        return new City(cells, null, map, map.neighbours().toArray(new int[0][]), h, map.communities().size(),
                map.streets().size(), p.residents());
    }

    /** Old-neighbourhood factor times lognormal noise of mean 1. */
    private static double drawnIntensity(CityParams p, boolean old, MersenneTwisterFast layout) {
        double sigma = p.intensitySpread();
        double noise = Math.exp(sigma * layout.nextGaussian() - sigma * sigma / 2);
        return (old ? p.oldNeighbourhoodFactor() : 1.0) * noise;
    }

    /**
     * The factor that makes the household-weighted mean intensity 1. Intensities already normalised (a map written
     * by gridgov and read back) are kept as they are, not moved by a rounding error.
     */
    private static double normalisation(double[] raw, int[] sizes, int totalHouseholds) {
        double weighted = 0;
        for (int c = 0; c < raw.length; c++) {
            weighted += raw[c] * sizes[c];
        }
        double scale = totalHouseholds / weighted;
        return Math.abs(scale - 1) < 1e-12 ? 1 : scale;
    }

    /** Cell sizes drawn uniformly in the range, then scaled to add up to the city's households exactly. */
    private static int[] cellSizes(CityParams p, int totalHouseholds, int cellCount, MersenneTwisterFast random) {
        int lo = p.householdsPerCell().min();
        int hi = p.householdsPerCell().max();
        double[] raw = new double[cellCount];
        double sum = 0;
        for (int c = 0; c < cellCount; c++) {
            raw[c] = lo + random.nextInt(hi - lo + 1);
            sum += raw[c];
        }
        int[] sizes = new int[cellCount];
        int assigned = 0;
        double[] remainder = new double[cellCount];
        for (int c = 0; c < cellCount; c++) {
            double exact = raw[c] * totalHouseholds / sum;
            sizes[c] = Math.max(1, (int) Math.floor(exact));
            remainder[c] = exact - Math.floor(exact);
            assigned += sizes[c];
        }
        // Largest remainders first (ties by position) until the total is exact.
        Integer[] order = new Integer[cellCount];
        for (int c = 0; c < cellCount; c++) {
            order[c] = c;
        }
        java.util.Arrays.sort(order, (a, b) -> remainder[a] != remainder[b]
                ? Double.compare(remainder[b], remainder[a]) : Integer.compare(a, b));
        for (int i = 0; assigned < totalHouseholds; i = (i + 1) % cellCount) {
            sizes[order[i]]++;
            assigned++;
        }
        for (int i = cellCount - 1; assigned > totalHouseholds; i = (i + cellCount - 1) % cellCount) {
            if (sizes[order[i]] > 1) {
                sizes[order[i]]--;
                assigned--;
            }
        }
        return sizes;
    }

    private static Households households(int count, ResidentParams p, MersenneTwisterFast random) {
        float[] awareness = new float[count];
        float[] trust = new float[count];
        for (int h = 0; h < count; h++) {
            awareness[h] = (float) beta(p.awareness(), random);
            trust[h] = (float) beta(p.trust(), random);
        }
        return new Households(awareness, trust);
    }

    private static double beta(Beta b, MersenneTwisterFast random) {
        if (b.mean() <= 0 || b.mean() >= 1) {
            return b.mean();
        }
        double x = Draws.gammaFromMeanSd(random, b.alpha(), Math.sqrt(b.alpha()));
        double y = Draws.gammaFromMeanSd(random, b.beta(), Math.sqrt(b.beta()));
        return x / (x + y);
    }
}
