package org.gridgov.calibration;

import org.gridgov.report.Num;
import org.gridgov.text.Texts;

/**
 * An observed figure a calibration fits (docs/ODD.md 12.3): a metric of a run, its observed value and how far a
 * simulated mean may lie from it. A standard error s counts as a tolerance of 2 s: about 95% of observations lie
 * so close to the truth.
 *
 * @param tolerance the largest |simulated mean - observed| that still fits, greater than 0
 * @param stated    how the file gave it, for people: "tolerance 0.05" or "standard error 0.02"
 */
public record FitTarget(String metric, double value, double tolerance, String stated, String source, String why) {

    public FitTarget {
        if (!(tolerance > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("a target needs a finite value and a positive tolerance");
        }
    }

    public static FitTarget withTolerance(String metric, double value, double tolerance, String source, String why) {
        return new FitTarget(metric, value, tolerance, "tolerance " + Num.format(tolerance), source, why);
    }

    public static FitTarget withStandardError(String metric, double value, double se, String source, String why) {
        return new FitTarget(metric, value, 2 * se, "standard error " + Num.format(se), source, why);
    }

    /** {@link #stated()} in the language of {@code t}, for a report. */
    public String stated(Texts t) {
        return stated.startsWith("standard error ") ? t.f("standard error %s", Num.format(tolerance / 2))
                : t.f("tolerance %s", Num.format(tolerance));
    }

    /** Whether a simulated mean fits. */
    public boolean fits(double simulated) {
        return Math.abs(simulated - value) <= tolerance;
    }

    /** How many tolerances a simulated mean lies from the observed value, signed. */
    public double misfit(double simulated) {
        return (simulated - value) / tolerance;
    }
}
