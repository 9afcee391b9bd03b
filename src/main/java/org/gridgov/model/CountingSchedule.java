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

        /*
         * Slot i: its time in times[i]; its ordering and number in ints[2i] and ints[2i + 1]; its event (a Steppable or
         * an Event) and subject (null for a Steppable) in refs[2i] and refs[2i + 1]. What a sift moves together is
         * stored together: three cache lines per move, not five.
         */
        private double[] times = new double[0];
        private int[] ints = new int[0];
        private Object[] refs = new Object[0];
        private int size;
        /** The key of the first event, made when MASON asks for it (the schedule asks twice a step). */
        private transient Key min;

        EventHeap() {
        }

        /** Like {@code new Heap(keys, objects)}: the given events in MASON's build order. */
        private EventHeap(Object[] keys, Object[] objects) {
            size = keys.length;
            times = new double[size];
            ints = new int[2 * size];
            refs = new Object[2 * size];
            for (int i = 0; i < size; i++) {
                times[i] = ((Key) keys[i]).getTime();
                ints[2 * i] = ((Key) keys[i]).getOrdering();
                refs[2 * i] = objects[i];
            }
            for (int i = size / 2; i >= 1; i--) {
                siftDown(i);
            }
        }

        /** True if the event at {@code i} comes strictly before time {@code t} with ordering {@code o}. */
        private boolean slotBefore(int i, double t, int o) {
            return times[i] < t || times[i] == t && ints[2 * i] < o;
        }

        /** True if time {@code t} with ordering {@code o} comes strictly before the event at {@code i}. */
        private boolean keyBefore(double t, int o, int i) {
            double it = times[i];
            return t < it || t == it && o < ints[2 * i];
        }

        @Override
        public void add(Object event, Comparable key) {
            Key k = (Key) key;
            add(event, null, 0, k.getTime(), k.getOrdering());
        }

        /** Adds an event at time {@code t} with ordering {@code o}; a Steppable has no subject. */
        void add(Object event, Object subject, int number, double t, int o) {
            if (size == times.length) {
                // MASON's growth; the capacity does not change the order.
                int capacity = times.length * 2 + 1;
                times = Arrays.copyOf(times, capacity);
                ints = Arrays.copyOf(ints, 2 * capacity);
                refs = Arrays.copyOf(refs, 2 * capacity);
            }
            // Heap.add: the new event moves up while strictly before its parent (1-based index i, parent i / 2).
            int i = size + 1;
            while (i > 1) {
                int parent = i / 2 - 1;
                if (!keyBefore(t, o, parent)) {
                    break;
                }
                move(parent, i - 1);
                i /= 2;
            }
            set(i - 1, t, o, number, event, subject);
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
            Object first = refs[0];
            removeFirst();
            return first;
        }

        /** The time of the first event; only when not empty. */
        double firstTime() {
            return times[0];
        }

        /** The ordering of the first event; only when not empty. */
        int firstOrdering() {
            return ints[0];
        }

        /** Moves the first event, with its subject and number, to the end of {@code batch}; only when not empty. */
        void pollInto(Batch batch) {
            batch.add(refs[0], refs[1], ints[1]);
            removeFirst();
        }

        /** Heap.extractMin: the last event takes the first's place and sifts down. */
        private void removeFirst() {
            int last = size - 1;
            move(last, 0);
            refs[2 * last] = null;
            refs[2 * last + 1] = null;
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
            int o = ints[2 * (i - 1)];
            int number = ints[2 * (i - 1) + 1];
            Object event = refs[2 * (i - 1)];
            Object subject = refs[2 * (i - 1) + 1];
            while (true) {
                int left = 2 * i;
                int right = left + 1;
                int smallest = i;
                double st = t;
                int so = o;
                if (left <= size && slotBefore(left - 1, st, so)) {
                    smallest = left;
                    st = times[left - 1];
                    so = ints[2 * (left - 1)];
                }
                if (right <= size && slotBefore(right - 1, st, so)) {
                    smallest = right;
                }
                if (smallest == i) {
                    break;
                }
                move(smallest - 1, i - 1);
                i = smallest;
            }
            set(i - 1, t, o, number, event, subject);
        }

        private void move(int from, int to) {
            times[to] = times[from];
            ints[2 * to] = ints[2 * from];
            ints[2 * to + 1] = ints[2 * from + 1];
            refs[2 * to] = refs[2 * from];
            refs[2 * to + 1] = refs[2 * from + 1];
        }

        private void set(int slot, double t, int o, int number, Object event, Object subject) {
            times[slot] = t;
            ints[2 * slot] = o;
            ints[2 * slot + 1] = number;
            refs[2 * slot] = event;
            refs[2 * slot + 1] = subject;
        }

        /** MASON's ways of taking events out hand over Steppables: an Event's subject would be lost. */
        private void onlySteppables(int from, int to) {
            for (int i = from; i < to; i++) {
                if (refs[2 * i + 1] != null) {
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
            int o = ints[0];
            do {
                bag.add(extractMin());
            } while (size > 0 && times[0] == t && ints[0] == o);
            return bag;
        }

        @Override
        public Comparable getMinKey() {
            if (size == 0) {
                return null;
            }
            if (min == null) {
                min = new Key(times[0], ints[0]);
            }
            return min;
        }

        @Override
        public Object getMin() {
            return size == 0 ? null : refs[0];
        }

        @Override
        public Comparable[] getKeys() {
            Comparable[] keys = new Comparable[size];
            for (int i = 0; i < size; i++) {
                keys[i] = new Key(times[i], ints[2 * i]);
            }
            return keys;
        }

        @Override
        public Object[] getObjects() {
            onlySteppables(0, size);
            Object[] objects = new Object[size];
            for (int i = 0; i < size; i++) {
                objects[i] = refs[2 * i];
            }
            return objects;
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
            Arrays.fill(refs, 0, 2 * size, null);
            size = 0;
            min = null;
        }

        /** Heap.merge: both heaps' events, this one's first, built into a new heap. */
        @Override
        public Heap merge(Heap other) {
            Object[] ours = getObjects();
            Comparable[] theirs = other.getKeys();
            Object[] keys = Arrays.copyOf(getKeys(), size + theirs.length, Object[].class);
            System.arraycopy(theirs, 0, keys, size, theirs.length);
            Object[] objects = Arrays.copyOf(ours, size + theirs.length);
            System.arraycopy(other.getObjects(), 0, objects, size, theirs.length);
            return new EventHeap(keys, objects);
        }
    }
}
