package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import static org.gridgov.observe.Metric.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.Callable;

import org.gridgov.Version;
import org.gridgov.model.GridModel;
import org.gridgov.observe.Metrics;
import org.gridgov.observe.Warmup;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.EventLog;
import org.gridgov.report.OutputFolder;
import org.gridgov.report.ResultLayer;
import org.gridgov.report.ResultMap;
import org.gridgov.report.RunIdentity;
import org.gridgov.report.RunReport;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov run}: simulates one scenario and writes its outputs. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        header = "Simulate a scenario once and write its outputs.",
        description = {"Reads SCENARIO.yaml over the built-in defaults, applies the --set overrides and checks"
            + " everything (exit 2, listing every problem). Then simulates, writes summary.json, metrics.csv,"
            + " daily.csv, cases.csv, workload.csv, cells.geojson (each grid cell's polygon with its results, for"
            + " QGIS), map.png and map.svg (the cells coloured by --map-layer) and, with --events, events.csv into"
            + " the output folder, and prints a short summary."},
        footer = {"", "Example: gridgov run scenarios/q-city-baseline.yaml --seed 2 --days 90",
            "Exit codes: 0 success, 2 bad input (a scenario problem or a bad option), 1 any other failure."})
final class RunCommand implements Callable<Integer> {

