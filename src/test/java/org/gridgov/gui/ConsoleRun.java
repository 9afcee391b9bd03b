package org.gridgov.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.swing.SwingUtilities;

import org.gridgov.text.Texts;
import sim.display.Console;

/**
 * Plays a scenario in MASON's Console, as a student pressing play would, and prints the run's metrics as
 * {@code name=value} lines. Run in its own JVM with a display by {@link ConsolePlayTest}.
 *
 * <p>Arguments: scenario file, days, seed.
 */
public final class ConsoleRun {
    private ConsoleRun() {
    }

    public static void main(String[] args) throws Exception {
        GridModelWithUI gui = new GridModelWithUI(levers(Path.of(args[0])), Long.parseLong(args[2]),
                Integer.parseInt(args[1]), MapLayer.OPEN_CASES, SwingUtilities::invokeLater);
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(gui);
            console[0].setIncrementSeedOnStop(false);
            console[0].setVisible(true);
            console[0].pressPlay();
        });
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (console[0].getPlayState() != Console.PS_STOPPED && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        SwingUtilities.invokeAndWait(() -> { }); // let the end of the run reach the Swing thread
        System.out.println("ended=" + gui.model().ended());
        for (Map.Entry<String, Double> m : gui.measurement().metrics().asMap().entrySet()) {
            System.out.println(m.getKey() + "=" + m.getValue());
        }
        System.exit(0);
    }

    private static Levers levers(Path file) throws Exception {
        ScenarioInput input = new ScenarioInput(file, List.of());
        return new Levers(input, input.load(List.of()).scenario(), Texts.EN);
    }
}
