package org.gridgov.cli;

import java.io.PrintWriter;
import java.util.List;

import org.gridgov.Version;
import org.gridgov.config.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gridgov} command line. */
@Command(name = "gridgov",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "Simulates urban community grid governance: issues in grid cells are found by grid workers and"
                + " residents, filed, dispatched to departments, handled, verified on site and closed.",
            "Compare reform scenarios before a city pays for them. Start with"
                + " 'gridgov validate scenarios/q-city-baseline.yaml' to see every parameter, then 'gridgov run'."},
        subcommands = {RunCommand.class, ValidateCommand.class, ExperimentCommand.class, CompareCommand.class,
            MergeCommand.class, AnalyseCommand.class, SizeCommand.class, CalibrateCommand.class, OptimiseCommand.class,
            GuiCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 2 bad input (a scenario, option or argument, or an output folder that"
                + " cannot be written or is in use), 1 any other failure (a full disk, out of memory).",
            "Documentation: README.md and docs/ODD.md."})
public final class Main implements Runnable {

    /** Exit code for bad user input: a scenario problem or a usage error. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.registerConverter(Integer.class, Main::wholeNumber);
        cli.registerConverter(Long.class, Main::longWholeNumber);
        cli.setParameterExceptionHandler(Main::badUsage);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException) {
                commandLine.getErr().println(e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof UserError) {
                String name = commandLine.getCommandSpec().qualifiedName();
                e.getMessage().lines().forEach(line -> commandLine.getErr().println(name + ": " + line));
                return BAD_INPUT;
            }
            IoFailure io = IoFailure.of(e);
            if (io != null) {
                commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + io.message());
                return io.exitCode();
            }
            throw e;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // The simulation's objects are unreachable now, so there is room to say what happened.
            err.println("gridgov" + (args.length > 0 && !args[0].startsWith("-") ? " " + args[0] : "") + ": "
                    + outOfMemory(Runtime.getRuntime().maxMemory()));
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** What to do when the heap is full: how large it was, how to enlarge it, and what needs less. */
    static String outOfMemory(long maxHeapBytes) {
        long mb = maxHeapBytes >> 20;
        long suggestGb = Math.max(2, Long.highestOneBit(Math.max(1, mb * 2 / 1024)) * 2);
        return "out of memory: the Java heap, at most " + mb + " MB, is full. Give Java more, e.g."
                + " GRIDGOV_JAVA_OPTS=-Xmx" + suggestGb + "g ./gridgov ..., or ask for less: --no-cases (run),"
                + " fewer --threads, fewer --days or a smaller city. Finished runs of an experiment stay in its"
                + " journal; the same command resumes.";
    }

    /**
     * A mistake on the command line (an unknown option or command, a missing or malformed argument): the
     * problem, any suggestion, and where to find help; not the whole usage text, so that the problem
     * stays on screen.
     */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        List<String> unmatched = e instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched() : List.of();
        if (cmd.getParent() == null && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-")) {
            err.println(name + ": unknown command '" + unmatched.get(0) + "'; the commands are "
                    + String.join(", ", cmd.getSubcommands().values().stream() // names, not aliases
                            .map(c -> c.getCommandSpec().name()).distinct().toList()));
        } else {
            err.println(name + ": " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        }
        err.println("Try '" + name + " --help' for more information.");
        return BAD_INPUT;
    }

    /** Whole-number options, with a message for people rather than "is not an int". */
    private static Integer wholeNumber(String text) {
        long value = longWholeNumber(text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new CommandLine.TypeConversionException("'" + text + "' is too large");
        }
        return (int) value;
    }

    private static Long longWholeNumber(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            boolean digits = text.strip().matches("[-+]?[0-9]+");
            throw new CommandLine.TypeConversionException("'" + text + "' is "
                    + (digits ? "too large" : "not a whole number"));
        }
    }

    /** Reports the model version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gridgov " + Version.get() + " (MASON 18, Java " + System.getProperty("java.version") + ")"};
        }
    }
}
