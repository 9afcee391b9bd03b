package org.gridgov.model;

import java.util.Arrays;
import java.util.function.DoubleFunction;

import sim.engine.Schedule;
import sim.engine.Steppable;
import sim.util.Bag;
import sim.util.Heap;

/**
 * MASON's schedule, counting the one-off events put on it so that benchmarks can report events per
 * second. The model schedules only through these two methods. A viewer may say how its time is shown
 * (MASON's Console shows {@link #getTimestamp}); that changes nothing in the run. Its events are held in a
 * {@link EventHeap}: MASON's heap on primitive arrays, the same order, faster in a large city.
 */
final class CountingSchedule extends Schedule {
    private static final long serialVersionUID = 1L;

    private long scheduled;
    private transient DoubleFunction<String> timestamps;

    @Override
    protected Heap createHeap() {
        return new EventHeap();
    }

    @Override
    public boolean scheduleOnce(double time, Steppable event) {
        scheduled++;
        return super.scheduleOnce(time, event);
    }

    @Override
    public boolean scheduleOnce(double time, int ordering, Steppable event) {
        scheduled++;
        return super.scheduleOnce(time, ordering, event);
    }

    /** Times during the run are shown by {@code format}; before and after it, as MASON says. */
    void showTimesAs(DoubleFunction<String> format) {
        this.timestamps = format;
    }

    @Override
    public String getTimestamp(double time, String beforeSimulation, String afterSimulation) {
        if (timestamps == null) {
            return super.getTimestamp(time, beforeSimulation, afterSimulation);
        }
        // Not super's tests: MASON 18's reads the schedule's time instead of the one given.
        return time < EPOCH ? beforeSimulation : time >= AFTER_SIMULATION ? afterSimulation : timestamps.apply(time);
    }

    /** The time of the events being stepped: {@link #getTime()} without its lock, for the thread that steps. */
    double now() {
        return time;
    }

    long scheduled() {
        return scheduled;
    }

    /**
     * MASON's binary heap of events, kept in primitive arrays: the same sift steps as {@link Heap}, comparison for
     * comparison and move for move, so the schedule hands out every event, exact ties included, in the same order.
     * That order matters: MASON shuffles events of equal time and ordering with the model's random stream, starting
     * from the order the heap gives them, which depends on everything the heap holds. So no other queue (a calendar
     * or a day wheel in front of the heap) can keep runs identical, but a faster copy of this one can.
     *
     * <p>Why faster: {@link Heap} compares {@link Key} objects scattered over memory, two cache misses per
     * level once the heap outgrows the caches (a large city's schedule holds millions of events); here a sift reads
     * one array of times, and orderings only for equal times. The keys MASON passes in are not kept.
     */
    static final class EventHeap extends Heap {
        private static final long serialVersionUID = 1L;

        private double[] times = new double[0];
        private int[] orderings = new int[0];
        private Object[] events = new Object[0];
        private int size;
        /** The key of the first event, made when MASON asks for it (the schedule asks twice a step). */
        private transient Key min;

        EventHeap() {
        }

        /** Like {@code new Heap(keys, objects)}: the given events in MASON's build order. */
        private EventHeap(Object[] keys, Object[] objects) {
            size = keys.length;
            times = new double[size];
            orderings = new int[size];
            events = objects.clone();
            for (int i = 0; i < size; i++) {
                times[i] = ((Key) keys[i]).getTime();
                orderings[i] = ((Key) keys[i]).getOrdering();
            }
            for (int i = size / 2; i >= 1; i--) {
                siftDown(i);
            }
        }

        /** True if the event at {@code i} comes strictly before time {@code t} with ordering {@code o}. */
        private boolean before(int i, double t, int o) {
            return times[i] < t || times[i] == t && orderings[i] < o;
        }

