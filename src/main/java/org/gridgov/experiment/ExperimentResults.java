package org.gridgov.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gridgov.model.ActorKind;
import org.gridgov.observe.Metric;
import org.gridgov.observe.Stability;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.Holm;
import org.gridgov.stats.Paired;

/**
 * The finished runs of an experiment, in run-list order, and the statistics made from them: a summary per
 * design point and metric, paired comparisons with the baseline (Holm-adjusted over the whole experiment),
 * daily means with intervals, and grid worker utilisations.
 */
public final class ExperimentResults {
    /** Two-sided confidence level of every interval. */
    public static final double LEVEL = 0.95;

    private final ExperimentPlan plan;
    private final List<RunRecord> records;
    private final List<Comparison> comparisons;
    private SensitivityAnalysis sensitivity;
    private RobustnessAnalysis robustness;
    private List<RankCorrelations.Row> correlations;
    /** What a partly run experiment's results are made of (gridgov analyse); null when every run is in. */
    private final PartialNote partial;

    /** One design point against the baseline on one metric. */
    public record Comparison(int point, String metric, Paired paired, double pAdjusted) {
    }

    private ExperimentResults(ExperimentPlan plan, List<RunRecord> records, PartialNote partial) {
        this.plan = plan;
        this.records = List.copyOf(records);
        this.partial = partial;
        this.comparisons = compare();
    }

    /** The results of the complete units of a partly run experiment, with what they are made of in words. */
    static ExperimentResults partial(ExperimentPlan plan, List<RunRecord> records, PartialNote note) {
        if (records.size() != plan.runs().size()) {
            throw new IllegalArgumentException("need one record per run");
        }
        return new ExperimentResults(plan, records, note);
    }

    /** For a partly run experiment, what its results are made of; null when every run is in. */
    public PartialNote partial() {
        return partial;
    }

    /** Results from records already in run-list order (one per run of the plan). */
    public static ExperimentResults of(ExperimentPlan plan, List<RunRecord> records) {
        if (records.size() != plan.runs().size()) {
            throw new IllegalArgumentException("need one record per run");
        }
        return new ExperimentResults(plan, records, null);
    }

    /**
     * Reads every run of the plan from the journals, taking each from the first journal that has it.
     *
     * @throws ExperimentException naming the missing runs if any is in none of them
     */
    public static ExperimentResults load(ExperimentPlan plan, List<Journal> journals) throws IOException, ExperimentException {
        String identity = plan.runIdentityHash();
        List<RunRecord> records = new ArrayList<>();
        List<ExperimentPlan.PlannedRun> missing = new ArrayList<>();
        for (ExperimentPlan.PlannedRun run : plan.runs()) {
            RunRecord found = null;
            for (int j = 0; j < journals.size() && found == null; j++) {
                found = journals.get(j).read(run.point(), run.replication(), identity);
            }
            if (found == null) {
                missing.add(run);
            }
            records.add(found);
        }
        if (!missing.isEmpty()) {
            List<String> examples = missing.stream().limit(3).map(r -> "'" + plan.points().get(r.point()).label()
                    + "' replication " + r.replication() + " (run " + r.index() + ")").toList();
            List<String> damaged = journals.stream().flatMap(j -> j.damaged().stream()).toList();
            throw new ExperimentException((damaged.isEmpty() ? "" : String.join("; ", damaged)
                    + "; a damaged record counts as not finished. ") + missing.size() + " of " + records.size()
                    + " runs are not finished, e.g. " + String.join(", ", examples)
                    + ". Run the experiment (or its missing shards) to finish them.");
        }
        return new ExperimentResults(plan, records, null);
    }

    /** How many runs of the plan the journal holds. */
    public static int finished(ExperimentPlan plan, Journal journal) throws IOException, ExperimentException {
        String identity = plan.runIdentityHash();
        int n = 0;
        for (ExperimentPlan.PlannedRun run : plan.runs()) {
            n += journal.read(run.point(), run.replication(), identity) != null ? 1 : 0;
        }
        return n;
    }

    public ExperimentPlan plan() {
        return plan;
    }

    /** The records in run-list order. */
    public List<RunRecord> records() {
        return records;
    }

    public RunRecord record(int point, int replication) {
        return records.get(point * plan.replications() + replication);
    }

    /** A metric's value in each replication of a design point (NaN where it could not be computed). */
    public double[] values(int point, String metric) {
        double[] v = new double[plan.replications()];
        for (int r = 0; r < v.length; r++) {
            v[r] = record(point, r).metric(metric);
        }
        return v;
    }

    /**
     * Why a design point is unstable, pooled over its replications ({@link Stability#ofReplications}); empty
     * if it is not.
     */
    public List<String> instability(int point) {
        return instability(point, org.gridgov.text.Texts.EN);
    }

