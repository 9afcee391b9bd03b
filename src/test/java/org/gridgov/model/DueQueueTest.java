package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The queue of things falling due polls in exactly the order of the PriorityQueue it replaced: effort, then id. */
class DueQueueTest {

    private record Entry(double due, int id) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingDouble(Entry::due).thenComparingInt(Entry::id);

    @Test
    void pollsInTheOrderOfAPriorityQueueThroughRandomOperationsWithTies() {
        Random random = new Random(13);
        DueQueue<Entry> queue = new DueQueue<>();
        PriorityQueue<Entry> reference = new PriorityQueue<>(ORDER);
        int nextId = 0;
        int polled = 0;
        for (int step = 0; step < 200_000; step++) {
            // Mostly adds while small, so the heap grows to hundreds and drains to empty many times over.
            boolean add = reference.isEmpty() || random.nextInt(100) < (reference.size() < 300 ? 55 : 40);
            if (add) {
                // Few distinct efforts: many exact ties, broken by id, which arrive out of order.
                double due = random.nextInt(50) * 0.5;
                int id = random.nextBoolean() ? nextId++ : 1_000_000 - nextId++;
                Entry e = new Entry(due, id);
                queue.add(e, due, id);
                reference.add(e);
            } else {
                assertEquals(reference.peek().due(), queue.firstDue());
                assertEquals(reference.poll(), queue.poll());
                polled++;
            }
            assertEquals(reference.size(), queue.size());
        }
        while (!reference.isEmpty()) {
            assertEquals(reference.poll(), queue.poll());
        }
        assertTrue(queue.isEmpty());
        assertTrue(polled > 50_000, "the test must exercise polling: " + polled);
    }
}
