package org.gridgov.stats.moea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.gridgov.stats.LatinHypercube;

/**
 * NSGA-II (Deb, Pratap, Agarwal and Meyarivan 2002) on the unit cube, for noisy objectives (docs/ODD.md 12.4): all
 * objectives are minimised; constraints are handled by Deb's constrained domination (a feasible candidate beats an
 * infeasible one, two infeasible ones compare by their violation). Offspring come from binary tournaments on rank
 * and crowding distance, simulated binary crossover and polynomial mutation. The first population holds the warm
 * start's points, the cube's two corners (every variable at 0, every one at 1) and a Latin hypercube.
 *
 * <p>Noise: the model evaluates a candidate with replications; every {@code reevaluateEvery} generations the first
 * front of the population is evaluated again with more replications and its means replace the old ones, so that a
 * candidate lucky in its first replications does not stay in the front on luck (the model decides how many more).
 * Candidates are evaluated in batches, one a generation; the search's course depends only on the seed and the
 * results, never on how a batch was run.
 */
public final class Nsga2 {

    /**
     * How the search runs.
     *
     * @param reevaluateEvery every so many generations the first front is evaluated again; 0 never
     */
    public record Settings(int population, int generations, int reevaluateEvery, long seed) {
        public Settings {
            if (population < 4 || generations < 0 || reevaluateEvery < 0) {
                throw new IllegalArgumentException("bad NSGA-II settings");
            }
        }
    }

    /** A point of the cube and what the model made of it; the model sets the objectives and the violation. */
    public static final class Candidate {
        private final int id;
        private final int born;
        private final double[] point;
        private double[] objectives;
        private double violation;
        private int evaluations;

        public Candidate(int id, int born, double[] point) {
            this.id = id;
            this.born = born;
            this.point = point;
        }

        /** Its number, in order of creation. */
        public int id() {
            return id;
        }

        /** The generation that created it. */
        public int born() {
            return born;
        }

        public double[] point() {
            return point.clone();
        }

        /** Its objectives' means so far, each to minimise. */
        public double[] objectives() {
            return objectives.clone();
        }

        /** How far it is from meeting the constraints (0: feasible). */
        public double violation() {
            return violation;
        }

        /** How many times the model evaluated it (1, then 2 after a re-evaluation, ...). */
        public int evaluations() {
            return evaluations;
        }

        public boolean feasible() {
            return violation <= 0;
        }

        /** Sets the objectives' means and the violation; NaN objectives count as infinitely bad. */
        public void set(double[] objectives, double violation) {
            this.objectives = new double[objectives.length];
            for (int i = 0; i < objectives.length; i++) {
                this.objectives[i] = Double.isNaN(objectives[i]) ? Double.POSITIVE_INFINITY : objectives[i];
            }
            this.violation = Math.max(0, violation);
            this.evaluations++;
        }
    }

    /** Evaluates candidates: for each, calls {@link Candidate#set}. */
    public interface Model<X extends Exception> {
        /**
         * @param batch names the batch, e.g. {@code g03} or {@code g03-again}; {@code again} is true when the
         *              candidates were evaluated before and are to be evaluated further
         */
        void evaluate(String batch, List<Candidate> candidates, boolean again) throws X, InterruptedException;
    }

    /** Told of each generation's population once it is chosen. */
    public interface Listener {
        void generation(int generation, List<Candidate> population, int evaluated);
    }

    /**
     * What the search found.
     *
     * @param fronts each generation's first front (its non-dominated candidates), from generation 0
     * @param evaluated every candidate, in order of creation
     */
    public record Result(List<List<Candidate>> fronts, List<Candidate> evaluated, List<Candidate> population) {
    }

    private static final double CROSSOVER_RATE = 0.9;
    private static final double CROSSOVER_ETA = 15;
    private static final double MUTATION_ETA = 20;

    private final Settings settings;
    private final int dimensions;

