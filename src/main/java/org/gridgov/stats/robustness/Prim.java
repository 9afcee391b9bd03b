package org.gridgov.stats.robustness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Scenario discovery by the Patient Rule Induction Method (Friedman and Fisher 1999), as Bryant and Lempert (2010)
 * use it: given sampled inputs x and the samples of interest y (here: where a reform fails to beat the baseline),
 * find a box of input limits that holds most of the samples of interest (coverage) and few others (density).
 *
 * <p>Peeling: from the whole space, each step cuts off the {@code alpha} share of the box's samples at the low or the
 * high end of one input, whichever cut leaves the highest density, until the box would hold fewer than
 * {@code minMass} of all samples or holds only samples of interest. Each step is a box of the trajectory; a limit
 * lies halfway between the last sample cut off and the first kept. PRIM rather than a decision tree: its boxes are
 * few limits on named inputs that a reader can check, it peels patiently (a small share per step) so one noisy
 * sample does not decide a split, and its trajectory shows the trade-off between coverage and density instead of
 * one answer.
 *
 * <p>Each limit of a box carries Bryant and Lempert's quasi-p-value: the one-sided binomial probability of at
 * least the box's count of samples of interest, were they as frequent as in the box without that limit. A limit
 * with a large value may be an artefact of the sample.
 */
public final class Prim {
    /** The share of a box's samples each peel removes: Friedman and Fisher's recommended 0.05 to 0.1. */
    public static final double ALPHA = 0.1;
    /** The smallest share of all samples a box may hold. */
    public static final double MIN_MASS = 0.1;

    /** One input's limits: the box holds low &lt;= x &lt;= high; an open side is infinite. */
    public record Limit(int input, double low, double high, double quasiP) {
    }

    /**
     * One box of the peeling trajectory.
     *
     * @param step 0 for the whole space, then one per peel
     * @param inside samples in the box
     * @param ofInterest samples of interest in the box
     * @param coverage share of all samples of interest that are in the box
     * @param density share of the box's samples that are of interest
     * @param mass share of all samples in the box
     * @param limits the restricted inputs, in input order
     */
    public record Box(int step, int inside, int ofInterest, double coverage, double density, double mass,
            List<Limit> limits) {
        public Box {
            limits = List.copyOf(limits);
        }

        /** The harmonic mean of coverage and density: the balance the chosen box strikes. */
        public double balance() {
            return coverage + density > 0 ? 2 * coverage * density / (coverage + density) : 0;
        }
    }

    private final double[][] x;
    private final boolean[] y;
    private final int inputs;
    private final int totalOfInterest;

