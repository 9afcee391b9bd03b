package org.gridgov.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;

import org.gridgov.observe.Metric;
import org.gridgov.text.HumanNum;

/** Paints the headline numbers as a caption and eight tiles, for the charts window and snapshots. */
final class HeadlineTiles {
    static final int HEIGHT = 148;
    private static final Font CAPTION = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font VALUE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color TILE = new Color(0xF1F4F8);
    private static final Color INK = new Color(0x111827);
    private static final Color MUTED = new Color(0x5B6472);

    private HeadlineTiles() {
    }

    static void paint(Graphics2D g, Rectangle2D area, Headline h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(CAPTION);
        g.setColor(INK);
        String counting = h.warmupDays() > 0 ? "counted after the " + h.warmupDays() + "-day warm-up" : "counted from day 1";
        g.drawString(String.format(Locale.ROOT, "After day %d of %d  \u00b7  %s", h.day(), h.days(), counting),
                (float) area.getX() + 4, (float) area.getY() + 16);
        // Labels from the metric catalogue; the two stocks are "now", not the run's end as in the catalogue.
        String[][] tiles = {
            {count(h.occurred()), Metric.ISSUES_OCCURRED.label()},
            {count(h.discovered()), Metric.ISSUES_DISCOVERED.label() + " (" + pct(h.discoveryRate()) + ")"},
            {count(h.filed()), Metric.CASES_FILED.label()},
            {count(h.closed()), Metric.CASES_CLOSED.label() + " (" + pct(h.resolutionRate()) + " of filed)"},
            {pct(h.onTimeRate()), Metric.ON_TIME_RATE.label()},
            {TimeText.span(h.meanHoursToClose()), Metric.MEAN_HOURS_TO_CLOSE.label()},
            {count(h.open()), "Open cases now"},
            {count(h.latent()), "Latent issues now"},
        };
        double gap = 8;
        double top = area.getY() + 26;
        double w = (area.getWidth() - 3 * gap) / 4;
        double th = (area.getHeight() - 26 - gap) / 2;
        for (int i = 0; i < tiles.length; i++) {
            double x = area.getX() + (i % 4) * (w + gap);
            double y = top + (i / 4) * (th + gap);
            g.setColor(TILE);
            g.fill(new RoundRectangle2D.Double(x, y, w, th, 10, 10));
            g.setColor(INK);
            g.setFont(VALUE);
            FontMetrics value = g.getFontMetrics();
            float baseline = (float) (y + 6 + value.getAscent());
            g.drawString(tiles[i][0], (float) (x + 10), baseline);
            g.setColor(MUTED);
            g.setFont(LABEL);
            g.drawString(tiles[i][1], (float) (x + 10), baseline + value.getDescent() + 2 + g.getFontMetrics().getAscent());
        }
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String pct(double x) {
        return HumanNum.percent(x, "-");
    }
}
