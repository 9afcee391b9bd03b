package org.gridgov.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.gridgov.config.InputException;
import org.gridgov.report.RunReport;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.ScenarioReader;

/** Loads the test scenarios under {@code src/test/resources/org/gridgov/model/}, runs them and writes their outputs. */
public final class ModelRuns {

    /** Hours per year, as the model converts yearly rates (365 days). */
    public static final double HOURS_PER_YEAR = 24 * 365.0;

    private ModelRuns() {
    }

    /** A test scenario merged over the built-in defaults, then the overrides ({@code key.path=value}). */
    public static LoadedScenario load(String resource, String... overrides) {
        String yaml;
        try (InputStream in = ModelRuns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test scenario " + resource + " next to " + ModelRuns.class);
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return ScenarioReader.readString(yaml, resource, List.of(overrides));
        } catch (InputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Runs a scenario once, in this thread. */
    public static RunResult run(LoadedScenario s, long seed, int replication, int days, int warmupDays,
            boolean keepCases) {
        return Simulation.run(new RunSpec(s.scenario(), seed, replication, days, warmupDays, keepCases));
    }

    /**
     * Replications 0..r-1, two at a time on this 2-core machine; each reduces its run to a number at once so
     * that the runs' cases do not pile up. Results come back in replication order.
     */
    public static double[] replicate(int r, IntFunction<Double> replication) {
        return IntStream.range(0, r).parallel().mapToDouble(replication::apply).toArray();
    }

    /** Like {@link #replicate} for several numbers per replication: result[k][rep]. */
    public static double[][] replicateMany(int r, IntFunction<double[]> replication) {
        double[][] byRep = IntStream.range(0, r).parallel().mapToObj(replication).toArray(double[][]::new);
        double[][] byValue = new double[byRep[0].length][r];
        for (int rep = 0; rep < r; rep++) {
            for (int k = 0; k < byValue.length; k++) {
                byValue[k][rep] = byRep[rep][k];
            }
        }
        return byValue;
    }

    /** Writes every output file of the run into {@code dir}. */
    public static Path write(Path dir, RunResult result, LoadedScenario s) {
        try {
            RunReport.write(dir, result, s.source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Element-wise a - b. */
    public static double[] minus(double[] a, double[] b) {
        double[] d = Arrays.copyOf(a, a.length);
        for (int i = 0; i < d.length; i++) {
            d[i] -= b[i];
        }
        return d;
    }
}
