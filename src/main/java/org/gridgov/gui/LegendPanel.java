package org.gridgov.gui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import javax.swing.JComponent;

/** The map window's legend, painted by {@link Legend}. */
final class LegendPanel extends JComponent {
    private static final long serialVersionUID = 1L;

    private final CityMap map;

    LegendPanel(CityMap map, int width) {
        this.map = map;
        setPreferredSize(new Dimension(Math.max(width, 640), Legend.HEIGHT));
    }

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        LiveRun run = map.run();
        if (run != null) {
            Legend.paint((Graphics2D) g, new Rectangle2D.Double(0, 0, getWidth(), getHeight()), map.layer(),
                    run.scales().range(map.layer()), map.texts());
        }
    }
}
