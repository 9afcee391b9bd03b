package org.gridgov.model;

/**
 * The city's households in one array: awareness of how to report and trust that a report is acted on,
 * each in [0, 1]. Households are indexed by cell, each cell owning a contiguous range. An array rather
 * than objects keeps a city of a million residents small and fast. Trust changes with
 * each household's experience of its own reports and with what it sees and hears ({@link NeighbourhoodLearning}).
 */
public final class Households implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Household h's awareness at 2h and trust at 2h + 1: deciding to report reads both, and in a large city each
     * household visited is a cache miss, one instead of two when they sit side by side (issue 13).
     */
    private final float[] values;
    private double trustSum;

    Households(float[] awareness, float[] trust) {
        if (awareness.length != trust.length) {
            throw new IllegalArgumentException(awareness.length + " awareness values for " + trust.length + " trust");
        }
        values = new float[2 * awareness.length];
        for (int h = 0; h < awareness.length; h++) {
            values[2 * h] = awareness[h];
            values[2 * h + 1] = trust[h];
            trustSum += trust[h];
        }
    }

    public int count() {
        return values.length / 2;
    }

    /** The household's own awareness, before campaigns and community mobilisation. */
    public double awareness(int household) {
        return values[2 * household];
    }

    public double trust(int household) {
        return values[2 * household + 1];
    }

    public double meanTrust() {
        return trustSum / count();
    }

    /**
     * A report's outcome moves the household's trust a share {@code rate} of the way towards full trust
     * (satisfied) or none (not satisfied).
     */
    void learn(int household, boolean satisfied, double rate) {
        moveTrust(household, satisfied ? 1 : 0, rate);
    }

    /** Moves the household's trust a share {@code rate} of the way towards {@code target}. */
    void moveTrust(int household, double target, double rate) {
        int i = 2 * household + 1;
        float before = values[i];
        float after = (float) (before + rate * (target - before));
        values[i] = after;
        trustSum += after - before;
    }
}
