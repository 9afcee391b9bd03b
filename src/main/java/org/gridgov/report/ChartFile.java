package org.gridgov.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

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
        String svg = write(chart, dir, stem, 860, 400);
        return "<figure>\n" + svg + "\n<figcaption>" + Html.escape(caption) + " Files: <a href=\"charts/" + stem
                + ".png\">PNG</a>, <a href=\"charts/" + stem + ".svg\">SVG</a>.</figcaption>\n</figure>\n";
    }
}
