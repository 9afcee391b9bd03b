package org.gridgov.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.gridgov.experiment.ExperimentException;
import org.gridgov.experiment.RunEngine;
import org.gridgov.experiment.ExperimentRunner;
import org.gridgov.experiment.SearchBatch;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.abc.AbcSmc;

/**
 * Runs a calibration (docs/ODD.md 12.3) on the experiment machinery: each batch of particles is an experiment of
 * its own, run on the thread pool into its own journal ({@code DIR/journal/g02-b00/}), so an interrupted
 * calibration resumes where it stopped: the proposals are drawn again from the seed, and the runs the journals
 * hold are read instead of run. Every particle's replication i runs on the streams of (seed, i): common random
 * numbers, so particles differ by their parameters, not their luck; before each generation {@code
 * checkReplications} replications of the last population's median measure the noise that luck leaves in a
 * particle's mean (the search widens the tolerances by it). Then the calibrated scenario, each parameter
 * at its posterior median, is run {@code checkReplications} times to check its fit.
 */
public final class Calibration {

    /** Told of progress. */
    public interface Progress {
        /** Tells no one. */
        Progress NONE = new Progress() {
            @Override
            public void batch(int generation, int batch, int particles, double epsilon) {
            }

            @Override
            public ExperimentRunner.Listener runs() {
                return ExperimentRunner.Listener.NONE;
            }

            @Override
            public void population(AbcSmc.Population population) {
            }

            @Override
            public void noise(int generation, int replications) {
            }

            @Override
            public void check(int replications) {
            }
        };

        /** A batch of particles is about to be simulated. */
        void batch(int generation, int batch, int particles, double epsilon);

        /** The runs of the batch (or of the check). */
        ExperimentRunner.Listener runs();

        /** A population is complete. */
        void population(AbcSmc.Population population);

        /** The noise of a particle's means is about to be measured with replications of one point. */
        void noise(int generation, int replications);

        /** The calibrated scenario is about to be checked. */
        void check(int replications);
    }

    private Calibration() {
    }

    public static CalibrationResult run(CalibrationPlan plan, Path dir, RunEngine engine, Consumer<String> warnings,
            Progress progress) throws IOException, ExperimentException, InterruptedException {
        double[] observed = plan.targets().stream().mapToDouble(FitTarget::value).toArray();
        double[] tolerance = plan.targets().stream().mapToDouble(FitTarget::tolerance).toArray();
        AbcSmc abc = new AbcSmc(plan.search(), plan.parameters().size(), observed, tolerance);
        AbcSmc.Model<Exception> model = new AbcSmc.Model<>() {
            @Override
            public double[][] simulate(int g, int b, double[][] points) throws Exception {
                String part = String.format("g%02d-b%02d", g, b);
                List<String> labels = new ArrayList<>();
                List<Map<String, String>> values = new ArrayList<>();
                for (int i = 0; i < points.length; i++) {
                    labels.add(part + String.format("-p%04d", i));
                    values.add(plan.values(points[i]));
                }
                return means(plan, Calibration.simulate(plan, dir.resolve("journal").resolve(part), part, labels, values,
                        plan.replications(), engine, warnings, progress.runs()));
            }

            @Override
            public double[] noise(int g, double[] point) throws Exception {
                String part = String.format("g%02d-noise", g);
                progress.noise(g, plan.checkReplications());
                double[][] runs = Calibration.simulate(plan, dir.resolve("journal").resolve(part), part, List.of(part),
                        List.of(plan.values(point)), plan.checkReplications(), engine, warnings, progress.runs()).get(0);
                double[] se = new double[plan.targets().size()];
                for (int t = 0; t < se.length; t++) {
                    double[] x = new double[runs.length];
                    for (int r = 0; r < x.length; r++) {
                        x[r] = runs[r][t];
                    }
                    se[t] = Estimate.twoSided(x, 0.95).sd() / Math.sqrt(plan.replications());
                }
                return se;
            }
        };
        AbcSmc.Listener listener = new AbcSmc.Listener() {
            @Override
            public void batch(int generation, int batch, int proposals, double epsilon) {
                progress.batch(generation, batch, proposals, epsilon);
            }

            @Override
            public void population(AbcSmc.Population population) {
                progress.population(population);
            }
        };
        AbcSmc.Result search;
        try {
            search = abc.run(model, listener);
        } catch (IOException | ExperimentException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        double[] estimate = AbcSmc.medians(search.last());
        progress.check(plan.checkReplications());
        // Named by the last generation: a calibration resumed with more generations checks another scenario.
        String part = String.format("check-g%02d", search.last().generation());
        List<double[][]> check = simulate(plan, dir.resolve("journal").resolve(part), part, List.of("calibrated"),
                List.of(plan.values(estimate)), plan.checkReplications(), engine, warnings, progress.runs());
        return new CalibrationResult(plan, search, estimate, check.get(0));
    }

    /** Each point's targets per replication: [point][replication][target]. */
    private static List<double[][]> simulate(CalibrationPlan plan, Path journalDir, String part, List<String> labels,
            List<Map<String, String>> values, int replications, RunEngine engine, Consumer<String> warnings,
            ExperimentRunner.Listener runs) throws IOException, ExperimentException, InterruptedException {
        return new SearchBatch(plan.name() + "-" + part, plan.scenarioFile(), plan.overrides(), plan.metrics(),
                plan.seed(), replications, plan.days(), plan.warmupDays(), journalDir).run(labels, values, engine,
                warnings, runs);
    }

    /** Each point's mean of each target over its replications; NaN when a replication could not compute it. */
    private static double[][] means(CalibrationPlan plan, List<double[][]> values) {
        int k = plan.targets().size();
        double[][] m = new double[values.size()][k];
        for (int p = 0; p < values.size(); p++) {
            for (int t = 0; t < k; t++) {
                double s = 0;
                for (double[] rep : values.get(p)) {
                    s += rep[t];
                }
                m[p][t] = s / values.get(p).length;
            }
        }
        return m;
    }
}