        @Override
        public void add(Object event, Comparable key) {
            Key k = (Key) key;
            double t = k.getTime();
            int o = k.getOrdering();
            if (size == events.length) {
                // MASON's growth; the capacity does not change the order.
                int capacity = events.length * 2 + 1;
                times = Arrays.copyOf(times, capacity);
                orderings = Arrays.copyOf(orderings, capacity);
                events = Arrays.copyOf(events, capacity);
            }
            // Heap.add: the new event moves up while strictly before its parent (1-based index i, parent i / 2).
            int i = size + 1;
            while (i > 1) {
                int parent = i / 2 - 1;
                double pt = times[parent];
                if (!(t < pt || t == pt && o < orderings[parent])) {
                    break;
                }
                move(parent, i - 1);
                i /= 2;
            }
            times[i - 1] = t;
            orderings[i - 1] = o;
            events[i - 1] = event;
            size++;
            if (i == 1) {
                min = null;
            }
        }

        @Override
        public Object extractMin() {
            if (size == 0) {
                return null;
            }
            Object first = events[0];
            int last = size - 1;
            move(last, 0);
            events[last] = null;
            size = last;
            if (size > 1) {
                siftDown(1);
            }
            min = null;
            return first;
        }

        /**
         * Heap.heapify(i, size): the event at 1-based {@code i} swaps with the smaller child while that child is strictly
         * before it (the left one on a tie between children). It is moved once, to where the swaps would leave it.
         */
        private void siftDown(int i) {
            double t = times[i - 1];
            int o = orderings[i - 1];
            Object event = events[i - 1];
            while (true) {
                int left = 2 * i;
                int right = left + 1;
                int smallest = i;
                double st = t;
                int so = o;
                if (left <= size && before(left - 1, st, so)) {
                    smallest = left;
                    st = times[left - 1];
                    so = orderings[left - 1];
                }
                if (right <= size && before(right - 1, st, so)) {
                    smallest = right;
                }
                if (smallest == i) {
                    break;
                }
                move(smallest - 1, i - 1);
                i = smallest;
            }
            times[i - 1] = t;
            orderings[i - 1] = o;
            events[i - 1] = event;
        }

        private void move(int from, int to) {
            times[to] = times[from];
            orderings[to] = orderings[from];
            events[to] = events[from];
        }

        /** Heap.extractMin(Bag): the first event and every one of exactly its time and ordering, in heap order. */
        @Override
        public Bag extractMin(Bag into) {
            if (size == 0) {
                return into == null ? new Bag(0) : into;
            }
            Bag bag = into == null ? new Bag() : into;
            double t = times[0];
            int o = orderings[0];
            do {
                bag.add(extractMin());
            } while (size > 0 && times[0] == t && orderings[0] == o);
            return bag;
        }

        @Override
        public Comparable getMinKey() {
            if (size == 0) {
                return null;
            }
            if (min == null) {
                min = new Key(times[0], orderings[0]);
            }
            return min;
        }

        @Override
        public Object getMin() {
            return size == 0 ? null : events[0];
        }

        @Override
        public Comparable[] getKeys() {
            Comparable[] keys = new Comparable[size];
            for (int i = 0; i < size; i++) {
                keys[i] = new Key(times[i], orderings[i]);
            }
            return keys;
        }

        @Override
        public Object[] getObjects() {
            return Arrays.copyOf(events, size);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean isEmpty() {
            return size == 0;
        }

        @Override
        public void clear() {
            Arrays.fill(events, 0, size, null);
            size = 0;
            min = null;
        }

        /** Heap.merge: both heaps' events, this one's first, built into a new heap. */
        @Override
        public Heap merge(Heap other) {
            Comparable[] theirs = other.getKeys();
            Object[] keys = Arrays.copyOf(getKeys(), size + theirs.length, Object[].class);
            System.arraycopy(theirs, 0, keys, size, theirs.length);
            Object[] objects = Arrays.copyOf(events, size + theirs.length);
            System.arraycopy(other.getObjects(), 0, objects, size, theirs.length);
            return new EventHeap(keys, objects);
        }
    }
}
