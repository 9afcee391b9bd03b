package org.gridgov.cli;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.swing.SwingUtilities;

import org.gridgov.gui.GridModelWithUI;
import org.gridgov.gui.Levers;
import org.gridgov.gui.LiveView;
import org.gridgov.gui.MapLayer;
import org.gridgov.gui.ScenarioInput;
import org.gridgov.gui.Snapshot;
import org.gridgov.report.AtomicFile;
import org.gridgov.scenario.Scenario;
import org.gridgov.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov gui}: the live view on MASON's Console, or a snapshot of it as a PNG. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        header = "Open the live view: the model on MASON's Console, with a map and charts.",
        description = {"Opens the live view: the model on MASON's Console, with a map and charts.",
            "The map colours the grid cells by a chosen layer and shows the grid workers; the charts follow the run"
                + " day by day under the headline numbers. The Console plays, pauses and steps the run and inspects"
                + " cells and cases; its model tab holds the main levers (a change applies from the next run: press"
                + " stop, then play).",
            "Without SCENARIO.yaml it opens scenarios/q-city-baseline.yaml, or the built-in defaults when that file"
                + " is not found.",
            "With --snapshot it opens no window: it runs to 10:00 (or --at) on the run's last weekday and writes a PNG"
                + " of the map and the charts.",
            "With --lang zh the live view is in Chinese: its windows, charts, legends, inspectors and levers; MASON's"
                + " own buttons, tabs and menus stay as MASON draws them."})
final class GuiCommand implements Callable<Integer> {

    /** The scenario opened when none is given, relative to the working directory. */
    static final Path BASELINE = Path.of("scenarios", "q-city-baseline.yaml");

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path file;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the first run (default: the scenario's simulation.seed); the Console's seed field after that.")
    Long seed;

    @Mixin
    DaysOption days;

    @Mixin
    OverrideOptions set;

    @Mixin
    LangOption lang;

    @Option(names = "--layer", paramLabel = "LAYER", converter = LayerConverter.class,
            description = "What the map's cells are coloured by at first: ${COMPLETION-CANDIDATES} (default: open-cases).",
            completionCandidates = LayerConverter.Names.class)
    MapLayer layer = MapLayer.OPEN_CASES;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "Open no window: run to the time of --at on the run's last weekday and write a "
                    + Snapshot.WIDTH + " x " + Snapshot.HEIGHT + " PNG of the map and the charts.")
    Path snapshot;

    @Option(names = "--at", paramLabel = "HH:MM",
            description = "With --snapshot: the time of day of the picture, from 00:00 to 23:59 (default: 10:00,"
                    + " when grid workers are at work).")
    String at;

    @Option(names = "--cell-numbers",
            description = "Show each cell's number on the map (in the window: the map's \"Cell numbers\" box).")
    boolean cellNumbers;

    /** A time of day as the command line gives it: one or two digits of hours, two of minutes. */
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path source = file != null ? file : Files.isRegularFile(BASELINE) ? BASELINE : null;
        ScenarioInput input = new ScenarioInput(source, set.overrides);
        Scenario scenario = input.load(List.of()).scenario();
        long s = seed != null ? seed : scenario.simulation().seed();
        if (s != (int) s) {
            throw new UserError("the live view needs a seed from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + " (MASON's Console keeps 32-bit seeds), got " + s + "; use --seed");
        }
        List<String> problems = new ArrayList<>();
        if (!days.check(problems)) {
            throw new UserError(problems.get(0));
        }
        int d = days.days != null ? days.days : scenario.simulation().days();
        int w = Math.max(0, scenario.simulation().warmupDays());
        if (w >= d) {
            throw new UserError("the warm-up (" + w + " days) must be less than the run (" + d + " days)");
        }
        LocalTime time = at == null ? Snapshot.DEFAULT_AT : clock(at);
        if (at != null && snapshot == null) {
            throw new UserError("--at is the time of a --snapshot; give --snapshot FILE.png too");
        }
        Texts t = lang.windowTexts(spec.commandLine().getErr());
        Levers levers = new Levers(input, scenario, t);
        if (snapshot != null) {
            AtomicFile.prepare(snapshot); // before the days are run
            GridModelWithUI gui = new GridModelWithUI(levers, s, d, layer, Runnable::run);
            gui.showCellNumbers(cellNumbers);
            BufferedImage image = Snapshot.take(gui, time);
            Snapshot.write(image, snapshot);
            spec.commandLine().getOut().println(t.f("gridgov gui: wrote %s (%d x %d, %s, seed %d, %s of %d days)",
                    snapshot, image.getWidth(), image.getHeight(), scenario.name(), s, Snapshot.when(gui), d));
            return 0;
        }
        if (GraphicsEnvironment.isHeadless()) {
            spec.commandLine().getErr().println("gridgov gui: there is no display to open a window on (is DISPLAY set?);"
                    + " run it on a desktop or under xvfb-run, or write a picture with --snapshot FILE.png");
            return 1;
        }
        if (file == null) {
            spec.commandLine().getErr().println("gridgov gui: no scenario given; using " + input.describe());
        }
        GridModelWithUI gui = new GridModelWithUI(levers, s, d, layer, SwingUtilities::invokeLater);
        gui.showCellNumbers(cellNumbers);
        LiveView.open(gui);
        gui.awaitQuit();
        return 0;
    }

    /** Reads {@code --at}: HH:MM from 00:00 to 23:59. */
    static LocalTime clock(String text) {
        Matcher m = CLOCK.matcher(text.strip());
        if (m.matches() && Integer.parseInt(m.group(1)) < 24 && Integer.parseInt(m.group(2)) < 60) {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new UserError("--at must be a time of day as HH:MM, from 00:00 to 23:59, not '" + text + "'");
    }

    /** Reads a layer by its command-line name. */
    static final class LayerConverter implements CommandLine.ITypeConverter<MapLayer> {
        @Override
        public MapLayer convert(String value) {
            try {
                return MapLayer.byId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }

        /** The layers' names, for help and completion. */
        static final class Names extends ArrayList<String> {
            private static final long serialVersionUID = 1L;

            Names() {
                for (MapLayer l : MapLayer.values()) {
                    add(l.id());
                }
            }
        }
    }
}
