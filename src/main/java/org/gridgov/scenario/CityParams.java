package org.gridgov.scenario;

/**
 * The city: its population and how it is divided into grid cells, communities and streets.
 *
 * @param residents total residents of the simulated area
 * @param householdSize mean persons per household
 * @param householdsPerCell range of households in one grid cell (drawn uniformly)
 * @param cellAreaM2 range of a cell's area in square metres (drawn uniformly)
 * @param communityColumns grid cells across one community block
 * @param communityRows grid cells down one community block
 * @param streetColumns communities across one street (sub-district) block
 * @param streetRows communities down one street block
 * @param oldNeighbourhoodShare share of cells that are old neighbourhoods
 * @param oldNeighbourhoodFactor issue intensity of an old neighbourhood relative to a new one
 * @param intensitySpread standard deviation of the log of the remaining cell-to-cell intensity variation
 */
public record CityParams(
        int residents,
        double householdSize,
        IntRange householdsPerCell,
        Range cellAreaM2,
        int communityColumns,
        int communityRows,
        int streetColumns,
        int streetRows,
        double oldNeighbourhoodShare,
        double oldNeighbourhoodFactor,
        double intensitySpread) {

    /** Households in the city, rounded to the nearest whole household. */
    public int households() {
        return Math.max(1, (int) Math.round(residents / householdSize));
    }
}
