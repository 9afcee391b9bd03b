package org.gridgov.rng;

import ec.util.MersenneTwisterFast;

/**
 * Turns uniforms into variates. Everything is by inversion of one uniform where the distribution allows it, so a
 * larger uniform always gives a larger value and common random numbers keep their effect across scenarios; the
 * gamma, which has no cheap inverse, uses a fixed block of draw indices instead. Stateless.
 */
public final class Draws {

    /**
     * Draw indices reserved by one keyed gamma variate: {@code firstDraw .. firstDraw + GAMMA_DRAWS - 1}. Index
     * {@code firstDraw} is the shape-boost uniform, then each Marsaglia-Tsang attempt uses two indices.
     */
    public static final int GAMMA_DRAWS = 64;

    private static final int GAMMA_ATTEMPTS = (GAMMA_DRAWS - 1) / 2;

    private Draws() {
    }

    /** Exponential with the given mean (>= 0), by inversion: -mean * ln(1 - u). */
    public static double exponential(double u, double mean) {
        checkUniform(u);
        if (!(mean >= 0 && mean < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("mean must be finite and >= 0: " + mean);
        }
        return -mean * Math.log1p(-u);
    }

    /**
     * The inverse standard normal CDF, by Wichura's algorithm AS 241 (PPND16), relative accuracy about 1e-16:
     * M. J. Wichura (1988), "Algorithm AS 241: The percentage points of the normal distribution",
     * Applied Statistics 37(3), 477-484. Rational approximations in q = u - 0.5 near the centre and in
     * r = sqrt(-ln(min(u, 1-u))) in the tails.
     */
    public static double normal(double u) {
        checkUniform(u);
        double q = u - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * (((((((2.5090809287301226727e3 * r + 3.3430575583588128105e4) * r
                    + 6.7265770927008700853e4) * r + 4.5921953931549871457e4) * r
                    + 1.3731693765509461125e4) * r + 1.9715909503065514427e3) * r
                    + 1.3314166789178437745e2) * r + 3.3871328727963666080e0)
                    / (((((((5.2264952788528545610e3 * r + 2.8729085735721942674e4) * r
                    + 3.9307895800092710610e4) * r + 2.1213794301586595867e4) * r
                    + 5.3941960214247511077e3) * r + 6.8718700749205790830e2) * r
                    + 4.2313330701600911252e1) * r + 1.0);
        }
        // 1 - u is exact for u >= 0.5, so the upper tail loses nothing by the subtraction.
        double r = Math.sqrt(-Math.log(q < 0 ? u : 1 - u));
        double x;
        if (r <= 5) {
            r -= 1.6;
            x = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
                    + 2.41780725177450611770e-1) * r + 1.27045825245236838258e0) * r
                    + 3.64784832476320460504e0) * r + 5.76949722146069140550e0) * r
                    + 4.63033784615654529590e0) * r + 1.42343711074968357734e0)
                    / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
                    + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
                    + 6.89767334985100004550e-1) * r + 1.67638483018380384940e0) * r
                    + 2.05319162663775882187e0) * r + 1.0);
        } else {
            r -= 5;
            x = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                    + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
                    + 2.96560571828504891230e-1) * r + 1.78482653991729133580e0) * r
                    + 5.46378491116411436990e0) * r + 6.65790464350110377720e0)
                    / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
                    + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
                    + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                    + 5.99832206555887937690e-1) * r + 1.0);
        }
        return q < 0 ? -x : x;
    }

    /**
     * Lognormal given the mean and standard deviation of the lognormal itself (not of its logarithm), by
     * inversion: sigma^2 = ln(1 + (sd/mean)^2), mu = ln(mean) - sigma^2 / 2. {@code sd = 0} gives {@code mean}.
     */
    public static double lognormalFromMeanSd(double u, double mean, double sd) {
        checkUniform(u);
        checkMeanSd(mean, sd);
        if (sd == 0) {
            return mean;
        }
        double cv = sd / mean;
        double sigma2 = Math.log1p(cv * cv);
        return mean * Math.exp(Math.sqrt(sigma2) * normal(u) - 0.5 * sigma2);
    }

    /**
     * Number of Bernoulli(p) trials up to and including the first success (1, 2, ...), by inversion:
     * the smallest n with 1 - (1-p)^n >= u. {@code p = 1} gives 1; {@code p <= 0} gives {@link Long#MAX_VALUE},
     * meaning never.
     */
    public static long geometricTrials(double u, double p) {
        checkUniform(u);
        if (!(p <= 1)) {
            throw new IllegalArgumentException("p must be <= 1: " + p);
        }
        if (p >= 1) {
            return 1;
        }
        if (p <= 0) {
            return Long.MAX_VALUE;
        }
        // Both logarithms are negative; the cast saturates at Long.MAX_VALUE for tiny p.
        return Math.max(1, (long) Math.ceil(Math.log1p(-u) / Math.log1p(-p)));
    }

    /**
     * Gamma with the given mean and standard deviation (shape (mean/sd)^2, scale sd^2/mean), from draws
     * {@code firstDraw .. firstDraw + GAMMA_DRAWS - 1} of {@code entity} in {@code stream}; give the next variate
     * of the same entity a {@code firstDraw} at least {@link #GAMMA_DRAWS} further on. Marsaglia and Tsang's
     * method accepts an attempt with probability 0.95 at shape 1 (measured 0.9515; higher above), so the 31 attempts of
     * the block all fail with probability below 1e-40; if they do, the result is the mean, deterministically.
     * {@code sd = 0} gives {@code mean}.
     */
    public static double gammaFromMeanSd(KeyedStream stream, long entity, int firstDraw, double mean, double sd) {
        checkMeanSd(mean, sd);
        if (firstDraw < 0 || firstDraw > Integer.MAX_VALUE - (GAMMA_DRAWS - 1)) {
            throw new IllegalArgumentException("firstDraw must be in [0, 2^31 - " + GAMMA_DRAWS + "]: " + firstDraw);
        }
        if (sd == 0) {
            return mean;
        }
        double shape = (mean / sd) * (mean / sd);
        double scale = sd * sd / mean;
        double d = (shape < 1 ? shape + 1 : shape) - 1.0 / 3.0;
        double c = 1 / Math.sqrt(9 * d);
        for (int i = 0; i < GAMMA_ATTEMPTS; i++) {
            int draw = firstDraw + 1 + 2 * i;
            double g = marsagliaTsang(d, c, stream.uniform(entity, draw), stream.uniform(entity, draw + 1));
            if (g > 0) {
                return scale * (shape < 1 ? boost(g, shape, stream.uniform(entity, firstDraw)) : g);
            }
        }
        return mean;
    }

    /** As {@link #gammaFromMeanSd(KeyedStream, long, int, double, double)}, drawing from {@code rng} as needed. */
    public static double gammaFromMeanSd(MersenneTwisterFast rng, double mean, double sd) {
        checkMeanSd(mean, sd);
        if (sd == 0) {
            return mean;
        }
        double shape = (mean / sd) * (mean / sd);
        double scale = sd * sd / mean;
        double d = (shape < 1 ? shape + 1 : shape) - 1.0 / 3.0;
        double c = 1 / Math.sqrt(9 * d);
        double g;
        do {
            g = marsagliaTsang(d, c, rng.nextDouble(false, false), rng.nextDouble(false, false));
        } while (!(g > 0));
        return scale * (shape < 1 ? boost(g, shape, rng.nextDouble(false, false)) : g);
    }

    /**
     * One attempt of G. Marsaglia and W. W. Tsang (2000), "A simple method for generating gamma variables",
     * ACM Transactions on Mathematical Software 26(3), 363-372, for shape d + 1/3 >= 1; the normal comes from
     * {@code u1} by inversion. Returns the variate, or 0 when the attempt is rejected.
     */
    private static double marsagliaTsang(double d, double c, double u1, double u2) {
        double x = normal(u1);
        double t = 1 + c * x;
        if (t <= 0) {
            return 0;
        }
        double v = t * t * t;
        double x2 = x * x;
        if (u2 < 1 - 0.0331 * x2 * x2 || Math.log(u2) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
            return d * v;
        }
        return 0;
    }

    /** Shape below 1: a Gamma(shape + 1) variate times u^(1/shape) is Gamma(shape) (Marsaglia and Tsang 2000). */
    private static double boost(double g, double shape, double u) {
        return g * Math.pow(u, 1 / shape);
    }

    private static void checkMeanSd(double mean, double sd) {
        if (!(mean > 0 && mean < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("mean must be finite and > 0: " + mean);
        }
        if (!(sd >= 0 && sd < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("sd must be finite and >= 0: " + sd);
        }
    }

    private static void checkUniform(double u) {
        if (!(u > 0 && u < 1)) {
            throw new IllegalArgumentException("u must be in the open interval (0, 1): " + u);
        }
    }
}
