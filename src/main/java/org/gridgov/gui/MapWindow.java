package org.gridgov.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;

import org.gridgov.text.Texts;
import sim.display.Display2D;
import sim.display.GUIState;

/** The map window: MASON's Display2D of the city, a chooser for the cells' colours in its header, and the legend. */
final class MapWindow {
    static final Color BACKDROP = new Color(0xEEF0F3);

    private final Display2D display;
    private final JFrame frame;
    private final LegendPanel legend;

    MapWindow(GUIState gui, CityMap map, int columns, int rows) {
        Texts t = map.texts();
        double cell = cellPixels(columns, rows);
        display = new MapDisplay(columns * cell, rows * cell, gui);
        display.setBackdrop(BACKDROP);
        for (int i = 0; i < map.layers().size(); i++) {
            display.attach(map.layers().get(i), map.layerNames().get(i));
        }
        legend = new LegendPanel(map, (int) (columns * cell));
        JComboBox<MapLayer> chooser = new JComboBox<>(MapLayer.values());
        chooser.setSelectedItem(map.layer());
        chooser.setRenderer(new LayerNames(t));
        chooser.setToolTipText(t.t("What the cells are coloured by"));
        chooser.setMaximumSize(chooser.getPreferredSize());
        chooser.addActionListener(e -> {
            map.setLayer((MapLayer) chooser.getSelectedItem());
            display.repaint();
            legend.repaint();
        });
        JCheckBox numbers = new JCheckBox(t.t("Cell numbers"), map.cellNumbers());
        numbers.setToolTipText(t.t("Show each cell's number, as the inspectors name it"));
        numbers.addActionListener(e -> {
            map.setCellNumbers(numbers.isSelected());
            display.repaint();
        });
        display.header.add(new JLabel(t.t("  Colour cells by: ")));
        display.header.add(chooser);
        display.header.add(numbers);
        frame = display.createFrame();
        frame.setTitle(t.t("gridgov: city map"));
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

    /** Shows the layers in the chooser by their names in the live view's language. */
    private static final class LayerNames extends DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;
        private final transient Texts t;

        LayerNames(Texts t) {
            this.t = t;
        }

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                boolean focused) {
            Object shown = value instanceof MapLayer layer ? layer.title(t) : value;
            return super.getListCellRendererComponent(list, shown, index, selected, focused);
        }
    }
}
