package org.gridgov.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleFunction;

import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.Bag;
import sim.util.Heap;

/**
 * MASON's schedule, counting the one-off events put on it so that benchmarks can report events per
 * second. A viewer may say how its time is shown (MASON's Console shows {@link #getTimestamp}); that changes
 * nothing in the run. Its events are held in an {@link EventHeap}: MASON's heap on primitive arrays, the same
 * order, faster in a large city.
 *
 * <p>Besides MASON's {@link Steppable}s it holds {@link Event}s: a handler made once, with the subject it acts on
 * and a number, kept in the heap's arrays, so that the model's most frequent events make no object each (issue 13).
 * {@link #step} fires both kinds exactly as MASON's own step fires Steppables: all events of the next time, by
 * ordering, those of equal time and ordering shuffled with the model's generator as MASON shuffles them.
 */
final class CountingSchedule extends Schedule {
    private static final long serialVersionUID = 1L;

    /** What an event does to its subject; one handler serves every event of its kind. */
    @FunctionalInterface
    interface Event<T> extends java.io.Serializable {
        void fire(SimState state, T subject, int number);
    }

    private long scheduled;
    private transient DoubleFunction<String> timestamps;
    /** The events of the time being stepped, in firing order (MASON's currentSteps). */
    private transient Batch batch;
    private boolean stepping;

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

    /**
     * Puts {@code event} on the schedule to act on {@code subject} with {@code number}: under MASON's rules for
     * {@link #scheduleOnce(double, int, Steppable)} (an event for the current time goes one ulp later; none after
     * the simulation or once sealed; none before the current time).
     */
    <T> boolean scheduleOnce(double time, int ordering, Event<T> event, T subject, int number) {
        scheduled++;
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(subject, "subject");
        synchronized (lock) {
            double t = time == this.time && time != AFTER_SIMULATION ? Math.nextUp(time) : time;
            if (sealed || t >= AFTER_SIMULATION) {
                return false;
            }
            if (!(t >= EPOCH) || t < this.time) {
                throw new IllegalArgumentException("an event for time " + t + " at time " + this.time);
            }
            ((EventHeap) queue).add(event, subject, number, t, ordering);
            return true;
        }
    }

    /**
     * MASON's step, on the event heap's arrays: takes every event of the next time, ordering by ordering, shuffles
     * each group of equal time and ordering with the state's generator (Fisher-Yates from the end, like
     * {@link Bag#shuffle}), and then fires them. Events put on the schedule meanwhile go to a later time.
     */
    @Override
    public synchronized boolean step(SimState state) {
        if (stepping) {
            throw new IllegalStateException("Schedule.step() is not reentrant, yet is being called recursively.");
        }
        stepping = true;
        if (batch == null) {
            batch = new Batch();
        }
        Batch b = batch;
        EventHeap heap = (EventHeap) queue;
        MersenneTwisterFast random = state.random;
        synchronized (lock) {
            if (time == AFTER_SIMULATION || heap.isEmpty()) {
                time = AFTER_SIMULATION;
                stepping = false;
                return false;
            }
            time = heap.firstTime();
            do {
                int ordering = heap.firstOrdering();
                int group = b.size;
                do {
                    heap.pollInto(b);
                } while (!heap.isEmpty() && heap.firstTime() == time && heap.firstOrdering() == ordering);
                b.shuffle(group, random);
            } while (!heap.isEmpty() && heap.firstTime() == time);
        }
        try {
            for (int i = 0; i < b.size; i++) {
                b.fire(i, state);
            }
        } finally {
            b.clear();
            synchronized (lock) {
                steps++;
            }
            stepping = false;
        }
        return true;
    }

    /** Events taken from the heap for one time, in parallel arrays like the heap's. */
    private static final class Batch {
        Object[] events = new Object[16];
        Object[] subjects = new Object[16];
        int[] numbers = new int[16];
        int size;

        void add(Object event, Object subject, int number) {
            if (size == events.length) {
                events = Arrays.copyOf(events, 2 * size);
                subjects = Arrays.copyOf(subjects, 2 * size);
                numbers = Arrays.copyOf(numbers, 2 * size);
            }
            events[size] = event;
            subjects[size] = subject;
            numbers[size] = number;
            size++;
        }

        /** Shuffles the events from {@code from} on as {@link Bag#shuffle} would: the same draws, the same swaps. */
        void shuffle(int from, MersenneTwisterFast random) {
            for (int x = size - from - 1; x >= 1; x--) {
                int r = random.nextInt(x + 1);
                swap(from + x, from + r);
            }
        }

