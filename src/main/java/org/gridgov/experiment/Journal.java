package org.gridgov.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.gridgov.config.InputException;
import org.gridgov.report.AtomicFile;

/**
 * The durable record of an experiment in {@code DIR/journal/}: {@code plan.json}, and one file per finished
 * run ({@code p0003-r0007.run}: design point 3, replication 7, counted from 0), each written atomically.
 * A run is either finished and complete on disk or absent, so an interrupted experiment resumes by running
 * the absent ones. Temporary files left by a kill start with '.' and are ignored. Each record ends with a
 * checksum of its content: a record that was truncated or altered is named in a warning and counts as not
 * finished, so it is run again and never merged.
 */
public final class Journal {
    private final Path dir;
    private final Consumer<String> warnings;
    /** Damaged records found, with what is wrong with each; a record is warned about once. */
    private final Map<Path, String> damaged = new LinkedHashMap<>();

    private Journal(Path dir, Consumer<String> warnings) {
        this.dir = dir;
        this.warnings = warnings;
    }

    /** The journal of an output folder. */
    public static Journal in(Path outputDir) {
        return in(outputDir, warning -> { });
    }

    /** The journal of an output folder, telling {@code warnings} of each damaged record it finds. */
    public static Journal in(Path outputDir, Consumer<String> warnings) {
        return new Journal(outputDir.resolve("journal"), warnings);
    }

    /** A journal in a folder of its own, for searches that keep one per batch of runs. */
    public static Journal at(Path journalDir, Consumer<String> warnings) {
        return new Journal(journalDir, warnings);
    }

    /** The damaged records found so far, each as "FILE is damaged (what is wrong)". */
    public synchronized List<String> damaged() {
        List<String> d = new ArrayList<>();
        damaged.forEach((file, problem) -> d.add(file + " is damaged (" + problem + ")"));
        return d;
    }

    public Path dir() {
        return dir;
    }

    /** True if the folder holds a plan. */
    public boolean exists() {
        return Files.isRegularFile(dir.resolve("plan.json"));
    }

    /** The stored plan. */
    public ExperimentPlan plan() throws ExperimentException {
        try {
            return PlanFile.read(dir.resolve("plan.json"));
        } catch (InputException e) {
            throw new ExperimentException(dir.resolve("plan.json") + " cannot be used:\n" + e.getMessage());
        }
    }

    /**
     * Starts or resumes the experiment: stores the plan, after checking that runs already in the journal
     * belong to it (same model version, seed, days, warm-up and design points).
     */
    public void begin(ExperimentPlan plan) throws IOException, ExperimentException {
        if (exists()) {
            List<String> differences = differences(plan(), plan);
            if (!differences.isEmpty()) {
                throw new ExperimentException(dir.getParent() + " holds runs of a different experiment ("
                        + String.join("; ", differences) + "). Choose another --out, or delete the folder to"
                        + " start again.");
            }
        }
        AtomicFile.write(dir.resolve("plan.json"), out -> out.write(PlanFile.render(plan)));
    }

    /** How the runs of {@code stored} and {@code current} differ, in words; empty if interchangeable. */
    static List<String> differences(ExperimentPlan stored, ExperimentPlan current) {
        List<String> d = new ArrayList<>();
        if (!stored.modelVersion().equals(current.modelVersion())) {
            d.add("model version " + stored.modelVersion() + " there, " + current.modelVersion() + " now");
        }
        if (stored.seed() != current.seed()) {
            d.add("seed " + stored.seed() + " there, " + current.seed() + " now");
        }
        if (stored.days() != current.days()) {
            d.add("days " + stored.days() + " there, " + current.days() + " now");
        }
        if (stored.warmupDays() != current.warmupDays()) {
            d.add("warm-up days " + stored.warmupDays() + " there, " + current.warmupDays() + " now");
        }
        List<String> before = stored.points().stream().map(DesignPoint::label).toList();
        List<String> now = current.points().stream().map(DesignPoint::label).toList();
        if (!before.equals(now)) {
            d.add("design points " + before + " there, " + now + " now");
        } else {
            for (int i = 0; i < before.size(); i++) {
                if (!stored.points().get(i).fingerprint().equals(current.points().get(i).fingerprint())) {
                    d.add("the parameters of '" + before.get(i) + "' changed (its scenario file or overrides)");
                }
            }
        }
        return d;
    }

    private Path file(int point, int replication) {
        return dir.resolve(String.format("p%04d-r%04d.run", point, replication));
    }

    /** Records a finished run, atomically. */
    public void write(RunRecord record) throws IOException {
        AtomicFile.write(file(record.point(), record.replication()), record::write);
    }

    /**
     * The record of a run, or null if the run is not in the journal or its file is damaged (truncated or
     * altered: it is warned about, and the run will be done again and the file replaced).
     *
     * @throws ExperimentException if the record belongs to another experiment
     */
    public RunRecord read(int point, int replication, String identity) throws IOException, ExperimentException {
        Path f = file(point, replication);
        RunRecord r;
        try {
            r = RunRecord.parse(Files.readString(f, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return damaged(f, e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            return damaged(f, "not UTF-8 text");
        }
        if (!r.identity().equals(identity) || r.point() != point || r.replication() != replication) {
            throw new ExperimentException(f + " is a run of a different experiment than " + dir.resolve("plan.json")
                    + "; remove it");
        }
        return r;
    }

    private synchronized RunRecord damaged(Path file, String problem) {
        if (damaged.put(file, problem) == null) {
            warnings.accept(file + " is damaged (" + problem + "); its run will be done again");
        }
        return null;
    }
}
