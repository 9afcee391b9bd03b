package org.gridgov.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Combines the journals of an experiment's shards, checking that they belong together. */
public final class ShardMerge {

    private ShardMerge() {
    }

    /**
     * The results of the runs found in the folders, which must hold the same plan.
     *
     * @throws ExperimentException if a folder has no journal, the plans differ, or a run is in none of them
     */
    public static ExperimentResults load(List<Path> dirs) throws IOException, ExperimentException {
        ExperimentPlan plan = null;
        Path first = null;
        List<Journal> journals = new ArrayList<>();
        for (Path dir : dirs) {
            Journal j = Journal.in(dir);
            if (!j.exists()) {
                throw new ExperimentException(dir + " is not an experiment's output folder (it has no journal/plan.json)");
            }
            ExperimentPlan p = j.plan();
            if (plan == null) {
                plan = p;
                first = dir;
            } else if (!p.equals(plan)) {
                List<String> d = Journal.differences(plan, p);
                if (p.replications() != plan.replications()) {
                    d.add(plan.replications() + " replications there, " + p.replications() + " here");
                }
                if (d.isEmpty()) {
                    d.add("their experiment names, files or metrics differ");
                }
                throw new ExperimentException(dir + " is not a shard of the same experiment as " + first + ": "
                        + String.join("; ", d));
            }
            journals.add(j);
        }
        return ExperimentResults.load(plan, journals);
    }

    /**
     * Refuses to replace the complete outputs of an experiment in {@code dir} (its manifest is there) whose
     * replications or metrics differ from {@code plan}'s: a merge of fewer shards must not silently take the
     * place of a larger finished experiment. Other differences are refused by the journal itself.
     */
    public static void checkNotReplacing(Path dir, ExperimentPlan plan) throws ExperimentException {
        Journal held = Journal.in(dir);
        if (!held.exists() || !Files.isRegularFile(dir.resolve(ExperimentOutputs.MARKER))) {
            return;
        }
        ExperimentPlan stored = held.plan();
        if (stored.replications() != plan.replications() || !stored.metrics().equals(plan.metrics())) {
            throw new ExperimentException(dir + " holds a complete experiment with " + stored.replications()
                    + " replications and " + stored.metrics().size() + " metrics; the shards merged have "
                    + plan.replications() + " and " + plan.metrics().size() + ". Give --out a new folder, or --force"
                    + " to replace it.");
        }
    }

    /** Makes {@code dir}'s journal hold every run, so the merged folder can be merged or resumed again. */
    public static void copyJournal(ExperimentResults results, Path dir) throws IOException, ExperimentException {
        Journal target = Journal.in(dir);
        target.begin(results.plan());
        String identity = results.plan().runIdentityHash();
        for (RunRecord r : results.records()) {
            if (target.read(r.point(), r.replication(), identity) == null) {
                target.write(r);
            }
        }
    }
}
