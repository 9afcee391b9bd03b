package org.gridgov.model;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.gridgov.rng.Draws;
import org.gridgov.scenario.Beta;
import org.gridgov.scenario.CityParams;
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
        double sigma = p.intensitySpread();
        List<GridCell> cells = new ArrayList<>(cellCount);
        double[] raw = new double[cellCount];
        boolean[] old = new boolean[cellCount];
        double[] area = new double[cellCount];
        double weighted = 0;
        for (int c = 0; c < cellCount; c++) {
            old[c] = layout.nextDouble() < p.oldNeighbourhoodShare();
            double noise = Math.exp(sigma * layout.nextGaussian() - sigma * sigma / 2);
            raw[c] = (old[c] ? p.oldNeighbourhoodFactor() : 1.0) * noise;
            area[c] = p.cellAreaM2().min() + layout.nextDouble() * (p.cellAreaM2().max() - p.cellAreaM2().min());
            weighted += raw[c] * sizes[c];
        }
        double scale = totalHouseholds / weighted;

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
                    GridCell cell = new GridCell(id, x, y, community, s, firstHousehold, sizes[id], area[id],
                            old[id], raw[id] * scale);
                    field.set(x, y, cell);
                    cells.add(cell);
                    firstHousehold += sizes[id];
                    id++;
                }
            }
        }
        Households h = households(totalHouseholds, residents, households);
        return new City(cells, field, h, community + 1, streetCount, p.residents());
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
