package org.gridgov.observe;

import java.util.Arrays;

/** A growable list of primitive doubles, so a million observations do not become a million objects. */
final class DoubleList {
    private double[] values = new double[256];
    private int size;

    void add(double x) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = x;
    }

    int size() {
        return size;
    }

    double[] array() {
        return values;
    }
}
