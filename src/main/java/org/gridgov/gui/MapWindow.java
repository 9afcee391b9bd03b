package org.gridgov.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;

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

    MapWindow(GUIState gui, CityMap map, Rectangle2D city) {
        Texts t = map.texts();
        Dimension size = pixels(city);
        display = new MapDisplay(size.width, size.height, gui);
        display.setBackdrop(BACKDROP);
        for (int i = 0; i < map.layers().size(); i++) {
            display.attach(map.layers().get(i), map.layerNames().get(i));
        }
        legend = new LegendPanel(map, size.width);
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

    /** The map of a city of this extent (in metres) as large as fits 760 by 560 pixels, in its proportions. */
    static Dimension pixels(Rectangle2D city) {
        double scale = Math.min(760 / Math.max(city.getWidth(), 1), 560 / Math.max(city.getHeight(), 1));
        return new Dimension((int) Math.max(1, Math.round(city.getWidth() * scale)),
                (int) Math.max(1, Math.round(city.getHeight() * scale)));
    }

    JFrame frame() {
        return frame;
    }

    Display2D display() {
        return display;
    }

    /** Shows a run that has just started, on a city of this extent in metres. */
    void reset(Rectangle2D city) {
        Dimension size = pixels(city);
        if (display.insideDisplay.width != size.width || display.insideDisplay.height != size.height) {
            // A loaded scenario with another number of residents, or another map, has another city.
            display.insideDisplay.width = size.width;
            display.insideDisplay.height = size.height;
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