    /** {@link #instability(int)} in the language of {@code t}, for a report. */
    public List<String> instability(int point, org.gridgov.text.Texts t) {
        List<Map<String, Double>> runs = new ArrayList<>();
        for (int r = 0; r < plan.replications(); r++) {
            runs.add(record(point, r).metrics());
        }
        return Stability.ofReplications(runs, t);
    }

    /**
     * A metric's mean over the replications with its Student-t interval, the interval clipped to the metric's
     * natural bounds: a rate's interval does not run past 1 (or below 0) because the t distribution is symmetric.
     */
    public Estimate summary(int point, String metric) {
        Estimate e = Estimate.twoSided(values(point, metric), LEVEL);
        return Metric.of(metric).map(m -> new Estimate(e.n(), e.mean(), e.sd(), Math.max(m.lower(), e.low()),
                Math.min(m.upper(), e.high()))).orElse(e);
    }

    /** The sensitivity analysis of a morris or sobol design, made once for every output that shows it. */
    SensitivityAnalysis sensitivity() {
        if (sensitivity == null) {
            sensitivity = new SensitivityAnalysis(this);
        }
        return sensitivity;
    }

    /** A Latin hypercube's rank correlations (none for other designs), made once for every output that shows them. */
    List<RankCorrelations.Row> rankCorrelations() {
        if (correlations == null) {
            correlations = RankCorrelations.of(this);
        }
        return correlations;
    }

    /** The robustness analysis of a robustness design, made once for every output that shows it. */
    RobustnessAnalysis robustness() {
        if (robustness == null) {
            robustness = new RobustnessAnalysis(this);
        }
        return robustness;
    }

    /**
     * Every design point but the baseline against the baseline, on every metric, in that order; none for designs
     * whose points sample the inputs (Latin hypercube, morris, sobol, robustness), which are analysed as samples.
     */
    public List<Comparison> comparisons() {
        return comparisons;
    }

    private List<Comparison> compare() {
        if (plan.sensitivity() != null || plan.robustness() != null
                || plan.design().equals(ExperimentReader.LATIN_HYPERCUBE)) {
            // Their points are samples of the inputs, not alternatives to the first one: twelve t tests of samples
            // against the base answer no question a reader has; rank correlations and indices do.
            return List.of();
        }
        List<Integer> points = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        List<Paired> paired = new ArrayList<>();
        for (int p = 0; p < plan.points().size(); p++) {
            if (p == plan.baseline()) {
                continue;
            }
            for (String m : plan.metrics()) {
                points.add(p);
                metrics.add(m);
                paired.add(Paired.of(values(p, m), values(plan.baseline(), m), LEVEL));
            }
        }
        double[] adjusted = Holm.adjust(paired.stream().mapToDouble(Paired::pValue).toArray());
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < paired.size(); i++) {
            out.add(new Comparison(points.get(i), metrics.get(i), paired.get(i), adjusted[i]));
        }
        return out;
    }

    /** A daily column's summary over replications, day by day (0-based days). */
    public Estimate[] daily(int point, String column) {
        int c = RunRecord.DAILY_COLUMNS.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no daily column '" + column + "'");
        }
        Estimate[] out = new Estimate[plan.days()];
        double[] v = new double[plan.replications()];
        for (int d = 0; d < out.length; d++) {
            for (int r = 0; r < v.length; r++) {
                v[r] = record(point, r).daily()[d][c];
            }
            out[d] = Estimate.twoSided(v, LEVEL);
        }
        return out;
    }

    /**
     * A daily column's weekly means: week w covers days 7w to 7w + 6, each replication's mean over those days, then
     * their mean with its interval over the replications. A week irons out the working week's rhythm (cases pile up
     * at the weekend), which daily values draw as a sawtooth; so the days after the last whole week are left out
     * (a run shorter than a week is one short week).
     */
    public Estimate[] weekly(int point, String column) {
        int c = RunRecord.DAILY_COLUMNS.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no daily column '" + column + "'");
        }
        Estimate[] out = new Estimate[Math.max(1, plan.days() / 7)];
        double[] v = new double[plan.replications()];
        for (int w = 0; w < out.length; w++) {
            int first = 7 * w;
            int last = Math.min(plan.days(), first + 7);
            for (int r = 0; r < v.length; r++) {
                double[][] daily = record(point, r).daily();
                double sum = 0;
                for (int d = first; d < last; d++) {
                    sum += daily[d][c];
                }
                v[r] = sum / (last - first);
            }
            out[w] = Estimate.twoSided(v, LEVEL);
        }
        return out;
    }

    /** Utilisation of every grid worker in every replication of a design point. */
    public double[] workerUtilizations(int point) {
        List<Double> all = new ArrayList<>();
        for (int r = 0; r < plan.replications(); r++) {
            for (RunRecord.StaffUse s : record(point, r).staff()) {
                if (s.type() == ActorKind.GRID_WORKER) {
                    all.add(s.utilization());
                }
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
