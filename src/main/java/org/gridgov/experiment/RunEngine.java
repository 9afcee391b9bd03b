package org.gridgov.experiment;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;

/**
 * Where runs are computed: on threads of this process ({@link LocalEngine}), or on a cluster (the Spark engine of
 * gridgov-spark.jar, README "Running on a cluster"). An engine only computes: each finished run comes back to the
 * caller as a {@link RunRecord}, and what is done with it (the journal, the progress bar) stays with the caller. So
 * every engine gives the same records, and the outputs made from them are the same byte for byte.
 */
public interface RunEngine extends AutoCloseable {

    /** One run to do: the design point it belongs to and its spec (scenario, seed, replication, days). */
    record Job(int point, RunSpec spec) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Takes each finished run, on the caller's side. */
    interface Finished {
        void run(RunRecord record) throws IOException;
    }

    /**
     * Computes every job and hands each record to {@code finished} as it comes (from any thread, one call per job);
     * returns when all are in. A job that fails ends the whole call with an exception that names its design point,
     * replication and seed.
     *
     * @param identity    the plan's run identity, written into each record
     * @param metricsOnly keep each run's metrics alone (a search's runs)
     */
    void run(List<Job> jobs, String identity, boolean metricsOnly, Finished finished)
            throws IOException, InterruptedException;

    /** What runs the jobs, for the command's first line: "2 threads", "Spark, master local[2]". */
    String describe();

    @Override
    void close();

    /**
     * Runs one job where it is: what every engine's worker does. A failure is told with the job's design point,
     * replication and seed, so that it can be rerun alone.
     */
    static RunRecord compute(Job job, String identity, boolean metricsOnly) {
        try {
            var result = Simulation.run(job.spec());
            return metricsOnly ? RunRecord.ofMetrics(result, job.point(), identity)
                    : RunRecord.of(result, job.point(), identity);
        } catch (RuntimeException e) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT, "the run of design point %d,"
                    + " replication %d, seed %d failed: %s", job.point(), job.spec().replication(), job.spec().seed(),
                    e), e);
        }
    }

    /**
     * Opens the engine of an {@code --engine} option: "local" (threads of this process) or one found on the class
     * path, such as "spark" in gridgov-spark.jar.
     *
     * @throws ExperimentException if there is no such engine here, saying how to get it
     */
    static RunEngine open(String name, int threads) throws ExperimentException {
        if (name.equals(LocalEngine.NAME)) {
            return new LocalEngine(threads);
        }
        for (Provider p : providers()) {
            if (p.name().equals(name)) {
                try {
                    return p.open();
                } catch (LinkageError e) {
                    throw new ExperimentException("--engine " + name + ": the engine's library is not on the class path"
                            + " (" + e.getMessage() + "); start gridgov-spark.jar with spark-submit, or add Spark's jars"
                            + " (SPARK_HOME/jars/*, or mvn -Pspark dependency:build-classpath) to -cp");
                }
            }
        }
        if (name.equals("spark")) {
            throw new ExperimentException("--engine spark: this gridgov has no Spark engine; build target/gridgov-spark.jar"
                    + " with mvn -Pspark package and start it with spark-submit (README, Running on a cluster)");
        }
        throw new ExperimentException("--engine " + name + ": must be local or spark");
    }

    /**
     * The engines jars on the class path add. One that cannot load (its jar lists it, but its library is missing,
     * as after a build with -Pspark run without Spark) is left out, as if it were not there.
     */
    static java.util.List<Provider> providers() {
        java.util.List<Provider> found = new java.util.ArrayList<>();
        var loader = java.util.ServiceLoader.load(Provider.class).iterator();
        while (true) {
            try {
                if (!loader.hasNext()) {
                    return found;
                }
                found.add(loader.next());
            } catch (java.util.ServiceConfigurationError | LinkageError e) {
                // not loadable here: skipped
            }
        }
    }

    /** An engine that a jar adds (java.util.ServiceLoader): gridgov-spark.jar's adds "spark". */
    interface Provider {
        String name();

        RunEngine open() throws ExperimentException;
    }
}
