package org.gridgov.stats.robustness;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.stats.Proportion;
import org.gridgov.stats.Stats;

/**
 * How options compare over a sample of uncertain futures, on one outcome (docs/ODD.md 12.2). In each future the
 * options were run with common random numbers, so an option's effect (its value minus the reference's) is
 * paired future by future.
 *
 * <ul>
 * <li>better and worse: the share of futures in which the option beats the reference by at least the practical
 * margin, or falls behind by as much, with Wilson intervals; the rest are practically no different;</li>
 * <li>the effect's distribution over the futures: mean and quantiles;</li>
 * <li>regret: in each future, how far the option falls short of the best option of that future; its mean and its
 * maximum (the minimax-regret criterion of Savage);</li>
 * <li>first: the share of futures in which the option is the best (tied options each count).</li>
 * </ul>
 * Futures where any option's outcome is undefined (NaN) are left out and {@link #futures} counts the rest.
 *
 * @param futures the futures used
 * @param options one entry per option, in the caller's order
 */
public record Robustness(int futures, List<Option> options) {
    /** The effect quantiles reported: 5%, 25%, median, 75%, 95%. */
    public static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};

    /**
     * One option's standing. For the reference, and for every option of an outcome with no better direction,
     * better, worse, regret and first are null or NaN: there is nothing to beat or to rank.
     *
     * @param effects the option's effect in each future used, in the outcome's units (not oriented)
     * @param quantiles the effect at {@link #QUANTILES}
     */
    public record Option(double[] effects, double meanEffect, double[] quantiles, Proportion better, Proportion worse,
            double meanRegret, double maxRegret, Proportion first) {
    }

    public Robustness {
        options = List.copyOf(options);
    }

    /**
     * @param value value[future][option]
     * @param reference the option the others are measured against
     * @param direction +1 where higher is better, -1 where lower is, 0 where neither
     * @param margin the smallest difference that counts as better or worse (&gt; 0)
     * @param level the intervals' level, e.g. 0.95
     */
    public static Robustness of(double[][] value, int reference, int direction, double margin, double level) {
        List<double[]> used = new ArrayList<>();
        for (double[] future : value) {
            boolean defined = true;
            for (double v : future) {
                defined &= Double.isFinite(v);
            }
            if (defined) {
                used.add(future);
            }
        }
        int n = used.size();
        int k = value.length == 0 ? 0 : value[0].length;
        double[] best = new double[n];
        for (int s = 0; s < n; s++) {
            best[s] = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                best[s] = Math.max(best[s], direction * used.get(s)[j]);
            }
        }
        List<Option> options = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double[] effect = new double[n];
            int better = 0;
            int worse = 0;
            int first = 0;
            double regretSum = 0;
            double regretMax = n == 0 ? Double.NaN : 0;
            for (int s = 0; s < n; s++) {
                double[] future = used.get(s);
                effect[s] = future[j] - future[reference];
                double gain = direction * effect[s];
                better += gain >= margin ? 1 : 0;
                worse += gain <= -margin ? 1 : 0;
                double regret = best[s] - direction * future[j];
                regretSum += regret;
                regretMax = Math.max(regretMax, regret);
                first += regret == 0 ? 1 : 0;
            }
            double[] quantiles = new double[QUANTILES.length];
            for (int q = 0; q < quantiles.length; q++) {
                quantiles[q] = Stats.quantile(effect.clone(), n, QUANTILES[q]);
            }
            boolean ranked = direction != 0;
            boolean compared = ranked && j != reference;
            options.add(new Option(effect, n == 0 ? Double.NaN : Stats.mean(effect, n), quantiles,
                    compared ? Proportion.wilson(better, n, level) : null,
                    compared ? Proportion.wilson(worse, n, level) : null,
                    ranked && n > 0 ? regretSum / n : Double.NaN, ranked ? regretMax : Double.NaN,
                    ranked ? Proportion.wilson(first, n, level) : null));
        }
        return new Robustness(n, options);
    }
}
