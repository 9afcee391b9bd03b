package org.gridgov.model;

/**
 * The city's households as parallel arrays: awareness of how to report and trust that a report is
 * acted on, each in [0, 1]. Households are indexed by cell, each cell owning a contiguous range.
 * Arrays rather than objects keep a city of a million residents small and fast.
 */
public final class Households implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final float[] awareness;
    private final float[] trust;

    Households(float[] awareness, float[] trust) {
        this.awareness = awareness;
        this.trust = trust;
    }

    public int count() {
        return awareness.length;
    }

    public double awareness(int household) {
        return awareness[household];
    }

    public double trust(int household) {
        return trust[household];
    }
}
