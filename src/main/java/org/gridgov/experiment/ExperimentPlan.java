package org.gridgov.experiment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gridgov.hash.Sha256;
import org.gridgov.report.Num;

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
 * @param robustness     for a robustness design, how its scenarios were crossed with the sample, else null
 */
public record ExperimentPlan(String name, String description, String design, String experimentFile,
        String experimentSha256, String modelVersion, long seed, int replications, int days, int warmupDays,
        List<String> metrics, int baseline, List<DesignPoint> points, Phase phaseIn, Sensitivity sensitivity,
        Robustness robustness) {

    /**
     * How a global sensitivity design drew its points (docs/ODD.md 12): the same settings draw the same points.
     *
     * @param method {@code morris} or {@code sobol}
     * @param inputs the uncertain inputs' names, in the design's order
     * @param size trajectories (morris) or base rows (sobol)
     * @param levels grid levels (morris; 0 for sobol)
     * @param candidates candidate trajectories the most spread out are chosen from (morris; 0 for sobol)
     * @param seed the design's seed (morris trajectories and every bootstrap)
     * @param secondOrder whether a sobol design has the rows for second-order indices
     */
    public record Sensitivity(String method, List<String> inputs, int size, int levels, int candidates, long seed,
            boolean secondOrder) {
        public Sensitivity {
            inputs = List.copyOf(inputs);
        }

        /** Points per unit of the design: a Morris trajectory's k + 1, a Sobol' base row's k + 2 (2k + 2). */
        public int pointsPerUnit() {
            int k = inputs.size();
            return method.equals(ExperimentReader.MORRIS) ? k + 1 : secondOrder ? 2 * k + 2 : k + 2;
        }

        /** Trajectories or base rows run: all of them, or the first ones of a partly run design (gridgov analyse). */
        public int unitsRun(int points) {
            return points / pointsPerUnit();
        }
    }

    /**
     * How a robustness design crossed its scenarios with a Latin hypercube of the uncertain inputs (docs/ODD.md
     * 12.2): design point {@code sample * scenarios.size() + scenario}, each sample's scenarios run with the same
     * random numbers.
     *
     * @param scenarios the scenarios' labels, in the experiment's order
     * @param reference the baseline's index among them
     * @param inputs the uncertain inputs, in the sample's order
     * @param samples the sample's size
     * @param seed the sample's seed (the analysis draws it again)
     */
    public record Robustness(List<String> scenarios, int reference, List<Axis> inputs, int samples, long seed) {
        public Robustness {
            scenarios = List.copyOf(scenarios);
            inputs = List.copyOf(inputs);
        }

        /** The design point of a scenario in a sample. */
        public int point(int sample, int scenario) {
            return sample * scenarios.size() + scenario;
        }
    }

    /**
     * An uncertain input's axis: how a point u of the unit interval maps to what the input sets, to show where a
     * box of the unit cube lies in the input's own terms.
     *
     * @param kind {@code range} (low to high; whole numbers if {@code whole}), {@code scale} (a factor low to high
     *             on a group's base values) or {@code values} (the u-th of them)
     */
    public record Axis(String name, String kind, double low, double high, boolean whole, List<String> values) {
        public static final String RANGE = "range";
        public static final String SCALE = "scale";
        public static final String VALUES = "values";

        public Axis {
            values = List.copyOf(values);
        }

        /** The value at u: for a range the parameter's value, for a scale the factor, for values the index. */
        public double at(double u) {
            return switch (kind) {
                case RANGE -> whole ? low + Math.min(Math.floor(u * (high - low + 1)), high - low) : low + u * (high - low);
                case SCALE -> low + u * (high - low);
                default -> Math.min((int) Math.floor(u * values.size()), values.size() - 1);
            };
        }

        /** The value at u as a table gives it: the parameter's value, the factor, or the value listed. */
        public String value(double u) {
            double v = at(Math.max(0, Math.min(1, u)));
            return switch (kind) {
                case RANGE, SCALE -> Num.format(whole ? v : round(v));
                default -> values.get((int) v);
            };
        }

        /** The value at u in words: {@code 0.25}, {@code x 1.2} or the value listed. */
        public String text(double u) {
            return (kind.equals(SCALE) ? "x " : "") + value(u);
        }

        /** Three significant digits: a box's limit is no more precise than the sample that placed it. */
        private static double round(double v) {
            return v == 0 ? 0 : new BigDecimal(v).round(new MathContext(3)).doubleValue();
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
                warmupDays, metrics, baseline, points, null, null, null);
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
