package org.gridgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.gridgov.experiment.Experiment;
import org.gridgov.experiment.ExperimentException;
import org.gridgov.experiment.ExperimentOutputs;
import org.gridgov.experiment.ExperimentPlan;
import org.gridgov.experiment.ExperimentReader;
import org.gridgov.experiment.ExperimentResults;
import org.gridgov.experiment.ExperimentRunner;
import org.gridgov.experiment.Journal;
import org.gridgov.experiment.LocalEngine;
import org.gridgov.experiment.RunEngine;
import org.gridgov.experiment.Shard;
import org.gridgov.report.OutputFolder;
import org.gridgov.text.Texts;

/** Runs an experiment (or one shard of it) into a folder and, once every run is there, writes its outputs. */
final class ExperimentSession {

    private ExperimentSession() {
    }

    static int run(Experiment experiment, RunOptions options, PrintWriter out, PrintWriter err) throws IOException,
            InterruptedException {
        ExperimentPlan plan = experiment.plan();
        // Even when quiet: the old names go at the next release.
        experiment.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        Texts texts = options.lang.texts(err);
        Path dir = options.out(plan.name());
        try (RunEngine engine = options.engine.open(options.threads())) {
            return run(experiment, options, out, err, texts, dir, engine);
        }
    }

    private static int run(Experiment experiment, RunOptions options, PrintWriter out, PrintWriter err, Texts texts,
            Path dir, RunEngine engine) throws IOException, InterruptedException {
        ExperimentPlan plan = experiment.plan();
        Shard shard = options.shard();
        int threads = options.threads();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try (OutputFolder folder = OutputFolder.open(dir)) {
            folder.cleaned().forEach(note -> err.println("warning: " + dir + ": " + note));
            Journal journal = Journal.in(dir, warning -> {
                err.println("warning: " + warning);
                err.flush();
            });
            journal.begin(plan); // refuses a folder that holds another experiment, before anything is said
            if (!options.quiet) {
                err.printf(Locale.ROOT, "%s: %d scenarios x %d replications = %d runs of %d days%s, on %s%n",
                        plan.name(), plan.points().size(), plan.replications(), plan.runs().size(), plan.days(),
                        shard.isAll() ? "" : " (shard " + shard + ")", engine.describe());
                err.flush();
            }
            ExperimentRunner.Listener progress = options.quiet ? ExperimentRunner.Listener.NONE
                    : new ProgressBar(err, System.console() != null, threads);
            KeptRuns kept = new KeptRuns(progress);
            // Ctrl-C (or a kill that lets Java shut down) ends the runs; say what is kept and how to go on.
            Thread interrupted = new Thread(() -> {
                err.printf(Locale.ROOT, "%ninterrupted: %d of the %d runs are kept in %s; run the same command again to"
                        + " resume%n", kept.count(), plan.runs().size(), journal.dir());
                err.flush();
            });
            Runtime.getRuntime().addShutdownHook(interrupted);
            int ran;
            try {
                ran = ExperimentRunner.run(experiment, journal, shard, engine, kept, false);
            } finally {
                removeHook(interrupted);
            }
            int finished = ExperimentResults.finished(plan, journal);
            if (finished < plan.runs().size()) {
                if (!options.quiet) {
                    out.printf(Locale.ROOT, "shard %s: %s now; %d of the experiment's %d runs are in %s."
                            + " When every shard is done: gridgov merge DIR...%n", shard, ran == 1 ? "1 run" : ran + " runs",
                            finished, plan.runs().size(), dir);
                }
                return 0;
            }
            ExperimentResults results = ExperimentResults.load(plan, List.of(journal));
            if (!options.quiet) {
                err.println("writing tables, charts and report.html ...");
                err.flush();
            }
            write(folder, results, started, t0, engine instanceof LocalEngine ? threads : null, shard.toString(),
                    engine.describe(), texts);
            warnUnstable(err, results);
            if (!options.quiet) {
                summary(out, results, dir, ran, (System.nanoTime() - t0) / 1e9, texts);
            }
            return 0;
        } catch (ExperimentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Writes the outputs as one set: into the folder's staging area, then moved into place. */
    static void write(OutputFolder folder, ExperimentResults results, Instant started, long t0, Integer threads,
            String shard, String engine, Texts texts) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts are drawn off screen
        }
        Path staging = folder.staging();
        double wall = (System.nanoTime() - t0) / 1e9;
        ExperimentOutputs.write(staging, results, new ExperimentOutputs.Execution(started.truncatedTo(ChronoUnit.MILLIS).toString(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), wall, threads, shard, engine), texts);
        folder.commit(ExperimentOutputs.MADE_FROM_JOURNAL, ExperimentOutputs.MARKER);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down already: the hook is running
        }
    }

    /** A warning on stderr for each unstable design point: its means depend on how long it ran. */
    static void warnUnstable(PrintWriter err, ExperimentResults results) {
        for (int p = 0; p < results.plan().points().size(); p++) {
            for (String finding : results.instability(p)) {
                err.printf(Locale.ROOT, "warning: design point %d '%s' is unstable: %s%n", p,
                        results.plan().points().get(p).label(), finding);
            }
        }
        err.flush();
    }

    static void summary(PrintWriter out, ExperimentResults results, Path dir, int ran, double seconds, Texts t) {
        ExperimentPlan plan = results.plan();
        long significant = results.comparisons().stream().filter(c -> c.pAdjusted() < 0.05).count();
        out.println(t.f("%s: %d runs (%d now, %d from the journal) in %.1f s", plan.name(), plan.runs().size(), ran,
                plan.runs().size() - ran, seconds));
        if (!results.comparisons().isEmpty()) {
            out.println("  " + t.f("%d of %d differences from '%s' are significant (paired t, Holm-adjusted p < 0.05)",
                    significant, results.comparisons().size(), plan.points().get(plan.baseline()).label()));
        }
        if (plan.sensitivity() != null) {
            out.println("  " + t.f("sensitivity indices (%s) of %d inputs in indices.csv; report.html ranks them",
                    plan.sensitivity().method().equals(ExperimentReader.MORRIS) ? "mu*, mu, sigma" : "S1, ST",
                    plan.sensitivity().inputs().size()));
        }
        if (plan.robustness() != null) {
            out.println("  " + t.f("%d scenarios over %d samples of %d uncertain inputs: robustness.csv, discovery.csv;"
                    + " report.html says which reform beats '%s' where", plan.robustness().scenarios().size(),
                    plan.robustness().samples(), plan.robustness().inputs().size(),
                    plan.robustness().scenarios().get(plan.robustness().reference())));
        }
        out.println("  " + t.f("outputs in %s (report.html, summary.csv, comparison.csv, runs.csv, ...)", dir));
    }

    /** Counts the runs in the journal as they finish, for the message on Ctrl-C. */
    private static final class KeptRuns implements ExperimentRunner.Listener {
        private final ExperimentRunner.Listener progress;
        private final AtomicInteger count = new AtomicInteger();

        KeptRuns(ExperimentRunner.Listener progress) {
            this.progress = progress;
        }

        int count() {
            return count.get();
        }

        @Override
        public void started(int toRun, int inSlice, double journalSecondsPerRun) {
            count.set(inSlice - toRun);
            progress.started(toRun, inSlice, journalSecondsPerRun);
        }

        @Override
        public void runFinished(org.gridgov.experiment.RunRecord record) {
            count.incrementAndGet();
            progress.runFinished(record);
        }
    }
}
