package org.gridgov.model;

import java.util.Arrays;

/**
 * Items in the order they fall due, ties by a unique id: a cell's latent issues by the patrol effort at which
 * patrol finds them, dispatched cases by deadline. The order is total, so any correct heap polls in the same
 * sequence as the {@code PriorityQueue}s this replaced. A binary heap whose keys sit in primitive arrays:
 * ordering reads no item, which in a large city is a cache miss each (issue 13). A due value cannot change once
 * an item is queued.
 */
final class DueQueue<E> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private double[] due = new double[4];
    private int[] ids = new int[4];
    private Object[] items = new Object[4];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** When the first item is due; only when not empty. */
    double firstDue() {
        return due[0];
    }

    /** Adds {@code item}, due at {@code when}; {@code id} orders items due at once and must be unique. */
    void add(E item, double when, int id) {
        if (size == items.length) {
            int capacity = 2 * size;
            due = Arrays.copyOf(due, capacity);
            ids = Arrays.copyOf(ids, capacity);
            items = Arrays.copyOf(items, capacity);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(when, id, parent)) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, when, id, item);
    }

    /** Removes and returns the first item; only when not empty. */
    @SuppressWarnings("unchecked")
    E poll() {
        E first = (E) items[0];
        int last = --size;
        double d = due[last];
        int id = ids[last];
        Object moved = items[last];
        items[last] = null;
        if (last > 0) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= last) {
                    break;
                }
                if (child + 1 < last && before(due[child + 1], ids[child + 1], child)) {
                    child++;
                }
                if (!before(due[child], ids[child], d, id)) {
                    break;
                }
                move(child, i);
                i = child;
            }
            set(i, d, id, moved);
        }
        return first;
    }

    private boolean before(double d, int id, int slot) {
        return before(d, id, due[slot], ids[slot]);
    }

    private static boolean before(double d, int id, double otherDue, int otherId) {
        int c = Double.compare(d, otherDue);
        return c < 0 || c == 0 && id < otherId;
    }

    private void move(int from, int to) {
        set(to, due[from], ids[from], items[from]);
    }

    private void set(int slot, double d, int id, Object item) {
        due[slot] = d;
        ids[slot] = id;
        items[slot] = item;
    }
}
