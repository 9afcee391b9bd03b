package org.gridgov.gui;

import java.awt.BorderLayout;
import java.awt.Color;

import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;

import sim.display.Display2D;
import sim.display.GUIState;

/** The map window: MASON's Display2D of the city, a chooser for the cells' colours in its header, and the legend. */
final class MapWindow {
    static final Color BACKDROP = new Color(0xEEF0F3);
    static final String TITLE = "gridgov: city map";
    static final String COLOUR_BY = "  Colour cells by: ";
    static final String COLOUR_BY_TIP = "What the cells are coloured by";
    static final String NUMBERS = "Cell numbers";
    static final String NUMBERS_TIP = "Show each cell's number, as the inspectors name it";

    private final Display2D display;
    private final JFrame frame;
    private final LegendPanel legend;

    MapWindow(GUIState gui, CityMap map, int columns, int rows) {
        double cell = cellPixels(columns, rows);
        display = new MapDisplay(columns * cell, rows * cell, gui);
        display.setBackdrop(BACKDROP);
        for (int i = 0; i < map.layers().size(); i++) {
            display.attach(map.layers().get(i), CityMap.layerNames().get(i));
        }
        legend = new LegendPanel(map, (int) (columns * cell));
        JComboBox<MapLayer> chooser = new JComboBox<>(MapLayer.values());
        chooser.setSelectedItem(map.layer());
        chooser.setToolTipText(COLOUR_BY_TIP);
        chooser.setMaximumSize(chooser.getPreferredSize());
        chooser.addActionListener(e -> {
            map.setLayer((MapLayer) chooser.getSelectedItem());
            display.repaint();
            legend.repaint();
        });
        JCheckBox numbers = new JCheckBox(NUMBERS, map.cellNumbers());
        numbers.setToolTipText(NUMBERS_TIP);
        numbers.addActionListener(e -> {
            map.setCellNumbers(numbers.isSelected());
            display.repaint();
        });
        display.header.add(new JLabel(COLOUR_BY));
        display.header.add(chooser);
        display.header.add(numbers);
        frame = display.createFrame();
        frame.setTitle(TITLE);
        frame.getContentPane().add(legend, BorderLayout.SOUTH);
        frame.pack();
    }

    /** Cells as large as fit a map of about 760 by 560 pixels, at least 8. */
    static double cellPixels(int columns, int rows) {
        return Math.max(8, Math.floor(Math.min(760.0 / columns, 560.0 / rows)));
    }

    JFrame frame() {
        return frame;
    }

    /** Shows a run that has just started, on a city of {@code columns} by {@code rows} cells. */
    void reset(int columns, int rows) {
        double cell = cellPixels(columns, rows);
        if (display.insideDisplay.width != columns * cell || display.insideDisplay.height != rows * cell) {
            // A loaded scenario with another number of residents has another city.
            display.insideDisplay.width = columns * cell;
            display.insideDisplay.height = rows * cell;
            display.setScale(display.getScale());
            frame.pack();
        }
        display.reset();
        display.repaint();
        legend.repaint();
    }

    void repaintLegend() {
        legend.repaint();
    }
}
