package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;

import org.junit.jupiter.api.Test;

/** Colour ranges, legend values and palettes of the map's layers. */
class MapColoursTest {

    @Test
    void rangesEndAtRoundNumbers() {
        assertEquals(1, ScaleRange.niceCeiling(0.3));
        assertEquals(5, ScaleRange.niceCeiling(5));
        assertEquals(10, ScaleRange.niceCeiling(5.1));
        assertEquals(25, ScaleRange.niceCeiling(21));
        assertEquals(250, ScaleRange.niceCeiling(201));
        assertEquals(0.2, ScaleRange.niceStep(1 / 6.0), 1e-12);
        assertEquals(300, ScaleRange.niceFloor(333, 200));
    }

    @Test
    void legendValuesAreRoundSteps() {
        assertArrayEquals(new double[] {0, 5, 10, 15, 20, 25}, range(0, 25).ticks(MapLayer.OPEN_CASES.tickStep(range(0, 25))));
        assertArrayEquals(new double[] {0, 24, 48, 72, 96, 120, 144, 168},
                range(0, 168).ticks(MapLayer.PATROL_GAP.tickStep(range(0, 168))));
        double[] trust = range(0, 1).ticks(MapLayer.TRUST.tickStep(range(0, 1)));
        assertEquals(6, trust.length);
        assertEquals(1, trust[5], 1e-12);
        assertEquals("168 h", MapLayer.PATROL_GAP.text(168));
        assertEquals("40%", MapLayer.WORKER_LOAD.text(0.4));
        assertEquals("-", MapLayer.WORKER_LOAD.text(Double.NaN));
        assertEquals("1,250", MapLayer.HOUSEHOLDS.text(1250));
    }

    @Test
    void coloursRunAlongThePaletteAndClamp() {
        ScaleRange r = range(0, 10);
        assertEquals(Palette.HEAT.at(0), MapLayer.OPEN_CASES.color(0, r));
        assertEquals(Palette.HEAT.at(1), MapLayer.OPEN_CASES.color(10, r));
        assertEquals(Palette.HEAT.at(1), MapLayer.OPEN_CASES.color(25, r), "above the range: the top colour");
        assertEquals(Palette.HEAT.at(0.5), MapLayer.OPEN_CASES.color(5, r));
        assertEquals(MapLayer.NO_DATA, MapLayer.WORKER_LOAD.color(Double.NaN, range(0, 1)));
        assertEquals(new Color(0xFFF6DA), Palette.HEAT.at(0));
        assertEquals(new Color(0x7A1038), Palette.HEAT.at(1));
        Color mid = Palette.BLUES.at(0.125);
        assertEquals(new Color((0xEE + 0xBD + 1) / 2, (0xF4 + 0xD7 + 1) / 2, (0xFA + 0xEC) / 2), mid);
    }

    @Test
    void layersAreChosenByTheirCommandLineNames() {
        for (MapLayer l : MapLayer.values()) {
            assertEquals(l, MapLayer.byId(l.id()));
        }
        assertEquals("open-cases, latent-issues, patrol-gap, worker-load, trust, households", MapLayer.ids());
        assertThrows(IllegalArgumentException.class, () -> MapLayer.byId("OPEN_CASES"));
    }

    private static ScaleRange range(double lo, double hi) {
        return new ScaleRange(lo, hi);
    }
}
