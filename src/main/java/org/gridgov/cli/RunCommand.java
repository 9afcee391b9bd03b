package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.gridgov.observe.Metrics;
import org.gridgov.report.RunReport;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gridgov run}: simulates one scenario and writes its outputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Simulates a scenario once and writes summary.json, metrics.csv, daily.csv, cases.csv",
            "and workload.csv into the output folder."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the scenario's simulation.seed).")
    Long seed;

    @Option(names = "--days", paramLabel = "D", description = "Days to simulate (default: the scenario's simulation.days).")
    Integer days;

    @Option(names = "--warmup", paramLabel = "D",
            description = "Days left out of the metrics (default: the scenario's simulation.warmup_days).")
    Integer warmup;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: results/<scenario>-seed<N>/).")
    Path out;

    @Option(names = "--set", paramLabel = "KEY.PATH=VALUE",
            description = "Override a parameter by its key path, e.g. --set grid_workers.households_per_worker=400"
                    + " (repeatable; checked like the file).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--no-cases", description = "Do not write cases.csv (saves memory and time for large cities).")
    boolean noCases;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedScenario loaded = ScenarioReader.read(file, overrides);
        Scenario scenario = loaded.scenario();
        long s = seed != null ? seed : scenario.simulation().seed();
        int d = days != null ? days : scenario.simulation().days();
        int w = warmup != null ? warmup : scenario.simulation().warmupDays();
        if (d < 1 || d > 36_500) {
            throw new UserError("--days must be from 1 to 36500, got " + d);
        }
        if (w < 0 || w >= d) {
            throw new UserError("the warm-up (" + w + " days) must be at least 0 and less than the run (" + d + " days)");
        }
        Path dir = out != null ? out : Path.of("results", scenario.name() + "-seed" + s);
        RunResult result = Simulation.run(new RunSpec(scenario, s, 0, d, w, !noCases));
        RunReport.write(dir, result, loaded.source());
        if (!quiet) {
            printSummary(spec.commandLine().getOut(), result, dir);
        }
        return 0;
    }

    private static void printSummary(PrintWriter out, RunResult r, Path dir) {
        Metrics m = r.metrics();
        out.printf(Locale.ROOT, "%s, seed %d, %d days%s: %,d residents, %,d grid cells, %,d grid workers, %,d department staff%n",
                r.spec().scenario().name(), r.spec().seed(), r.spec().days(),
                r.spec().warmupDays() > 0 ? " (" + r.spec().warmupDays() + " warm-up)" : "",
                (long) m.get("residents"), (long) m.get("grid_cells"), (long) m.get("grid_workers"),
                (long) m.get("department_staff"));
        out.printf(Locale.ROOT, "  issues     %,d occurred, %s discovered (%s by grid workers), %,d still latent%n",
                (long) m.get("issues_occurred"), pct(m.get("discovery_rate")), pct(m.get("share_discovered_by_worker")),
                (long) m.get("issues_latent_end"));
        out.printf(Locale.ROOT, "  cases      %,d filed (%.2f per resident-year), %s closed, %s on time, %,d parked, %,d open at the end%n",
                (long) m.get("cases_filed"), m.get("cases_per_resident_year"), pct(m.get("resolution_rate")),
                pct(m.get("on_time_rate")), (long) m.get("parked_cases"), (long) m.get("open_cases_end"));
        out.printf(Locale.ROOT, "  to close   mean %.1f h, median %.1f h, 90th percentile %.1f h%n",
                m.get("mean_hours_to_close"), m.get("median_hours_to_close"), m.get("p90_hours_to_close"));
        out.printf(Locale.ROOT, "  workload   grid workers %s busy (90th percentile %s), departments %s%n",
                pct(m.get("worker_utilization_mean")), pct(m.get("worker_utilization_p90")),
                pct(m.get("department_utilization_mean")));
        out.printf(Locale.ROOT, "  outputs    %s (simulated in %.2f s, %,d events)%n", dir, r.wallSeconds(),
                r.model().eventsScheduled());
    }

    private static String pct(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }
}
