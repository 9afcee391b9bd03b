package org.gridgov.gui;

import java.lang.reflect.InvocationTargetException;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.Locale;

import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import org.gridgov.text.Texts;
import sim.display.Console;
import sim.util.gui.HTMLBrowser;

/**
 * Opens the live view: MASON's Console with the map and charts windows, ready to play. The Console's title and
 * About tab are in the live view's language; MASON's own labels (buttons, tabs, menus) stay as MASON draws them.
 */
public final class LiveView {
    /** The title MASON gives its About tab, which the Console offers no other way to find. */
    private static final String ABOUT_TAB = "About";

    private LiveView() {
    }

    /** Opens the windows and returns; the Console then runs until closed (see {@link GridModelWithUI#awaitQuit}). */
    public static void open(GridModelWithUI gui) throws InterruptedException, InvocationTargetException {
        SwingUtilities.invokeAndWait(() -> {
            Console console = new Console(gui);
            Texts t = gui.texts();
            // MASON asks the class (statically) for the title and the About text, in English; these are the run's.
            console.setTitle(gui.title());
            JTabbedPane tabs = console.getTabPane();
            int about = tabs.indexOfTab(ABOUT_TAB);
            if (about >= 0) {
                tabs.setComponentAt(about, new HTMLBrowser(gui.info()));
            }
            // The same seed for every run, so a lever's effect is not lost in chance.
            console.setIncrementSeedOnStop(false);
            gui.levers().onRefused(message -> warn(console, message, t.t("Change not applied"), t));
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

    /** Shows the reader's messages as they are (in English), one problem a line, under a title in the language. */
    static void warn(Component parent, String message, String title, Texts t) {
        tell(parent, "<html><pre>" + escape(message) + "</pre></html>", title, JOptionPane.WARNING_MESSAGE, t);
    }

    /** A message with one button, "OK" in the live view's language. */
    static void tell(Component parent, String message, String title, int type, Texts t) {
        String ok = t.t("OK");
        JOptionPane.showOptionDialog(parent, message, title, JOptionPane.DEFAULT_OPTION, type, null,
                new Object[] {ok}, ok);
    }

    /** The locale of Swing's own dialogs (a file chooser's buttons) in the language of {@code t}. */
    static Locale locale(Texts t) {
        return Locale.forLanguageTag(t.lang().tag());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
