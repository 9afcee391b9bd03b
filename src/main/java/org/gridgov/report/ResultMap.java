package org.gridgov.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.gridgov.model.City;
import org.gridgov.run.RunResult;
import org.gridgov.text.Texts;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * {@code map.png} and {@code map.svg}: the run's cells coloured by one result in classes, with community and street
 * boundaries, a legend, a scale bar and north up. In the SVG each cell's path has the id {@code cell-ID} and each
 * legend swatch {@code class-K} (or {@code no-data}), so the colours can be checked and restyled.
 */
public final class ResultMap {
    public static final String PNG = "map.png";
    public static final String SVG = "map.svg";
    /** The most room the map takes; the picture is as large as the map in its proportions and the legend need. */
    static final int MAP_WIDTH = 880;
    static final int MAP_HEIGHT = 760;
    /** Room for the title. */
    static final int LEAST_WIDTH = 760;
    static final int MARGIN = 24;
    static final int TOP = 76;
    static final int KEY_WIDTH = 300;
    static final Color INK = new Color(0x111827);
    static final Color MUTED = new Color(0x5B6472);
    static final Color NO_DATA = new Color(0xD4D7DC);
    private static final Color EDGE = new Color(255, 255, 255, 170);
    private static final Color COMMUNITY = new Color(0x4A5568);
    private static final Color STREET = new Color(0x1B2230);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private ResultMap() {
    }

    /** Writes both files of the run (which kept its cases) into {@code dir}, in the language of {@code t}. */
    public static void write(Path dir, RunResult result, ResultLayer layer, Texts t) throws IOException {
        Texts ct = ChartFile.textsFor(t);
        CellShapes shapes = CellShapes.of(result.model().city());
        double[] values = CellResults.of(result).values(layer.name()).clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = layer.shown(values[i]);
        }
        Rectangle2D area = shapes.fit(new Rectangle2D.Double(MARGIN, TOP, MAP_WIDTH, MAP_HEIGHT));
        area = new Rectangle2D.Double(MARGIN, TOP, area.getWidth(), area.getHeight());
        Dimension size = size(area, ClassBreaks.of(values));
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, result, shapes, area, layer, values, ct);
        } finally {
            g.dispose();
        }
        ImageIO.setUseCache(false); // as ChartFile: ImageIO's cache file would fail on a full disk
        AtomicFile.writeBinary(dir.resolve(PNG), out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
        SVGGraphics2D svg = new SVGGraphics2D(size.width, size.height);
        svg.setDefsKeyPrefix("map-"); // not the clock's: the same run gives the same file
        draw(svg, result, shapes, area, layer, values, ct);
        byte[] document = svg.getSVGDocument().getBytes(StandardCharsets.UTF_8);
        AtomicFile.writeBinary(dir.resolve(SVG), out -> out.write(document));
    }

    /** The picture's size: the map, the legend to its right, the scale bar below. */
    private static Dimension size(Rectangle2D area, ClassBreaks classes) {
        return new Dimension((int) Math.max(LEAST_WIDTH, area.getMaxX() + 2 * MARGIN + KEY_WIDTH),
                (int) Math.max(area.getMaxY() + MapKey.SCALE_BAR_ROOM, TOP + MapKey.height(classes)) + MARGIN);
    }

    /** Draws the picture with the map in {@code area} (of the map's proportions), the legend to its right. */
    private static void draw(Graphics2D g, RunResult result, CellShapes shapes, Rectangle2D area, ResultLayer layer,
            double[] values, Texts t) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        Dimension size = size(area, ClassBreaks.of(values));
        g.fillRect(0, 0, size.width, size.height);
        title(g, result, layer, t);
        AffineTransform onto = shapes.onto(area);
        ClassBreaks classes = ClassBreaks.of(values);
        City city = result.model().city();
        for (int c = 0; c < city.cells().size(); c++) {
            Shape cell = onto.createTransformedShape(shapes.cell(c));
            g.setColor(Double.isNaN(values[c]) ? NO_DATA : layer.colour(classes.classOf(values[c]), classes.count()));
            g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "cell-" + c);
            g.fill(cell);
            g.setColor(EDGE);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(cell);
        }
        CellShapes.stroke(g, onto, shapes.communities(), COMMUNITY, MapKey.COMMUNITY_WIDTH);
        CellShapes.stroke(g, onto, shapes.streets(), STREET, MapKey.STREET_WIDTH);
        MapKey.northArrow(g, area, t);
        MapKey.scaleBar(g, area, onto.getScaleX(), shapes.bounds().getWidth());
        MapKey.legend(g, area.getMaxX() + 2 * MARGIN, TOP, layer, classes, values, t);
    }


    private static void title(Graphics2D g, RunResult result, ResultLayer layer, Texts t) {
        g.setColor(INK);
        g.setFont(TITLE);
        g.drawString(layer.title(t) + "  \u00b7  " + result.spec().scenario().name(), MARGIN, 34);
        g.setColor(MUTED);
        g.setFont(TEXT);
        int from = result.measurement().warmup().days() + 1;
        int days = result.spec().days();
        long seed = result.spec().seed();
        g.drawString(layer.atEnd() ? t.f("Per grid cell at the end of day %d of a run with seed %d; north up", days, seed)
                : t.f("Per grid cell, days %d to %d of a run with seed %d; north up", from, days, seed), MARGIN, 56);
    }
}
