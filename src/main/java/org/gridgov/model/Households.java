package org.gridgov.model;

/**
 * The city's households as parallel arrays: awareness of how to report and trust that a report is
 * acted on, each in [0, 1]. Households are indexed by cell, each cell owning a contiguous range.
 * Arrays rather than objects keep a city of a million residents small and fast. Trust changes with
 * each household's experience of its own reports and with what it sees and hears ({@link NeighbourhoodLearning}).
 */
public final class Households implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final float[] awareness;
    private final float[] trust;
    private double trustSum;

    Households(float[] awareness, float[] trust) {
        this.awareness = awareness;
        this.trust = trust;
        for (float t : trust) {
            trustSum += t;
        }
    }

    public int count() {
        return awareness.length;
    }

    /** The household's own awareness, before campaigns and community mobilisation. */
    public double awareness(int household) {
        return awareness[household];
    }

    public double trust(int household) {
        return trust[household];
    }

    public double meanTrust() {
        return trustSum / trust.length;
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
        float before = trust[household];
        float after = (float) (before + rate * (target - before));
        trust[household] = after;
        trustSum += after - before;
    }
}
