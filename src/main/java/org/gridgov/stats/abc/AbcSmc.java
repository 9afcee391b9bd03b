package org.gridgov.stats.abc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.special.Erf;
import org.gridgov.stats.LatinHypercube;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (docs/ODD.md 12.3): the population Monte Carlo
 * sampler of Beaumont, Cornuet, Marin and Robert (2009), with each tolerance the {@code quantile} of the previous
 * population's distances (Drovandi and Pettitt 2011). The parameters live on the unit cube with a uniform prior;
 * the caller maps each coordinate to its range.
 *
 * <p>A particle's distance is the largest of |simulated - observed| / tolerance over the targets, so a distance
 * of 1 means every target lies within its tolerance: the search stops at a generation accepted at
 * {@code finalEpsilon}. A stochastic model's simulated value is a mean over replications, with an error of its own;
 * when the replications share their random numbers across particles (common random numbers), that error is one
 * offset shared by every particle, which moves the whole posterior, and the particles' own replications cannot
 * measure it (they all see the same draws). So before each generation the model measures its noise, the standard
 * error of a particle's mean, at the last population's median with replications of its own, and each tolerance is
 * widened to sqrt(tolerance^2 + (2 se)^2). The search has reached its targets when a population accepted at
 * {@code finalEpsilon} measures tolerances within 10% of those it was accepted at.
 *
 * <p>Generation 0 is a Latin hypercube of the prior. Each later generation proposes particles by
 * drawing one of the last population by weight and moving each coordinate by a normal step of twice the
 * population's weighted variance, truncated to [0, 1] (so the proposal density, and with it the importance weight
 * prior / proposal, is exact), and keeps the first {@code particles} proposals within the tolerance. Proposals
 * are simulated in batches; which are kept depends only on their order, never on how the batch was run.
 */
public final class AbcSmc {

    /**
     * How the search runs.
     *
     * @param particles     the population's size
     * @param maxGenerations generations after the prior's (generation 0)
     * @param quantile      each tolerance is this weighted quantile of the last population's distances
     * @param minAcceptance a generation stops when it would need more than particles / minAcceptance proposals
     * @param finalEpsilon  the tolerance at which the search has reached its targets (1: each within its own)
     * @param seed          seed of the proposals
     */
    public record Settings(int particles, int maxGenerations, double quantile, double minAcceptance,
            double finalEpsilon, long seed) {
        public Settings {
            if (particles < 2 || maxGenerations < 0 || !(quantile > 0 && quantile < 1)
                    || !(minAcceptance > 0 && minAcceptance <= 1) || !(finalEpsilon > 0)) {
                throw new IllegalArgumentException("bad ABC-SMC settings");
            }
        }

        /** The most proposals one generation may make. */
        public int budget() {
            return (int) Math.ceil(particles / minAcceptance);
        }
    }

    /** The model: simulated targets at parameter points, and the noise of a particle's simulated means. */
    public interface Model<X extends Exception> {
        /** Row i of the answer is point i's value of each target. */
        double[][] simulate(int generation, int batch, double[][] points) throws X, InterruptedException;

        /** Each target's standard error of a particle's simulated mean near {@code point}; 0 for an exact model. */
        double[] noise(int generation, double[] point) throws X, InterruptedException;
    }

    /** A model without noise, from its function of a batch of points. */
    public static <X extends Exception> Model<X> exact(int targets, Batch<X> batch) {
        return new Model<>() {
            @Override
            public double[][] simulate(int generation, int b, double[][] points) throws X, InterruptedException {
                return batch.simulate(points);
            }

            @Override
            public double[] noise(int generation, double[] point) {
                return new double[targets];
            }
        };
    }

    /** A batch's simulated values, point by point. */
    public interface Batch<X extends Exception> {
        double[][] simulate(double[][] points) throws X, InterruptedException;
    }

    /** Told of each batch before it is simulated and of each population when it is complete. */
    public interface Listener {
        void batch(int generation, int batch, int proposals, double epsilon);

        void population(Population population);
    }

    /** What became of a proposal. */
    public enum Fate {
        /** within the tolerance and among the first {@code particles} so: in the population */
        ACCEPTED,
        /** farther than the tolerance */
        REJECTED,
        /** within the tolerance, but proposed after the population was full */
        SURPLUS
    }

