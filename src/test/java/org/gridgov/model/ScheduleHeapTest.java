package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.util.Bag;
import sim.util.Heap;

/**
 * The schedule's heap is MASON's heap in other clothes (issue 13): through any mix of operations it holds every event
 * at the same place, so a schedule on it fires events, exact ties included, in MASON's order.
 */
class ScheduleHeapTest {

    @Test
    void holdsEveryEventWhereMasonsHeapWould() {
        Random random = new Random(13);
        Heap mason = new Heap();
        Heap ours = new CountingSchedule.EventHeap();
        for (int step = 0; step < 50_000; step++) {
            int op = random.nextInt(10);
            if (op < 6 || mason.isEmpty()) {
                // Few distinct times and orderings: exact ties are the rule.
                double time = random.nextInt(40) * 0.5;
                int ordering = random.nextInt(3);
                Object event = step;
                mason.add(event, Keys.of(time, ordering));
                ours.add(event, Keys.of(time, ordering));
            } else if (op < 8) {
                assertSame(mason.extractMin(), ours.extractMin(), "step " + step);
            } else {
                assertArrayEquals(mason.extractMin((Bag) null).toArray(), ours.extractMin(new Bag()).toArray(),
                        "step " + step);
            }
            assertSame(mason.getMin(), ours.getMin());
            assertEquals(mason.getMinKey(), ours.getMinKey());
            if (step % 97 == 0) {
                assertArrayEquals(mason.getObjects(), ours.getObjects(), "the same layout, step " + step);
                assertArrayEquals(mason.getKeys(), ours.getKeys(), "step " + step);
            }
        }
        Heap merged = mason.merge(new Heap());
        assertArrayEquals(merged.getObjects(), ours.merge(new CountingSchedule.EventHeap()).getObjects());
    }

    @Test
    void aScheduleOnItFiresEqualTimesInMasonsOrder() {
        assertSameFirings(firings(Schedule::new, false), firings(CountingSchedule::new, false));
    }

    /**
     * Events with a subject (one handler for all, the subject and number kept in the heap) fire where MASON would
     * fire the same events written as Steppables: half the events of the run are of each kind.
     */
    @Test
    void eventsWithSubjectsFireInMasonsOrderToo() {
        assertSameFirings(firings(Schedule::new, false), firings(CountingSchedule::new, true));
    }

    @Test
    void masonsWaysOfTakingEventsOutRefuseAnEventWithASubject() {
        CountingSchedule schedule = new CountingSchedule();
        SimState state = new SimState(1, schedule) { };
        List<Integer> fired = new ArrayList<>();
        CountingSchedule.Event<List<Integer>> event = (s, log, n) -> log.add(n);
        schedule.scheduleOnce(2.0, 0, event, fired, 7);
        schedule.scheduleOnce(1.0, 0, s -> fired.add(1));
        CountingSchedule.EventHeap heap = new CountingSchedule.EventHeap();
        heap.add(event, fired, 7, 1.0, 0);
        assertThrows(UnsupportedOperationException.class, heap::getObjects);
        assertThrows(UnsupportedOperationException.class, () -> heap.merge(new Heap()));
        assertThrows(UnsupportedOperationException.class, heap::extractMin);
        schedule.step(state);
        schedule.step(state);
        assertEquals(List.of(1, 7), fired);
        assertEquals(2.0, schedule.getTime());
        assertEquals(2, schedule.getSteps());
    }

    private static void assertSameFirings(List<String> mason, List<String> ours) {
        for (int i = 0; i < Math.min(mason.size(), ours.size()); i++) {
            assertEquals(mason.get(i), ours.get(i), "event " + i + " fired");
        }
        assertEquals(mason.size(), ours.size());
    }

    /**
     * Why the model keeps all its events in this heap and none in a day wheel or calendar in front of it: MASON
     * shuffles events of equal time and ordering starting from the order its heap gives them, and that order
     * depends on events far in the future that the heap also holds.
     */
    @Test
    void masonsOrderOfTiesDependsOnLaterEventsItHolds() {
        List<Integer> alone = ties(0);
        boolean differs = false;
        for (int later = 1; later <= 20 && !differs; later++) {
            differs = !ties(later).equals(alone);
        }
        assertEquals(true, differs, "the order of ties at hour 9 never changed with events at day 30 held");
        assertNotEquals(List.of(), alone);
    }

    /** MASON's keys are for its schedules' eyes only. */
    private static final class Keys extends Schedule {
        private static final long serialVersionUID = 1L;

        static Comparable<?> of(double time, int ordering) {
            return new Key(time, ordering);
        }
    }

    /** Firing order of events at 9:00 with {@code later} events held for day 30, on MASON's own schedule. */
    private static List<Integer> ties(int later) {
        Schedule schedule = new Schedule();
        SimState state = new SimState(7, schedule) { };
        List<Integer> fired = new ArrayList<>();
        for (int i = 0; i < 30 + later; i++) {
            int id = i;
            // The later ones first, so that they sit in the heap among the ties.
            double time = i < later ? 24 * 30.0 + i : 9.0;
            schedule.scheduleOnce(time, 0, s -> fired.add(id));
        }
        schedule.step(state);
        return fired;
    }

    /**
     * Many events at whole and half hours and at day boundaries, with two orderings; events put more on the
     * schedule as they fire (at their own time, which MASON moves one ulp on, the next hour, the next midnight, far
     * ahead). The log of what fired, with the schedule's tie-breaking stream seeded alike.
     */
    private static List<String> firings(Supplier<Schedule> make, boolean withSubjects) {
        Schedule schedule = make.get();
        SimState state = new SimState(42, schedule) { };
        Random random = new Random(5);
        List<String> log = new ArrayList<>();
        int[] next = {0};
        Plan plan = new Plan(schedule, random, log, next, withSubjects);
        for (int i = 0; i < 3_000; i++) {
            plan.add(random.nextInt(24 * 20) * 0.5, random.nextInt(2));
        }
        int steps = 0;
        while (schedule.step(state) && steps++ < 1_000_000) {
            if (schedule.getTime() > 24 * 60) {
                break;
            }
        }
        assertEquals(true, log.size() > 5_000, "the schedule fired " + log.size() + " events");
        return log;
    }

    /** Puts events on the schedule that put more on it as they fire; with subjects, every other one is an Event. */
    private record Plan(Schedule schedule, Random random, List<String> log, int[] next, boolean withSubjects) {
        private static final CountingSchedule.Event<Plan> FIRE = (s, plan, id) -> plan.fired(s, id);

        void add(double time, int ordering) {
            int id = next[0]++;
            if (withSubjects && id % 2 == 0) {
                ((CountingSchedule) schedule).scheduleOnce(time, ordering, FIRE, this, id);
            } else {
                schedule.scheduleOnce(time, ordering, s -> fired(s, id));
            }
        }

        private void fired(SimState s, int id) {
            double now = s.schedule.getTime();
            log.add(id + "@" + now);
            int more = random.nextInt(3);
            for (int k = 0; k < more && next[0] < 20_000; k++) {
                double day = Math.floor(now / 24) * 24;
                double[] choices = {now, Math.floor(now) + 1, day + 24, day + 24 * (1 + random.nextInt(30)),
                        now + random.nextDouble()};
                add(choices[random.nextInt(choices.length)], random.nextInt(2));
            }
        }
    }
}
