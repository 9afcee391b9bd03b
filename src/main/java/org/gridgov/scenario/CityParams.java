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
 * @param map the district's grid map, or null for the built-in rectangle
 */
public record CityParams(
        @Param(unit = "residents", min = 100, max = 50_000_000, meaning = "Residents of the simulated area.",
                source = "assumption: a district-sized study area")
        int residents,
        @Param(unit = "persons per household", min = 1, max = 10, source = "China 2020 census: 2.62",
                meaning = "Mean household size; households = round(residents / household_size).")
        double householdSize,
        @Param(unit = "households", min = 1, max = 100_000, parts = {"min", "max"},
                source = "Haikou standard: 300-500 households per grid",
                meaning = "Households of one grid cell, drawn uniformly from min to max.")
        IntRange householdsPerCell,
        @Param(unit = "m2", min = 100, max = 10_000_000, parts = {"min", "max"},
                source = "Dongcheng ~15,400 m2 per cell; the default range lies below it (assumption)",
                meaning = "Area of one grid cell, drawn uniformly from min to max.")
        Range cellAreaM2,
        @Param(key = "community.columns", unit = "cells", min = 1, max = 100,
                source = "Dongcheng 2010: 589 grids in 205 communities",
                meaning = "Grid cells across one community block.")
        int communityColumns,
        @Param(key = "community.rows", unit = "cells", min = 1, max = 100,
                source = "Dongcheng 2010: ~3 grids per community", meaning = "Grid cells down one community block.")
        int communityRows,
        @Param(key = "street.columns", unit = "communities", min = 1, max = 100,
                source = "assumption: 12 communities per street, Dongcheng-like",
                meaning = "Communities across one street (sub-district) block.")
        int streetColumns,
        @Param(key = "street.rows", unit = "communities", min = 1, max = 100,
                source = "assumption: 12 communities per street, Dongcheng-like",
                meaning = "Communities down one street block.")
        int streetRows,
        @Param(unit = "share", min = 0, max = 1, meaning = "Probability that a cell is an old neighbourhood.")
        double oldNeighbourhoodShare,
        @Param(unit = "ratio", min = 0.01, max = 100,
                meaning = "Issue intensity of an old neighbourhood relative to a new one.")
        double oldNeighbourhoodFactor,
        @Param(unit = "sd of ln(intensity)", min = 0, max = 3,
                meaning = "Standard deviation of the lognormal cell-to-cell intensity noise.")
        double intensitySpread,
        @Param(unit = "file", allowed = "a GeoJSON FeatureCollection of polygons, one per grid cell, its path relative"
                + " to the scenario file (docs/ODD.md 7.3)", ifAbsent = "the built-in rectangle of cells",
                source = "the district's own grid map",
                meaning = "The district's grid map; its cells, households, communities and streets replace the"
                        + " rectangle's (residents = its households x household_size).")
        DistrictMap map) implements java.io.Serializable {

    /** The rectangle's parameters alone (the map reader's tests and callers that build one by hand). */
    public CityParams(int residents, double householdSize, IntRange householdsPerCell, Range cellAreaM2,
            int communityColumns, int communityRows, int streetColumns, int streetRows, double oldNeighbourhoodShare,
            double oldNeighbourhoodFactor, double intensitySpread) {
        this(residents, householdSize, householdsPerCell, cellAreaM2, communityColumns, communityRows, streetColumns,
                streetRows, oldNeighbourhoodShare, oldNeighbourhoodFactor, intensitySpread, null);
    }

    /** With a map, the residents its households make; otherwise this. */
    CityParams sizedByMap() {
        if (map == null) {
            return this;
        }
        int people = (int) Math.min(Integer.MAX_VALUE, Math.round(map.households() * householdSize));
        return new CityParams(people, householdSize, householdsPerCell, cellAreaM2, communityColumns, communityRows,
                streetColumns, streetRows, oldNeighbourhoodShare, oldNeighbourhoodFactor, intensitySpread, map);
    }

    /** Households in the city, rounded to the nearest whole household. */
    public int households() {
        return Math.max(1, (int) Math.round(residents / householdSize));
    }
}