    /** One simulated proposal. */
    public record Particle(int generation, int batch, int proposal, double[] point, double[] simulated,
            double distance, Fate fate) {
    }

    /**
     * The accepted particles of one generation with their normalised importance weights.
     *
     * @param epsilon the multiple of the tolerances they were accepted at (infinite for generation 0)
     * @param noise each target's standard error of a particle's mean, measured before the generation
     * @param tolerances each target's tolerance, widened by that noise, that epsilon multiplies
     * @param proposed proposals simulated to fill it
     */
    public record Population(int generation, double epsilon, double[] noise, double[] tolerances,
            List<Particle> particles, double[] weights, int proposed) {

        /** The effective sample size (sum w)^2 / sum w^2. */
        public double ess() {
            double s = 0;
            for (double w : weights) {
                s += w * w;
            }
            return 1 / s;
        }

        public double acceptance() {
            return (double) particles.size() / proposed;
        }

        /** Coordinate {@code d} of every particle. */
        public double[] coordinate(int d) {
            return particles.stream().mapToDouble(p -> p.point()[d]).toArray();
        }

        /** Target {@code t}'s simulated value of every particle. */
        public double[] simulated(int t) {
            return particles.stream().mapToDouble(p -> p.simulated()[t]).toArray();
        }

        public double[] distances() {
            return particles.stream().mapToDouble(Particle::distance).toArray();
        }
    }

    /** Why the search ended. */
    public enum Stop {
        /** the last population was accepted at the final tolerance */
        REACHED,
        /** the generations allowed have run */
        GENERATIONS,
        /** a generation could not fill its population within the proposal budget; it was abandoned */
        ACCEPTANCE,
        /** the next tolerance would have been no smaller than the last: the distances no longer fall */
        STALLED
    }

    /**
     * The populations in order (the last is the posterior sample), every simulated proposal, and why it ended; the
     * noise was measured once before each generation and once after the last (populations + 1 times).
     */
    public record Result(List<Population> populations, List<Particle> evaluated, Stop stop) {
        public int noiseMeasurements() {
            return populations.size() + 1;
        }

        public Population last() {
            return populations.get(populations.size() - 1);
        }
    }

    /** A tolerance that falls by less than this share is no progress. */
    private static final double STALL = 0.99;

    private final Settings settings;
    private final double[] observed;
    private final double[] stated;
    private final int dimensions;

    /**
     * @param observed  each target's observed value
     * @param tolerance each target's tolerance, greater than 0
     */
    public AbcSmc(Settings settings, int dimensions, double[] observed, double[] tolerance) {
        if (dimensions < 1 || observed.length != tolerance.length || observed.length == 0) {
            throw new IllegalArgumentException("need parameters, and a tolerance for each target");
        }
        for (double t : tolerance) {
            if (!(t > 0)) {
                throw new IllegalArgumentException("tolerances must be positive");
            }
        }
        this.settings = settings;
        this.dimensions = dimensions;
        this.observed = observed.clone();
        this.stated = tolerance.clone();
    }

    /** The largest |simulated - observed| / tolerance; infinite when a target could not be computed. */
    public double distance(double[] simulated, double[] tolerance) {
        double d = 0;
        for (int t = 0; t < observed.length; t++) {
            double z = Math.abs(simulated[t] - observed[t]) / tolerance[t];
            if (Double.isNaN(z)) {
                return Double.POSITIVE_INFINITY;
            }
            d = Math.max(d, z);
        }
        return d;
    }

    public <X extends Exception> Result run(Model<X> model, Listener listener) throws X, InterruptedException {
        MersenneTwisterFast random = new MersenneTwisterFast(settings.seed());
        List<Particle> evaluated = new ArrayList<>();
        List<Population> populations = new ArrayList<>();
        int n = settings.particles();

        double[] centre = new double[dimensions];
        Arrays.fill(centre, 0.5);
        double[] noise = model.noise(0, centre);
        double[] tolerances = widened(noise);
        double[][] prior = LatinHypercube.unit(dimensions, n, random);
        listener.batch(0, 0, n, Double.POSITIVE_INFINITY);
        double[][] sims = model.simulate(0, 0, prior);
        List<Particle> first = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Particle p = new Particle(0, 0, i, prior[i], sims[i], distance(sims[i], tolerances), Fate.ACCEPTED);
            first.add(p);
            evaluated.add(p);
        }
        double[] equal = new double[n];
        Arrays.fill(equal, 1.0 / n);
        Population last = new Population(0, Double.POSITIVE_INFINITY, noise, tolerances, first, equal, n);
        populations.add(last);
        listener.population(last);

