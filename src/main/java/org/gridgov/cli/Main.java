package org.gridgov.cli;

import java.io.PrintWriter;

import org.gridgov.Version;
import org.gridgov.config.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gridgov} command line. */
@Command(name = "gridgov",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "Simulates urban community grid governance: issues in grid cells found by grid workers and",
            "residents, filed, dispatched to departments, handled, verified on site and closed.",
            "Compare reform scenarios before a city pays for them."},
        subcommands = {RunCommand.class, ValidateCommand.class, ExperimentCommand.class, CompareCommand.class,
            MergeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 failure, 2 bad input (a scenario, option or argument).",
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
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException) {
                commandLine.getErr().println(e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof UserError) {
                commandLine.getErr().println("gridgov: " + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Reports the model version. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"gridgov " + Version.get() + " (MASON 18, Java " + System.getProperty("java.version") + ")"};
        }
    }
}
