package org.gridgov.gui;

import java.lang.reflect.InvocationTargetException;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

import sim.display.Console;

/** Opens the live view: MASON's Console with the map and charts windows, ready to play. */
public final class LiveView {
    private static final String NOT_APPLIED = "Change not applied";
    private LiveView() {
    }

    /** Opens the windows and returns; the Console then runs until closed (see {@link GridModelWithUI#awaitQuit}). */
    public static void open(GridModelWithUI gui) throws InterruptedException, InvocationTargetException {
        SwingUtilities.invokeAndWait(() -> {
            Console console = new Console(gui);
            // The same seed for every run, so a lever's effect is not lost in chance.
            console.setIncrementSeedOnStop(false);
            gui.levers().onRefused(message -> warn(console, message, NOT_APPLIED));
            arrange(console, gui.mapFrame(), gui.chartsFrame());
            console.setVisible(true);
        });
    }

    /** The map top left, the charts under it (or beside it), the Console on the right, as far as the screen allows. */
    private static void arrange(Console console, JFrame map, JFrame charts) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        map.setLocation(screen.x, screen.y);
        boolean below = map.getHeight() + charts.getHeight() <= screen.height;
        charts.setLocation(below ? screen.x : screen.x + map.getWidth(), below ? screen.y + map.getHeight() : screen.y);
        int left = below ? Math.max(map.getWidth(), charts.getWidth()) : map.getWidth() + charts.getWidth();
        int width = 560;
        console.setBounds(screen.x + Math.max(0, Math.min(left, screen.width - width)), screen.y, width, screen.height);
    }

    /** Shows the reader's messages as they are, one problem a line. */
    static void warn(Component parent, String message, String title) {
        JOptionPane.showMessageDialog(parent, "<html><pre>" + escape(message) + "</pre></html>", title,
                JOptionPane.WARNING_MESSAGE);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