        for (int g = 1; ; g++) {
            // The noise where the last population lies sets this generation's tolerances.
            double[] measured = model.noise(g, medians(last));
            double[] next = widened(measured);
            if (last.epsilon() <= settings.finalEpsilon() && close(next, last.tolerances())) {
                return new Result(populations, evaluated, Stop.REACHED);
            }
            if (g > settings.maxGenerations()) {
                return new Result(populations, evaluated, Stop.GENERATIONS);
            }
            double[] distances = last.particles().stream().mapToDouble(p -> distance(p.simulated(), next)).toArray();
            double epsilon = Math.max(settings.finalEpsilon(), weightedQuantile(distances, last.weights(),
                    settings.quantile()));
            if (Double.isInfinite(epsilon)
                    || epsilon > settings.finalEpsilon() && epsilon >= STALL * Arrays.stream(distances).max().orElse(0)) {
                return new Result(populations, evaluated, Stop.STALLED);
            }
            Population population = generation(g, epsilon, measured, next, last, model, listener, random, evaluated);
            if (population == null) {
                return new Result(populations, evaluated, Stop.ACCEPTANCE);
            }
            populations.add(population);
            listener.population(population);
            last = population;
        }
    }

    /** Each coordinate's weighted median over a population. */
    public static double[] medians(Population p) {
        double[] m = new double[p.particles().get(0).point().length];
        for (int d = 0; d < m.length; d++) {
            m[d] = weightedQuantile(p.coordinate(d), p.weights(), 0.5);
        }
        return m;
    }

    /**
     * Whether tolerances measured at a population accepted at the final tolerance agree, within 10%, with those
     * it was accepted at; if not, it was accepted at the noise of a population less like the posterior.
     */
    private static boolean close(double[] now, double[] before) {
        for (int t = 0; t < now.length; t++) {
            if (Math.abs(now[t] / before[t] - 1) > 0.1) {
                return false;
            }
        }
        return true;
    }

    /** Each stated tolerance widened by twice the standard error of a particle's mean; NaN noise counts as 0. */
    private double[] widened(double[] noise) {
        double[] out = new double[stated.length];
        for (int t = 0; t < stated.length; t++) {
            double se = Double.isFinite(noise[t]) ? noise[t] : 0;
            out[t] = Math.sqrt(stated[t] * stated[t] + 4 * se * se);
        }
        return out;
    }

    /** One generation at {@code epsilon}, or null when its proposal budget runs out first. */
    private <X extends Exception> Population generation(int g, double epsilon, double[] noise, double[] tolerances,
            Population last, Model<X> model, Listener listener, MersenneTwisterFast random, List<Particle> evaluated)
            throws X, InterruptedException {
        int n = settings.particles();
        double[] sigma = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            sigma[d] = Math.max(1e-6, Math.sqrt(2 * weightedVariance(last.coordinate(d), last.weights())));
        }
        double[] cumulative = cumulative(last.weights());
        List<Particle> accepted = new ArrayList<>();
        int proposed = 0;
        // The first batch expects the last generation's acceptance (the quantile kept, after the prior's, which
        // accepted all); later batches this generation's so far.
        double expected = Math.max(settings.minAcceptance(), g == 1 ? settings.quantile() : last.acceptance());
        for (int batch = 0; accepted.size() < n; batch++) {
            int left = settings.budget() - proposed;
            if (left <= 0) {
                return null;
            }
            // At least a fifth of a population a batch: each batch waits for its slowest run.
            int size = Math.min(left, Math.max(Math.max(n - accepted.size(), (n + 4) / 5),
                    (int) Math.ceil(1.1 * (n - accepted.size()) / expected)));
            double[][] points = new double[size][];
            for (int i = 0; i < size; i++) {
                points[i] = propose(last, cumulative, sigma, random);
            }
            listener.batch(g, batch, size, epsilon);
            double[][] sims = model.simulate(g, batch, points);
            for (int i = 0; i < size; i++) {
                double d = distance(sims[i], tolerances);
                Fate fate = d > epsilon ? Fate.REJECTED : accepted.size() < n ? Fate.ACCEPTED : Fate.SURPLUS;
                Particle p = new Particle(g, batch, proposed + i, points[i], sims[i], d, fate);
                evaluated.add(p);
                if (fate == Fate.ACCEPTED) {
                    accepted.add(p);
                }
            }
            proposed += size;
            expected = Math.max(settings.minAcceptance(), (double) accepted.size() / proposed);
        }
        double[] weights = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = 1 / proposalDensity(accepted.get(i).point(), last, sigma); // a uniform prior's density is 1
            total += weights[i];
        }
        for (int i = 0; i < n; i++) {
            weights[i] /= total;
        }
        // The population ends with its last accepted proposal: those after it were surplus.
        int lastAccepted = accepted.get(n - 1).proposal();
        int used = (int) evaluated.stream().filter(p -> p.generation() == g && p.proposal() <= lastAccepted).count();
        return new Population(g, epsilon, noise, tolerances, accepted, weights, used);
    }

    private double[] propose(Population last, double[] cumulative, double[] sigma, MersenneTwisterFast random) {
        int j = Arrays.binarySearch(cumulative, random.nextDouble());
        j = Math.min(last.particles().size() - 1, j < 0 ? -j - 1 : j);
        double[] from = last.particles().get(j).point();
        double[] to = new double[dimensions];
        for (int d = 0; d < dimensions; d++) {
            to[d] = truncatedNormal(from[d], sigma[d], random.nextDouble());
        }
        return to;
    }

    /** The mixture of truncated normal kernels around the last population, at {@code x}. */
    private double proposalDensity(double[] x, Population last, double[] sigma) {
        double sum = 0;
        for (int j = 0; j < last.particles().size(); j++) {
            double[] c = last.particles().get(j).point();
            double k = last.weights()[j];
            for (int d = 0; d < dimensions && k > 0; d++) {
                k *= truncatedNormalDensity(x[d], c[d], sigma[d]);
            }
            sum += k;
        }
        return sum;
    }

    /** The u-quantile of a normal(mean, sigma) truncated to [0, 1], by inversion. */
    static double truncatedNormal(double mean, double sigma, double u) {
        double lo = phi((0 - mean) / sigma);
        double hi = phi((1 - mean) / sigma);
        double p = lo + u * (hi - lo);
        double x = mean + sigma * Math.sqrt(2) * Erf.erfInv(2 * p - 1);
        return Math.max(0, Math.min(1, x));
    }

    static double truncatedNormalDensity(double x, double mean, double sigma) {
        double z = (x - mean) / sigma;
        double mass = phi((1 - mean) / sigma) - phi((0 - mean) / sigma);
        return Math.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI) * mass);
    }

    private static double phi(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }


    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i];
            c[i] = s;
        }
        return c;
    }

    /** The smallest value whose cumulative weight reaches {@code q}. */
    public static double weightedQuantile(double[] values, double[] weights, double q) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = Arrays.stream(weights).sum();
        double c = 0;
        for (int i : order) {
            c += weights[i];
            if (c >= q * total * (1 - 1e-12)) {
                return values[i];
            }
        }
        return values[order[order.length - 1]];
    }

    public static double weightedMean(double[] values, double[] weights) {
        double s = 0;
        double w = 0;
        for (int i = 0; i < values.length; i++) {
            s += weights[i] * values[i];
            w += weights[i];
        }
        return s / w;
    }

    public static double weightedVariance(double[] values, double[] weights) {
        double m = weightedMean(values, weights);
        double s = 0;
        double w = 0;
        for (int i = 0; i < values.length; i++) {
            s += weights[i] * (values[i] - m) * (values[i] - m);
            w += weights[i];
        }
        return s / w;
    }
}
