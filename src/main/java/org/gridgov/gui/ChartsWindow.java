package org.gridgov.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.geom.Rectangle2D;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;

import org.gridgov.text.Texts;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/** The charts window: the headline numbers above the four live charts. */
final class ChartsWindow {
    private final JFrame frame;

    ChartsWindow(LiveCharts charts, Texts t) {
        frame = new JFrame(t.t("gridgov: charts"));
        JPanel grid = new JPanel(new GridLayout(2, 2, 6, 6));
        grid.setBackground(Color.WHITE);
        for (JFreeChart chart : charts.charts()) {
            ChartPanel panel = new ChartPanel(chart);
            panel.setPreferredSize(new Dimension(380, 210));
            grid.add(panel);
        }
        JComponent headline = new JComponent() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void paintComponent(Graphics g) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, getWidth(), getHeight());
                HeadlineTiles.paint((Graphics2D) g, new Rectangle2D.Double(6, 4, getWidth() - 12, getHeight() - 8),
                        charts.headline(), t);
            }
        };
        headline.setPreferredSize(new Dimension(766, HeadlineTiles.HEIGHT));
        charts.onHeadline(headline::repaint);
        JPanel content = new JPanel(new BorderLayout(0, 6));
        content.setBackground(Color.WHITE);
        content.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        content.add(headline, BorderLayout.NORTH);
        content.add(grid, BorderLayout.CENTER);
        frame.setContentPane(content);
        frame.pack();
    }

    JFrame frame() {
        return frame;
    }
}