    public Nsga2(Settings settings, int dimensions) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("need a variable");
        }
        this.settings = settings;
        this.dimensions = dimensions;
    }

    /**
     * Runs the search.
     *
     * @param start points to put in the first population (a warm start from an earlier front), at most the
     *              population; each of {@code dimensions} coordinates in [0, 1]
     */
    public <X extends Exception> Result run(List<double[]> start, Model<X> model, Listener listener)
            throws X, InterruptedException {
        MersenneTwisterFast random = new MersenneTwisterFast(settings.seed());
        int n = settings.population();
        List<Candidate> all = new ArrayList<>();
        List<double[]> first = new ArrayList<>();
        for (double[] p : start.subList(0, Math.min(start.size(), n))) {
            first.add(p.clone());
        }
        if (first.size() < n) {
            first.add(filled(0));
        }
        if (first.size() < n) {
            first.add(filled(1));
        }
        double[][] lhs = LatinHypercube.unit(dimensions, n - first.size(), random);
        first.addAll(Arrays.asList(lhs));
        List<Candidate> population = new ArrayList<>();
        for (double[] p : first) {
            Candidate c = new Candidate(all.size(), 0, p);
            all.add(c);
            population.add(c);
        }
        model.evaluate("g00", population, false);
        List<List<Candidate>> fronts = new ArrayList<>();
        population = select(population, n);
        fronts.add(front(population));
        listener.generation(0, population, all.size());
        for (int g = 1; g <= settings.generations(); g++) {
            if (settings.reevaluateEvery() > 0 && g % settings.reevaluateEvery() == 0) {
                model.evaluate(String.format("g%02d-again", g), front(population), true);
                population = select(population, n);
            }
            List<Candidate> children = offspring(population, g, all, random);
            model.evaluate(String.format("g%02d", g), children, false);
            List<Candidate> union = new ArrayList<>(population);
            union.addAll(children);
            population = select(union, n);
            fronts.add(front(population));
            listener.generation(g, population, all.size());
        }
        return new Result(fronts, all, population);
    }

    private double[] filled(double value) {
        double[] p = new double[dimensions];
        Arrays.fill(p, value);
        return p;
    }

    // ---- selection

    /**
     * At most n of a front: all of them, or, when there are more, those crowding distance keeps (the extremes
     * first), in id order.
     */
    public static List<Candidate> reduce(List<Candidate> front, int n) {
        return select(front, n).stream().sorted(Comparator.comparingInt(Candidate::id)).toList();
    }

    /** The n best of the candidates: whole fronts in rank order, the last one cut by crowding distance. */
    private static List<Candidate> select(List<Candidate> candidates, int n) {
        List<Candidate> kept = new ArrayList<>();
        for (List<Candidate> front : sort(candidates)) {
            if (kept.size() + front.size() <= n) {
                kept.addAll(front);
            } else {
                double[] crowding = crowding(front);
                Integer[] order = new Integer[front.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                // Most crowded last; ties by id, so the choice never depends on anything but the candidates.
                Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -crowding[i])
                        .thenComparingInt(i -> front.get(i).id()));
                for (int i = 0; kept.size() < n; i++) {
                    kept.add(front.get(order[i]));
                }
            }
            if (kept.size() == n) {
                break;
            }
        }
        return kept;
    }

    /** The candidates no other of them dominates, in id order. */
    public static List<Candidate> front(List<Candidate> candidates) {
        return sort(candidates).get(0).stream().sorted(Comparator.comparingInt(Candidate::id)).toList();
    }

    /** Fast non-dominated sorting under constrained domination: the fronts, best first, each in input order. */
    static List<List<Candidate>> sort(List<Candidate> candidates) {
        int m = candidates.size();
        int[] dominatedBy = new int[m];
        List<List<Integer>> dominates = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            dominates.add(new ArrayList<>());
        }
        for (int i = 0; i < m; i++) {
            for (int j = i + 1; j < m; j++) {
                int d = compare(candidates.get(i), candidates.get(j));
                if (d < 0) {
                    dominates.get(i).add(j);
                    dominatedBy[j]++;
                } else if (d > 0) {
                    dominates.get(j).add(i);
                    dominatedBy[i]++;
                }
            }
        }
        List<List<Candidate>> fronts = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (dominatedBy[i] == 0) {
                current.add(i);
            }
        }
        while (!current.isEmpty()) {
            fronts.add(current.stream().map(candidates::get).toList());
            List<Integer> next = new ArrayList<>();
            for (int i : current) {
                for (int j : dominates.get(i)) {
                    if (--dominatedBy[j] == 0) {
                        next.add(j);
                    }
                }
            }
            next.sort(null);
            current = next;
        }
        return fronts;
    }

    /** Constrained domination: -1 if a dominates b, 1 if b dominates a, 0 if neither. */
    public static int compare(Candidate a, Candidate b) {
        if (a.feasible() != b.feasible()) {
            return a.feasible() ? -1 : 1;
        }
        if (!a.feasible()) {
            return Double.compare(a.violation(), b.violation());
        }
        return dominance(a.objectives, b.objectives);
    }

    /** Pareto dominance for minimisation: -1 if x dominates y, 1 if y dominates x, 0 if neither. */
    public static int dominance(double[] x, double[] y) {
        boolean xBetter = false;
        boolean yBetter = false;
        for (int k = 0; k < x.length; k++) {
            if (x[k] < y[k]) {
                xBetter = true;
            } else if (y[k] < x[k]) {
                yBetter = true;
            }
        }
        return xBetter == yBetter ? 0 : xBetter ? -1 : 1;
    }

    /** Crowding distance of each candidate of a front; the extremes of each objective are infinitely far. */
    static double[] crowding(List<Candidate> front) {
        int m = front.size();
        double[] d = new double[m];
        if (m == 0) {
            return d;
        }
        int objectives = front.get(0).objectives.length;
        Integer[] order = new Integer[m];
        for (int k = 0; k < objectives; k++) {
            final int obj = k;
            for (int i = 0; i < m; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> front.get(i).objectives[obj])
                    .thenComparingInt(i -> front.get(i).id()));
            double lo = front.get(order[0]).objectives[obj];
            double hi = front.get(order[m - 1]).objectives[obj];
            d[order[0]] = Double.POSITIVE_INFINITY;
            d[order[m - 1]] = Double.POSITIVE_INFINITY;
            if (hi > lo && Double.isFinite(hi - lo)) {
                for (int i = 1; i < m - 1; i++) {
                    d[order[i]] += (front.get(order[i + 1]).objectives[obj] - front.get(order[i - 1]).objectives[obj])
                            / (hi - lo);
                }
            }
        }
        return d;
    }

    // ---- variation

    private List<Candidate> offspring(List<Candidate> population, int generation, List<Candidate> all,
            MersenneTwisterFast random) {
        List<List<Candidate>> fronts = sort(population);
        int[] rank = new int[all.size()];
        double[] crowding = new double[all.size()];
        for (int r = 0; r < fronts.size(); r++) {
            double[] c = crowding(fronts.get(r));
            for (int i = 0; i < fronts.get(r).size(); i++) {
                rank[fronts.get(r).get(i).id()] = r;
                crowding[fronts.get(r).get(i).id()] = c[i];
            }
        }
        List<Candidate> children = new ArrayList<>();
        while (children.size() < population.size()) {
            double[] a = tournament(population, rank, crowding, random).point;
            double[] b = tournament(population, rank, crowding, random).point;
            double[][] pair = crossover(a, b, random);
            for (double[] child : pair) {
                if (children.size() < population.size()) {
                    mutate(child, random);
                    Candidate c = new Candidate(all.size(), generation, child);
                    all.add(c);
                    children.add(c);
                }
            }
        }
        return children;
    }

    private static Candidate tournament(List<Candidate> population, int[] rank, double[] crowding,
            MersenneTwisterFast random) {
        Candidate a = population.get(random.nextInt(population.size()));
        Candidate b = population.get(random.nextInt(population.size()));
        if (rank[a.id()] != rank[b.id()]) {
            return rank[a.id()] < rank[b.id()] ? a : b;
        }
        if (crowding[a.id()] != crowding[b.id()]) {
            return crowding[a.id()] > crowding[b.id()] ? a : b;
        }
        return a.id() < b.id() ? a : b;
    }

    /** Simulated binary crossover (Deb and Agrawal 1995) within [0, 1], variable by variable. */
    private double[][] crossover(double[] a, double[] b, MersenneTwisterFast random) {
        double[] c1 = a.clone();
        double[] c2 = b.clone();
        if (random.nextDouble() < CROSSOVER_RATE) {
            for (int i = 0; i < dimensions; i++) {
                if (random.nextDouble() <= 0.5 && Math.abs(a[i] - b[i]) > 1e-14) {
                    double y1 = Math.min(a[i], b[i]);
                    double y2 = Math.max(a[i], b[i]);
                    double u = random.nextDouble();
                    double lower = spread(u, 1 + 2 * y1 / (y2 - y1));
                    double upper = spread(u, 1 + 2 * (1 - y2) / (y2 - y1));
                    double x1 = clamp(0.5 * (y1 + y2 - lower * (y2 - y1)));
                    double x2 = clamp(0.5 * (y1 + y2 + upper * (y2 - y1)));
                    boolean swap = random.nextBoolean();
                    c1[i] = swap ? x2 : x1;
                    c2[i] = swap ? x1 : x2;
                }
            }
        }
        return new double[][] {c1, c2};
    }

    /** SBX's spread factor for a uniform u, bounded so that the child stays inside the range. */
    private static double spread(double u, double beta) {
        double alpha = 2 - Math.pow(beta, -(CROSSOVER_ETA + 1));
        return u <= 1 / alpha ? Math.pow(u * alpha, 1 / (CROSSOVER_ETA + 1))
                : Math.pow(1 / (2 - u * alpha), 1 / (CROSSOVER_ETA + 1));
    }

    /** Polynomial mutation (Deb and Goyal 1996), each variable with probability 1 / dimensions. */
    private void mutate(double[] x, MersenneTwisterFast random) {
        for (int i = 0; i < dimensions; i++) {
            if (random.nextDouble() < 1.0 / dimensions) {
                double u = random.nextDouble();
                double delta1 = x[i];
                double delta2 = 1 - x[i];
                double power = 1 / (MUTATION_ETA + 1);
                double dq;
                if (u < 0.5) {
                    double v = 2 * u + (1 - 2 * u) * Math.pow(1 - delta1, MUTATION_ETA + 1);
                    dq = Math.pow(v, power) - 1;
                } else {
                    double v = 2 * (1 - u) + 2 * (u - 0.5) * Math.pow(1 - delta2, MUTATION_ETA + 1);
                    dq = 1 - Math.pow(v, power);
                }
                x[i] = clamp(x[i] + dq);
            }
        }
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
