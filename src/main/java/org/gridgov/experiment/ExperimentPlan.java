package org.gridgov.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gridgov.hash.Sha256;

/**
 * Everything needed to run an experiment and to write its outputs, without the input files: the
 * journal keeps a copy, so that shards can be merged anywhere.
 *
 * @param design         {@code compare}, {@code factorial} or {@code latin-hypercube}
 * @param experimentFile the experiment file as given, or "" for an ad-hoc comparison
 * @param experimentSha256 hash of the experiment file, or ""
 * @param modelVersion   the version of gridgov that runs it
 * @param seed           master seed: replication i of every design point uses the streams of (seed, i)
 * @param metrics        the metrics reported, in order
 * @param baseline       index of the design point the others are compared with
 * @param phaseIn        when the design points' reforms take effect (docs/ODD.md 6), or null: from the start
 * @param sensitivity    for a morris or sobol design, how its points were drawn (the analysis draws them again),
 *                       else null
 */
public record ExperimentPlan(String name, String description, String design, String experimentFile,
        String experimentSha256, String modelVersion, long seed, int replications, int days, int warmupDays,
        List<String> metrics, int baseline, List<DesignPoint> points, Phase phaseIn, Sensitivity sensitivity) {

    /**
     * How a global sensitivity design drew its points (docs/ODD.md 12): the same settings draw the same points.
     *
     * @param method {@code morris} or {@code sobol}
     * @param inputs the uncertain inputs' names, in the design's order
     * @param size trajectories (morris) or base rows (sobol)
     * @param levels grid levels (morris; 0 for sobol)
     * @param candidates candidate trajectories the most spread out are chosen from (morris; 0 for sobol)
     * @param seed the design's seed (morris trajectories and every bootstrap)
     */
    public record Sensitivity(String method, List<String> inputs, int size, int levels, int candidates, long seed) {
        public Sensitivity {
            inputs = List.copyOf(inputs);
        }
    }

    /** The days over which every design point's reform takes effect: at once when they are the same day. */
    public record Phase(int firstDay, int lastDay) {
        /** {@code from day 365} or {@code from day 365 to day 545}, for sentences. */
        public String describe() {
            return firstDay == lastDay ? "on day " + firstDay : "from day " + firstDay + " to day " + lastDay;
        }
    }

    /** A plan whose design points are what they are from the start. */
    public ExperimentPlan(String name, String description, String design, String experimentFile,
            String experimentSha256, String modelVersion, long seed, int replications, int days, int warmupDays,
            List<String> metrics, int baseline, List<DesignPoint> points) {
        this(name, description, design, experimentFile, experimentSha256, modelVersion, seed, replications, days,
                warmupDays, metrics, baseline, points, null, null);
    }

    public ExperimentPlan {
        Objects.requireNonNull(name, "name");
        metrics = List.copyOf(metrics);
        points = List.copyOf(points);
        if (baseline < 0 || baseline >= points.size()) {
            throw new IllegalArgumentException("baseline " + baseline + " is not a design point");
        }
    }

    /** The runs, design point by design point, replication by replication: the order of every output. */
    public List<PlannedRun> runs() {
        List<PlannedRun> runs = new ArrayList<>(points.size() * replications);
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < replications; r++) {
                runs.add(new PlannedRun(runs.size(), p, r));
            }
        }
        return runs;
    }

    /**
     * What makes two plans' runs interchangeable: model version, seed, days, warm-up and the design
     * points' labels and fingerprints. Replications and metrics are not part of it, so they can be
     * changed and the finished runs reused.
     */
    public List<String> runIdentity() {
        List<String> lines = new ArrayList<>();
        lines.add("model_version " + modelVersion);
        lines.add("seed " + seed);
        lines.add("days " + days);
        lines.add("warmup_days " + warmupDays);
        for (DesignPoint p : points) {
            lines.add("point " + p.label() + " " + p.fingerprint());
        }
        return lines;
    }

    /** A hash of {@link #runIdentity()}, stored in each run record. */
    public String runIdentityHash() {
        return Sha256.of(String.join("\n", runIdentity()));
    }

    /** One run of the plan. */
    public record PlannedRun(int index, int point, int replication) {
    }
}
