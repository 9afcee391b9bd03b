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
import org.gridgov.report.MetricText;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Texts;

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

    static void paint(Graphics2D g, Rectangle2D area, Headline h, Texts t) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(CAPTION);
        g.setColor(INK);
        String counting = h.warmupDays() > 0 ? t.f("counted after the %d-day warm-up", h.warmupDays())
                : t.t("counted from day 1");
        g.drawString(t.f("After day %d of %d  ·  %s", h.day(), h.days(), counting),
                (float) area.getX() + 4, (float) area.getY() + 16);
        // Labels from the metric catalogue; the two stocks are "now", not the run's end as in the catalogue.
        MetricText m = MetricText.of(t);
        String[][] tiles = {
            {count(h.occurred()), m.label(Metric.ISSUES_OCCURRED.id())},
            {count(h.discovered()), t.f("%s (%s)", m.label(Metric.ISSUES_DISCOVERED.id()), pct(h.discoveryRate()))},
            {count(h.filed()), m.label(Metric.CASES_FILED.id())},
            {count(h.closed()), t.f("%s (%s of filed)", m.label(Metric.CASES_CLOSED.id()), pct(h.resolutionRate()))},
            {pct(h.onTimeRate()), m.label(Metric.ON_TIME_RATE.id())},
            {TimeText.span(t, h.meanHoursToClose()), m.label(Metric.MEAN_HOURS_TO_CLOSE.id())},
            {count(h.open()), t.t("Open cases now")},
            {count(h.latent()), t.t("Latent issues now")},
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
