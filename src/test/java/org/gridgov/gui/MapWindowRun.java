package org.gridgov.gui;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.swing.SwingUtilities;

import org.gridgov.model.GridCell;
import org.gridgov.report.CellShapes;
import org.gridgov.text.Texts;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * Opens the live view of a scenario on MASON's Console and reports, for each cell, what its map window shows above
 * the cell's centroid and what a click there hits: {@code cell=ID colour=RGB expected=RGB hit=ID inspector=CLASS}
 * lines. Run in its own JVM with a display by {@link GuiOnDisplayTest}.
 *
 * <p>Arguments: scenario file, and optionally a PNG file to write the window's map to (to look at).
 */
public final class MapWindowRun {
    private MapWindowRun() {
    }

    public static void main(String[] args) throws Exception {
        ScenarioInput input = new ScenarioInput(Path.of(args[0]), List.of());
        Levers levers = new Levers(input, input.load(List.of()).scenario(), Texts.EN);
        GridModelWithUI gui = new GridModelWithUI(levers, 1, 3, MapLayer.HOUSEHOLDS, SwingUtilities::invokeLater);
        SwingUtilities.invokeAndWait(() -> {
            new Console(gui).setVisible(true);
            report(gui, args.length > 1 ? Path.of(args[1]) : null);
        });
        System.exit(0);
    }

    private static void report(GridModelWithUI gui, Path png) {
        Display2D display = gui.mapDisplay();
        CityMap map = gui.map();
        LiveRun run = map.run();
        System.out.println("frame=" + gui.mapFrame().isVisible() + " size=" + (int) display.insideDisplay.width
                + "x" + (int) display.insideDisplay.height);
        BufferedImage image = new BufferedImage((int) display.insideDisplay.width, (int) display.insideDisplay.height,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        display.insideDisplay.paint(g);
        g.dispose();
        if (png != null) {
            try {
                javax.imageio.ImageIO.write(image, "png", png.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        DrawInfo2D field = display.getDrawInfo2D(map.cells, new Point2D.Double(0, 0));
        CellShapes shapes = run.plan().shapes();
        for (GridCell c : run.model().city().cells()) {
            Point2D centre = shapes.onto(field.draw).transform(new Point2D.Double(c.centreX(), c.centreY()), null);
            double side = shapes.side(c.id()) * shapes.onto(field.draw).getScaleX();
            Point2D above = new Point2D.Double(centre.getX(), centre.getY() - 0.3 * side);
            Bag cells = display.objectsHitBy(above)[0];
            String hit = "";
            String inspector = "";
            for (Object o : cells) {
                LocationWrapper w = (LocationWrapper) o;
                hit += (hit.isEmpty() ? "" : ",") + ((GridCell) w.getObject()).id();
                inspector = map.cells.getPortrayalForObject(w.getObject()).getInspector(w, gui).getClass().getSimpleName();
            }
            System.out.println("cell=" + c.id() + " colour=" + (image.getRGB((int) above.getX(), (int) above.getY())
                    & 0xFFFFFF) + " expected=" + (MapLayer.HOUSEHOLDS.color(c.households(),
                            run.scales().range(MapLayer.HOUSEHOLDS)).getRGB() & 0xFFFFFF) + " hit=" + hit
                    + " inspector=" + inspector);
        }
    }
}