    private Prim(double[][] x, boolean[] y) {
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("need one outcome per sample, and samples");
        }
        this.x = x;
        this.y = y;
        this.inputs = x[0].length;
        int n = 0;
        for (boolean b : y) {
            n += b ? 1 : 0;
        }
        this.totalOfInterest = n;
    }

    /**
     * The peeling trajectory, from the whole space (step 0) to the last box.
     *
     * @param x the samples' inputs, x[sample][input]
     * @param y which samples are of interest
     */
    public static List<Box> peel(double[][] x, boolean[] y, double alpha, double minMass) {
        return new Prim(x, y).trajectory(alpha, minMass);
    }

    /**
     * The box of the trajectory with the best balance of coverage and density (their harmonic mean), the larger
     * box on a tie: the report's choice, where a reader would otherwise pick by eye from the trajectory.
     */
    public static Box chosen(List<Box> trajectory) {
        Box best = trajectory.get(0);
        for (Box b : trajectory) {
            if (b.balance() > best.balance() + 1e-12) {
                best = b;
            }
        }
        return best;
    }

    /**
     * The box with the limits the sample does not support dropped: while a limit's quasi-p-value is
     * {@code significance} or more, the limit with the largest is dropped and the others' are computed again
     * (Bryant and Lempert's advice: a box should restrict only the inputs that matter). The step stays the box's.
     */
    public static Box simplified(double[][] x, boolean[] y, Box box, double significance) {
        Prim prim = new Prim(x, y);
        List<Limit> limits = new ArrayList<>(box.limits());
        Box current = box;
        while (!limits.isEmpty()) {
            Limit worst = limits.stream().max(java.util.Comparator.comparingDouble(Limit::quasiP)).orElseThrow();
            if (worst.quasiP() < significance) {
                break;
            }
            limits.remove(worst);
            current = prim.within(box.step(), limits);
            limits = new ArrayList<>(current.limits());
        }
        return current;
    }

    /** The box of the given limits, its limits' quasi-p-values computed for it. */
    private Box within(int step, List<Limit> given) {
        double[] low = new double[inputs];
        double[] high = new double[inputs];
        Arrays.fill(low, Double.NEGATIVE_INFINITY);
        Arrays.fill(high, Double.POSITIVE_INFINITY);
        for (Limit l : given) {
            low[l.input()] = l.low();
            high[l.input()] = l.high();
        }
        boolean[] in = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            in[i] = true;
            for (int d = 0; d < inputs; d++) {
                in[i] &= x[i][d] >= low[d] && x[i][d] <= high[d];
            }
        }
        return box(step, in, low, high);
    }

    private List<Box> trajectory(double alpha, double minMass) {
        int n = x.length;
        int smallest = Math.max(1, (int) Math.ceil(minMass * n - 1e-9));
        double[] low = new double[inputs];
        double[] high = new double[inputs];
        Arrays.fill(low, Double.NEGATIVE_INFINITY);
        Arrays.fill(high, Double.POSITIVE_INFINITY);
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        List<Box> boxes = new ArrayList<>();
        boxes.add(box(0, in, low, high));
        while (totalOfInterest > 0 && boxes.get(boxes.size() - 1).density() < 1) {
            Peel best = null;
            for (int d = 0; d < inputs; d++) {
                for (boolean fromBelow : new boolean[] {true, false}) {
                    Peel p = peel(in, d, fromBelow, alpha);
                    if (p != null && p.kept >= smallest && (best == null || p.betterThan(best))) {
                        best = p;
                    }
                }
            }
            if (best == null) {
                break;
            }
            for (int i = 0; i < n; i++) {
                in[i] &= !best.cuts(x[i][best.input]);
            }
            if (best.fromBelow) {
                low[best.input] = best.limit;
            } else {
                high[best.input] = best.limit;
            }
            boxes.add(box(boxes.size(), in, low, high));
        }
        return boxes;
    }

    /** A candidate peel: the samples at or beyond {@code cut} on one side of one input leave the box. */
    private record Peel(int input, boolean fromBelow, double cut, double limit, int kept, double density) {
        boolean cuts(double value) {
            return fromBelow ? value <= cut : value >= cut;
        }

        /** Higher density first, then the gentler peel, then the earlier input and side (a fixed order). */
        boolean betterThan(Peel other) {
            if (density != other.density) {
                return density > other.density;
            }
            return kept > other.kept;
        }
    }

    private Peel peel(boolean[] in, int d, boolean fromBelow, double alpha) {
        double[] values = new double[x.length];
        int size = 0;
        for (int i = 0; i < x.length; i++) {
            if (in[i]) {
                values[size++] = x[i][d];
            }
        }
        Arrays.sort(values, 0, size);
        int m = Math.max(1, (int) Math.ceil(alpha * size - 1e-9));
        double cut = fromBelow ? values[m - 1] : values[size - m];
        int kept = 0;
        int ofInterest = 0;
        double nearest = fromBelow ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            double v = x[i][d];
            if (in[i] && (fromBelow ? v > cut : v < cut)) {
                kept++;
                ofInterest += y[i] ? 1 : 0;
                nearest = fromBelow ? Math.min(nearest, v) : Math.max(nearest, v);
            }
        }
        if (kept == 0) {
            return null; // every sample shares one value: nothing to cut
        }
        return new Peel(d, fromBelow, cut, (cut + nearest) / 2, kept, (double) ofInterest / kept);
    }

    private Box box(int step, boolean[] in, double[] low, double[] high) {
        int inside = 0;
        int ofInterest = 0;
        for (int i = 0; i < x.length; i++) {
            if (in[i]) {
                inside++;
                ofInterest += y[i] ? 1 : 0;
            }
        }
        List<Limit> limits = new ArrayList<>();
        for (int d = 0; d < inputs; d++) {
            if (low[d] > Double.NEGATIVE_INFINITY || high[d] < Double.POSITIVE_INFINITY) {
                limits.add(new Limit(d, low[d], high[d], quasiP(d, low, high, inside, ofInterest)));
            }
        }
        return new Box(step, inside, ofInterest, totalOfInterest == 0 ? Double.NaN : (double) ofInterest / totalOfInterest,
                (double) ofInterest / inside, (double) inside / x.length, limits);
    }

    /** P(at least ofInterest of inside are of interest) at the density of the box without input d's limits. */
    private double quasiP(int d, double[] low, double[] high, int inside, int ofInterest) {
        int without = 0;
        int withoutOfInterest = 0;
        for (int i = 0; i < x.length; i++) {
            boolean within = true;
            for (int e = 0; e < inputs && within; e++) {
                within = e == d || x[i][e] >= low[e] && x[i][e] <= high[e];
            }
            if (within) {
                without++;
                withoutOfInterest += y[i] ? 1 : 0;
            }
        }
        double p = (double) withoutOfInterest / without;
        if (p >= 1) {
            return 1;
        }
        return ofInterest == 0 ? 1 : 1 - new BinomialDistribution(null, inside, p).cumulativeProbability(ofInterest - 1);
    }
}
