package org.gridgov.scenario;

/**
 * A distribution of handling effort in working hours, written in a scenario as one value such as
 * {@code lognormal(mean=1.5, sd=1)}.
 *
 * @param kind the family
 * @param mean mean hours
 * @param sd standard deviation in hours (mean for exponential, 0 for fixed)
 */
public record Effort(Kind kind, double mean, double sd) implements java.io.Serializable {

    /** Distribution families. */
    public enum Kind {
        EXPONENTIAL, LOGNORMAL, GAMMA, FIXED
    }

    public static Effort exponential(double mean) {
        return new Effort(Kind.EXPONENTIAL, mean, mean);
    }

    public static Effort fixed(double hours) {
        return new Effort(Kind.FIXED, hours, 0);
    }

    @Override
    public String toString() {
        switch (kind) {
            case EXPONENTIAL: return "exponential(mean=" + num(mean) + ")";
            case FIXED: return "fixed(hours=" + num(mean) + ")";
            default: return kind.name().toLowerCase(java.util.Locale.ROOT) + "(mean=" + num(mean) + ", sd=" + num(sd) + ")";
        }
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
