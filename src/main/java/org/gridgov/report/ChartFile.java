package org.gridgov.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.gridgov.text.Lang;
import org.gridgov.text.Texts;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Writes a chart as PNG and SVG, atomically, and gives its SVG for embedding in a web page. */
public final class ChartFile {

    static {
        // In memory: ImageIO's default cache file in the temporary folder fails on a full disk with an error
        // from another thread instead of the write's own.
        ImageIO.setUseCache(false);
    }

    private ChartFile() {
    }

    /** A line of text in every script the project's Chinese texts use, to test a font with. */
    private static final String CHINESE_SAMPLE = "按期结案率网格员年度经费处置派遣立案";

    /**
     * The language charts can be drawn in: that of {@code t}, or English when no font on this computer has Chinese
     * characters (Java draws a box for each), so that a chart is never unreadable. Java's logical SansSerif, used by
     * every chart, takes Chinese from any CJK font fontconfig knows, such as Debian's fonts-noto-cjk or
     * fonts-wqy-microhei.
     */
    public static Texts textsFor(Texts t) {
        return t.lang() == Lang.ZH && !drawsChinese() ? Texts.EN : t;
    }

    /** Whether charts can show Chinese here. */
    public static boolean drawsChinese() {
        return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12).canDisplayUpTo(CHINESE_SAMPLE) < 0;
    }

    /**
     * Writes {@code dir/stem.png} and {@code dir/stem.svg}.
     *
     * @return the chart as an {@code <svg>} element that scales to its container, with ids prefixed by the
     *         stem so that several charts can share a page
     */
    public static String write(JFreeChart chart, Path dir, String stem, int width, int height) throws IOException {
        AtomicFile.writeBinary(dir.resolve(stem + ".png"), out -> ChartUtils.writeChartAsPNG(out, chart, width, height));
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // The default prefix comes from the clock; a fixed one keeps the file byte-identical between runs.
        g.setDefsKeyPrefix(stem + "-");
        chart.draw(g, new java.awt.Rectangle(0, 0, width, height));
        String document = g.getSVGDocument();
        AtomicFile.writeBinary(dir.resolve(stem + ".svg"), out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
        return g.getSVGElement(stem, false, new ViewBox(0, 0, width, height), null, null);
    }

    /**
     * Writes the chart as {@link #write} does, 860 x 400, and gives it as an HTML figure: the SVG, the caption
     * and links to both files in {@code charts/}.
     */
    public static String figure(Path dir, String stem, JFreeChart chart, String caption) throws IOException {
        return figure(dir, stem, chart, caption, "Files:");
    }

    /** {@link #figure(Path, String, JFreeChart, String)} with the links introduced by {@code files}, translated. */
    public static String figure(Path dir, String stem, JFreeChart chart, String caption, String files)
            throws IOException {
        String svg = write(chart, dir, stem, 860, 400);
        return "<figure>\n" + svg + "\n<figcaption>" + Html.escape(caption) + " " + Html.escape(files)
                + " <a href=\"charts/" + stem
                + ".png\">PNG</a>, <a href=\"charts/" + stem + ".svg\">SVG</a>.</figcaption>\n</figure>\n";
    }
}
