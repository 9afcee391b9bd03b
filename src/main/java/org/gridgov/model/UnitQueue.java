package org.gridgov.model;

import java.util.Arrays;

/**
 * A handling unit's waiting cases, first by {@link HandlingUnit#PRIORITY}: a binary heap whose cases know their
 * place in it ({@link Issue#unitQueueSlot}), so that withdrawing a case (parking) or moving it up (escalation) costs
 * O(log n) instead of a search through the whole queue, which grows with the city (issue 13). The priority is a
 * total order, so cases leave in exactly the order of any other correct heap.
 */
final class UnitQueue {
    private Issue[] heap = new Issue[16];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(Issue issue) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, 2 * size);
        }
        place(issue, size++);
        siftUp(size - 1);
    }

    /** The first case, removed; null if none waits. */
    Issue poll() {
        if (size == 0) {
            return null;
        }
        Issue first = heap[0];
        removeAt(0);
        return first;
    }

    /** Removes a case waiting here; false if it does not wait here. */
    boolean remove(Issue issue) {
        int i = issue.unitQueueSlot;
        if (i < 0 || i >= size || heap[i] != issue) {
            return false;
        }
        removeAt(i);
        return true;
    }

    private void removeAt(int i) {
        heap[i].unitQueueSlot = -1;
        Issue last = heap[--size];
        heap[size] = null;
        if (i < size) {
            place(last, i);
            siftDown(i);
            if (heap[i] == last) {
                siftUp(i);
            }
        }
    }

    private void siftUp(int i) {
        Issue x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (HandlingUnit.PRIORITY.compare(x, heap[parent]) >= 0) {
                break;
            }
            place(heap[parent], i);
            i = parent;
        }
        place(x, i);
    }

    private void siftDown(int i) {
        Issue x = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && HandlingUnit.PRIORITY.compare(heap[right], heap[child]) < 0) {
                child = right;
            }
            if (HandlingUnit.PRIORITY.compare(x, heap[child]) <= 0) {
                break;
            }
            place(heap[child], i);
            i = child;
        }
        place(x, i);
    }

    private void place(Issue issue, int i) {
        heap[i] = issue;
        issue.unitQueueSlot = i;
    }
}
