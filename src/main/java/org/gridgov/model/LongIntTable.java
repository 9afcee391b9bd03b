package org.gridgov.model;

import java.util.Arrays;

/**
 * A map from non-negative long keys to int values, by open addressing on two parallel arrays: a look-up
 * neither boxes its key nor follows a pointer per entry, which matters on a path taken at every trip.
 */
final class LongIntTable implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long EMPTY = -1;

    private long[] keys = emptyKeys(16);
    private int[] values = new int[16];
    private int size;

    /** The value stored for {@code key} (>= 0), or {@code absent} if there is none. */
    int get(long key, int absent) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return absent;
            }
        }
    }

    /** Stores {@code value} for {@code key} (>= 0), replacing any value stored before. */
    void put(long key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = emptyKeys(oldKeys.length * 2);
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** A multiplicative hash (Fibonacci hashing): cell pairs differ in few, low bits. */
    private static int slot(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private static long[] emptyKeys(int n) {
        long[] k = new long[n];
        Arrays.fill(k, EMPTY);
        return k;
    }
}
