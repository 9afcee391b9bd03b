package org.gridgov.gui;

import sim.display.Display2D;
import sim.display.GUIState;

/**
 * MASON's 2D display, redrawn ten times a second of wall-clock time rather than after every step: the
 * model takes thousands of steps per simulated day and a redraw holds the schedule's lock, so redrawing
 * after each one would slow a run to a crawl. The display's redraw menu can change this.
 */
final class MapDisplay extends Display2D {
    private static final long serialVersionUID = 1L;
    private static final long REDRAW_MILLIS = 100;

    MapDisplay(double width, double height, GUIState gui) {
        super(width, height, gui);
        updateRule = UPDATE_RULE_WALLCLOCK_TIME;
        wallInterval = REDRAW_MILLIS;
        rebuildSkipFrame();
    }
}
