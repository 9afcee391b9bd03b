package org.gridgov.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One batch of design points a search chose as it went (a calibration's particles, an optimisation's candidates):
 * run as an experiment of its own on an engine (threads or a cluster), into its own journal, keeping the runs' metrics alone. A
 * search that draws the same points again after an interruption finds their runs in the journal.
 *
 * @param name        the experiment's name, e.g. {@code q-city-g03-b00}
 * @param journal     the batch's journal folder
 * @param seed        replication i of every point runs on the streams of (seed, i): common random numbers
 */
public record SearchBatch(String name, String scenarioFile, List<String> overrides, List<String> metrics, long seed,
        int replications, int days, int warmupDays, Path journal) {

    public SearchBatch {
        overrides = List.copyOf(overrides);
        metrics = List.copyOf(metrics);
    }

    /**
     * Runs each point's replications (those the journal lacks) and gives each point's metrics per replication,
     * [point][replication][metric], in the order of {@link #metrics}; NaN where a run could not compute one.
     *
     * @param values each point's parameter values by key path
     */
    public List<double[][]> run(List<String> labels, List<Map<String, String>> values, RunEngine engine,
            Consumer<String> warnings, ExperimentRunner.Listener progress)
            throws IOException, ExperimentException, InterruptedException {
        Experiment e = ExperimentReader.batch(name, "search", scenarioFile, overrides, labels, values, metrics, seed,
                replications, days, warmupDays);
        Journal j = Journal.at(journal, warnings);
        ExperimentRunner.run(e, j, Shard.ALL, engine, progress, true);
        String identity = e.plan().runIdentityHash();
        List<double[][]> out = new ArrayList<>();
        for (int p = 0; p < labels.size(); p++) {
            double[][] v = new double[replications][metrics.size()];
            for (int r = 0; r < replications; r++) {
                RunRecord record = j.read(p, r, identity);
                if (record == null) {
                    throw new IllegalStateException("run " + p + "/" + r + " of " + name + " is missing after running");
                }
                for (int m = 0; m < metrics.size(); m++) {
                    v[r][m] = record.metric(metrics.get(m));
                }
            }
            out.add(v);
        }
        return out;
    }
}