    /** The event log's file name in the output folder. */
    static final String EVENTS_FILE = "events.csv";
    /** Every file a run may write: one not written now is an earlier run's, and is removed. */
    private static final List<String> OUTPUTS = List.of("metrics.csv", "daily.csv", "workload.csv", "cases.csv",
            RunReport.CELLS, ResultMap.PNG, ResultMap.SVG, EVENTS_FILE, RunReport.MARKER);

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml",
            description = "The scenario file. It states only what differs from the built-in defaults;"
                    + " 'gridgov validate' shows every parameter in effect.")
    Path file;

    @Mixin
    RunLengthOptions length;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the outputs, created if needed; output files already there are replaced."
                    + " Default: results/<scenario name>-seed<N>/ in the current directory.")
    Path out;

    @Mixin
    OverrideOptions set;

    @Mixin
    LangOption lang;

    @Option(names = "--no-cases",
            description = "Do not write cases.csv, one row per issue (memory and time in large cities), nor what is"
                    + " made from it: cells.geojson, map.png, map.svg.")
    boolean noCases;

    @Option(names = "--map-layer", paramLabel = "NAME", description = "The cell result map.png and map.svg colour the"
            + " cells by: one of cells.geojson's results or cases_per_1000_households (the default).")
    String mapLayer = ResultLayer.DEFAULT;

    @Option(names = "--events",
            description = "Also write events.csv: every event of the run, one line each in the order it happened"
                    + " (large: keep the run short), e.g. to compare two versions of the model.")
    boolean events;

    @Option(names = "--force",
            description = "Replace the outputs of a different run (another scenario, overrides, seed, days or warm-up)"
                    + " that the output folder holds; without it such a folder is refused.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        Texts texts = lang.texts(spec.commandLine().getErr());
        LoadedScenario loaded = ScenarioReader.read(file, set.overrides);
        Scenario scenario = loaded.scenario();
        RunLengthOptions.RunLength run = length.resolve(scenario);
        scenario.timeline().checkRunOf(run.days());
        Path dir = out != null ? out : defaultOutputFolder(scenario.name(), run.seed());
        // Taken before the simulation, which may take long: a folder that cannot be written is found at once.
        try (OutputFolder folder = OutputFolder.open(dir)) {
            folder.cleaned().forEach(note -> spec.commandLine().getErr().println("gridgov run: " + dir + ": " + note));
            RunIdentity asked = new RunIdentity(scenario.name(), loaded.source().sha256(), loaded.source().overrides(),
                    run.seed(), run.days(), run.warmupDays(), Version.get());
            RunIdentity.in(dir).filter(held -> !held.equals(asked) && !force).ifPresent(held -> {
                throw new UserError(dir + " holds the outputs of another run (" + held.describe() + "); this one is "
                        + asked.describe() + ". Give --out a new folder, or --force to replace them.");
            });
            Path staging = folder.staging();
            RunSpec runSpec = new RunSpec(scenario, run.seed(), 0, run.days(), run.warmupDays(), !noCases);
            // On a terminal, a run that takes more than a couple of seconds shows its simulated day and time left.
            DayProgress progress = quiet || System.console() == null ? null
                    : new DayProgress(spec.commandLine().getErr(), run.days(), System::nanoTime);
            List<Function<GridModel, Object>> observers = new ArrayList<>();
            if (progress != null) {
                observers.add(model -> progress);
            }
            RunResult result;
            try {
                if (events) {
                    // The log is written as the run goes, into the staging folder with the other outputs.
                    RunResult[] ran = new RunResult[1];
                    AtomicFile.write(staging.resolve(EVENTS_FILE), w -> {
                        List<Function<GridModel, Object>> withLog = new ArrayList<>(observers);
                        withLog.add(model -> new EventLog(w));
                        ran[0] = Simulation.run(runSpec, withLog);
                    });
                    result = ran[0];
                } else {
                    result = Simulation.run(runSpec, observers);
                }
            } finally {
                if (progress != null) {
                    progress.done();
                }
            }
            RunReport.write(staging, result, loaded.source());
            if (!noCases) {
                ResultMap.write(staging, result, ResultLayer.named(mapLayer).orElseThrow(), texts);
            }
            // An earlier run's events.csv or cases.csv would not match this run's other outputs: they go.
            folder.commit(OUTPUTS, RunReport.MARKER);
            // On stderr even with --quiet: a mean of a run that has not settled is no steady-state answer.
            for (String finding : result.measurement().stability().findings()) {
                spec.commandLine().getErr().println("gridgov run: warning: unstable: " + finding);
            }
            if (!quiet) {
                printSummary(spec.commandLine().getOut(), result, dir, texts);
            }
        }
        return 0;
    }

    /** The checks that need no scenario, made before reading it. */
    private void checkOptions() {
        List<String> problems = new ArrayList<>();
        length.check(problems);
        if (ResultLayer.named(mapLayer).isEmpty()) {
            problems.add(ResultLayer.unknown(mapLayer));
        }
        if (!problems.isEmpty()) {
            throw new UserError(String.join("\n", problems));
        }
    }

    /** {@code results/<name>-seed<seed>}, relative to the working directory. */
    static Path defaultOutputFolder(String scenarioName, long seed) {
        return Path.of("results", scenarioName + "-seed" + seed);
    }

    private static void printSummary(PrintWriter out, RunResult r, Path dir, Texts t) {
        Metrics m = r.metrics();
        out.println(t.f("%s, seed %d, %d days%s: %,d residents, %,d grid cells, %,d grid workers, %,d department staff",
                r.spec().scenario().name(), r.spec().seed(), r.spec().days(), warmup(r.measurement().warmup(), t),
                (long) m.get(RESIDENTS), (long) m.get(GRID_CELLS), (long) m.get(GRID_WORKERS),
                (long) m.get(DEPARTMENT_STAFF)));
        out.println(t.f("  issues     %,d occurred, %s discovered (%s by grid workers), %,d still latent",
                (long) m.get(ISSUES_OCCURRED), pct(m.get(DISCOVERY_RATE)), pct(m.get(SHARE_DISCOVERED_BY_GRID_WORKERS)),
                (long) m.get(ISSUES_LATENT_END)));
        out.println(t.f("  cases      %,d filed (%.2f per resident-year), %s closed, %s on time, %,d parked, %,d open at"
                + " the end", (long) m.get(CASES_FILED), m.get(CASES_PER_RESIDENT_YEAR), pct(m.get(RESOLUTION_RATE)),
                pct(m.get(ON_TIME_RATE)), (long) m.get(CASES_PARKED), (long) m.get(OPEN_CASES_END)));
        out.println(t.f("  to close   mean %.1f h, median %.1f h, 90th percentile %.1f h",
                m.get(MEAN_HOURS_TO_CLOSE), m.get(MEDIAN_HOURS_TO_CLOSE), m.get(P90_HOURS_TO_CLOSE)));
        out.println(t.f("  resolved   %,d: departments %s, grid workers %s, NGOs %s, community %s, volunteers %s",
                (long) m.get(RESOLUTIONS), pct(m.get(SHARE_RESOLVED_BY_DEPARTMENTS)),
                pct(m.get(SHARE_RESOLVED_BY_GRID_WORKERS)), pct(m.get(SHARE_RESOLVED_BY_NGOS)),
                pct(m.get(SHARE_RESOLVED_BY_COMMUNITY)), pct(m.get(SHARE_RESOLVED_BY_VOLUNTEERS))));
        out.println(t.f("  workload   grid workers %s busy (90th percentile %s), %.0f%% quit a year; departments %s",
                pct(m.get(WORKER_UTILIZATION_MEAN)), pct(m.get(WORKER_UTILIZATION_P90)),
                100 * m.get(WORKER_TURNOVER_RATE), pct(m.get(DEPARTMENT_UTILIZATION_MEAN))));
        // Closure is not resolution: what the reporters called back said, next to the platform's closure rate.
        out.println(t.f("  residents  %s reported an issue, %s of those called back say it was resolved, mean trust"
                + " %.3f; %,.0f volunteers at the end", pct(m.get(PARTICIPATION_RATE)),
                pct(m.get(RESIDENTS_RESOLUTION_RATE)), m.get(MEAN_TRUST_END), m.get(VOLUNTEERS_END)));
        out.println(t.f("  cost       %,.0f CNY a year, %,.0f CNY per resolution", m.get(COST_PER_YEAR),
                m.get(COST_PER_RESOLUTION)));
        out.println(t.f("  outputs    %s (simulated in %.2f s, %,d events)", dir, r.wallSeconds(),
                r.model().eventsScheduled()));
    }

    private static String warmup(Warmup w, Texts t) {
        if (w.fromData()) {
            String from = w.searchedFrom() > 0 ? t.f(" from day %d, when the last scheduled change took effect",
                    w.searchedFrom()) : "";
            return t.f(" (%d warm-up, chosen by %s%s%s)", w.days(), t.t(w.rule()), from, w.settled() ? ""
                    : t.t(": not settled by mid-run"));
        }
        return w.days() > 0 ? t.f(" (%d warm-up)", w.days()) : "";
    }

    private static String pct(double x) {
        return HumanNum.percent(x);
    }
}
