package org.gridgov.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.gridgov.experiment.ExperimentException;
import org.gridgov.experiment.RunEngine;
import org.gridgov.experiment.RunRecord;

import scala.Function2;
import scala.collection.Iterator;
import scala.runtime.BoxedUnit;

/**
 * Runs on the executors of an Apache Spark cluster. The jobs (each a run's spec, with its scenario) are cut into
 * batches, one Spark task each; every task runs its batch with the same code as a local thread
 * ({@link RunEngine#compute}) and sends back the records as the journal's text, whose numbers read back exactly.
 * The driver takes each task's records as the task ends (so the journal and the progress bar move as the cluster
 * works) and writes them as a local run would. Spark reruns the tasks of a lost executor; it hands the driver one
 * result per task, so every run is counted once, and a record written twice is the same record.
 */
final class SparkEngine implements RunEngine {
    /** Tasks per core: enough to even out runs of unequal length, few enough to keep the per-task cost small. */
    private static final int TASKS_PER_CORE = 4;

    private final SparkContext spark;

    private SparkEngine(SparkContext spark) {
        this.spark = spark;
    }

    /**
     * Joins the Spark application this process belongs to: the one spark-submit starts, with its master and
     * settings, or one configured by spark.* system properties (-Dspark.master=local[4]).
     */
    static SparkEngine start() throws ExperimentException {
        SparkConf conf = new SparkConf().setAppName("gridgov");
        if (!conf.contains("spark.master")) {
            throw new ExperimentException("--engine spark needs a cluster: start gridgov-spark.jar with spark-submit"
                    + " --master URL (README, Running on a cluster), or give -Dspark.master=local[N] to run Spark in"
                    + " this process");
        }
        SparkContext spark = SparkContext.getOrCreate(conf);
        spark.setLogLevel("WARN"); // Spark's INFO lines would bury the progress bar
        return new SparkEngine(spark);
    }

    @Override
    public void run(List<Job> jobs, String identity, boolean metricsOnly, Finished finished)
            throws IOException, InterruptedException {
        if (jobs.isEmpty()) {
            return;
        }
        int tasks = Math.min(jobs.size(), TASKS_PER_CORE * Math.max(1, spark.defaultParallelism()));
        List<List<Job>> batches = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            batches.add(new ArrayList<>());
        }
        // Round robin: the runs of one design point, of similar length, go to different tasks.
        for (int i = 0; i < jobs.size(); i++) {
            batches.get(i % tasks).add(jobs.get(i));
        }
        JavaRDD<List<Job>> rdd = new JavaSparkContext(spark).parallelize(batches, tasks);
        Function2<TaskContext, Iterator<List<Job>>, ArrayList<String>> task = runBatches(identity, metricsOnly);
        Function2<Object, ArrayList<String>, BoxedUnit> take = (index, records) -> {
            try {
                for (String text : records) {
                    finished.run(RunRecord.parse(text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return BoxedUnit.UNIT;
        };
        List<Object> partitions = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            partitions.add(t);
        }
        try {
            spark.runJob(rdd.rdd(), task, scala.jdk.javaapi.CollectionConverters.asScala(partitions).toSeq(), take,
                    scala.reflect.ClassTag$.MODULE$.apply(ArrayList.class));
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the journal could not be written: the command reports it as any I/O failure
        } catch (Exception e) { // Scala declares none: a failed job comes as a SparkException all the same
            if (e instanceof SparkException) {
                throw new IllegalStateException("the cluster could not finish the runs: " + e.getMessage(), e);
            }
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    /** A task's work, made in a static method so that the closure Spark ships holds nothing of the driver's. */
    private static Function2<TaskContext, Iterator<List<Job>>, ArrayList<String>> runBatches(String identity,
            boolean metricsOnly) {
        return (Function2<TaskContext, Iterator<List<Job>>, ArrayList<String>> & java.io.Serializable) (context,
                batches) -> {
            ArrayList<String> records = new ArrayList<>();
            while (batches.hasNext()) {
                for (Job job : batches.next()) {
                    StringWriter text = new StringWriter();
                    try {
                        RunEngine.compute(job, identity, metricsOnly).write(text);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e); // a StringWriter does not fail
                    }
                    records.add(text.toString());
                }
            }
            return records;
        };
    }

    @Override
    public String describe() {
        String ui = spark.uiWebUrl().isDefined() ? ", UI " + spark.uiWebUrl().get() : "";
        return String.format(Locale.ROOT, "Spark (master %s, %d cores%s)", spark.master(), spark.defaultParallelism(),
                ui);
    }

    @Override
    public void close() {
        // The Spark application belongs to the process (spark-submit's), not to one command: it ends with it.
    }

    /** Makes {@code --engine spark} available: listed in META-INF/services of gridgov-spark.jar. */
    public static final class Provider implements RunEngine.Provider {
        @Override
        public String name() {
            return "spark";
        }

        @Override
        public RunEngine open() throws ExperimentException {
            return start();
        }
    }
}