        private void swap(int i, int j) {
            Object e = events[i];
            events[i] = events[j];
            events[j] = e;
            Object s = subjects[i];
            subjects[i] = subjects[j];
            subjects[j] = s;
            int n = numbers[i];
            numbers[i] = numbers[j];
            numbers[j] = n;
        }

        @SuppressWarnings("unchecked")
        void fire(int i, SimState state) {
            Object subject = subjects[i];
            if (subject == null) {
                ((Steppable) events[i]).step(state);
            } else {
                ((Event<Object>) events[i]).fire(state, subject, numbers[i]);
            }
        }

        /** Lets the fired events go. */
        void clear() {
            Arrays.fill(events, 0, size, null);
            Arrays.fill(subjects, 0, size, null);
            size = 0;
        }
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
        /** An {@link Event}'s subject and number; null and 0 for a Steppable. */
        private Object[] subjects = new Object[0];
        private int[] numbers = new int[0];
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
            subjects = new Object[size];
            numbers = new int[size];
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
            add(event, null, 0, k.getTime(), k.getOrdering());
        }

        /** Adds an event at time {@code t} with ordering {@code o}; a Steppable has no subject. */
        void add(Object event, Object subject, int number, double t, int o) {
            if (size == events.length) {
                // MASON's growth; the capacity does not change the order.
                int capacity = events.length * 2 + 1;
                times = Arrays.copyOf(times, capacity);
                orderings = Arrays.copyOf(orderings, capacity);
                events = Arrays.copyOf(events, capacity);
                subjects = Arrays.copyOf(subjects, capacity);
                numbers = Arrays.copyOf(numbers, capacity);
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
            subjects[i - 1] = subject;
            numbers[i - 1] = number;
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
            onlySteppables(0, 1);
            Object first = events[0];
            removeFirst();
            return first;
        }

        /** The time of the first event; only when not empty. */
        double firstTime() {
            return times[0];
        }

        /** The ordering of the first event; only when not empty. */
        int firstOrdering() {
            return orderings[0];
        }

        /** Moves the first event, with its subject and number, to the end of {@code batch}; only when not empty. */
        void pollInto(Batch batch) {
            batch.add(events[0], subjects[0], numbers[0]);
            removeFirst();
        }

        /** Heap.extractMin: the last event takes the first's place and sifts down. */
        private void removeFirst() {
            int last = size - 1;
            move(last, 0);
            events[last] = null;
            subjects[last] = null;
            size = last;
            if (size > 1) {
                siftDown(1);
            }
            min = null;
        }

        /**
         * Heap.heapify(i, size): the event at 1-based {@code i} swaps with the smaller child while that child is
         * strictly before it (the left one on a tie between children). It is moved once, to where the swaps would
         * leave it.
         */
        private void siftDown(int i) {
            double t = times[i - 1];
            int o = orderings[i - 1];
            Object event = events[i - 1];
            Object subject = subjects[i - 1];
            int number = numbers[i - 1];
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
            subjects[i - 1] = subject;
            numbers[i - 1] = number;
        }

        private void move(int from, int to) {
            times[to] = times[from];
            orderings[to] = orderings[from];
            events[to] = events[from];
            subjects[to] = subjects[from];
            numbers[to] = numbers[from];
        }

        /** MASON's ways of taking events out hand over Steppables: an Event's subject would be lost. */
        private void onlySteppables(int from, int to) {
            for (int i = from; i < to; i++) {
                if (subjects[i] != null) {
                    throw new UnsupportedOperationException(
                            "an event with a subject is fired only by CountingSchedule.step");
                }
            }
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
            onlySteppables(0, size);
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
            Arrays.fill(subjects, 0, size, null);
            size = 0;
            min = null;
        }

        /** Heap.merge: both heaps' events, this one's first, built into a new heap. */
        @Override
        public Heap merge(Heap other) {
            onlySteppables(0, size);
            Comparable[] theirs = other.getKeys();
            Object[] keys = Arrays.copyOf(getKeys(), size + theirs.length, Object[].class);
            System.arraycopy(theirs, 0, keys, size, theirs.length);
            Object[] objects = Arrays.copyOf(events, size + theirs.length);
            System.arraycopy(other.getObjects(), 0, objects, size, theirs.length);
            return new EventHeap(keys, objects);
        }
    }
}
