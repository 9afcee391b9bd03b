package org.gridgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.gridgov.experiment.ExperimentException;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.OutputFolder;
import org.gridgov.report.SearchExecution;

/**
 * Runs a search (a calibration, an optimisation) into its output folder: holds the folder, refuses one whose
 * journal another search made, runs the search with warnings on stderr, and writes its outputs as one set.
 */
final class SearchSession {

    /** The search itself, told where to send warnings about the journal. */
    interface Search<R> {
        R run(Consumer<String> warnings) throws IOException, ExperimentException, InterruptedException;
    }

    /** Writes a search's outputs into a folder. */
    interface Outputs<R> {
        void write(Path dir, R result, SearchExecution execution) throws IOException;
    }

    /** What the search found and how long it took. */
    record Done<R>(R result, double seconds) {
    }

    private SearchSession() {
    }

    /**
     * @param kind     the search, e.g. "calibration": names the journal's mark and the messages
     * @param identity the hash of what decides the search's runs
     * @param decides  what goes into it, for the message that refuses a folder
     */
    static <R> Done<R> run(Path dir, String kind, String identity, String decides, int threads, PrintWriter err,
            Search<R> search, Outputs<R> outputs, List<String> files, String marker)
            throws IOException, InterruptedException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try (OutputFolder folder = OutputFolder.open(dir)) {
            folder.cleaned().forEach(note -> err.println("warning: " + dir + ": " + note));
            claim(dir, kind, identity, decides);
            R result = search.run(w -> {
                err.println("warning: " + w);
                err.flush();
            });
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true"); // charts are drawn off screen
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            outputs.write(folder.staging(), result, SearchExecution.since(started, seconds, threads));
            folder.commit(files, marker);
            return new Done<>(result, seconds);
        } catch (ExperimentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * Marks the folder's journal as this search's ({@code DIR/journal/KIND.sha256}), or refuses it when another
     * search marked it: runs of one are never read as another's.
     */
    private static void claim(Path dir, String kind, String identity, String decides) throws IOException {
        Path mark = dir.resolve("journal").resolve(kind + ".sha256");
        if (Files.isRegularFile(mark)) {
            if (!Files.readString(mark, StandardCharsets.UTF_8).strip().equals(identity)) {
                throw new UserError(dir + " holds the runs of a different " + kind + " (" + decides + "); give --out a"
                        + " new folder, or delete it to start again.");
            }
            return;
        }
        Files.createDirectories(mark.getParent());
        AtomicFile.write(mark, w -> w.write(identity + "\n"));
    }
}
