package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import org.gridgov.model.events.EventBus;
import org.junit.jupiter.api.Test;

/**
 * A unit's queue gives its cases in exactly the order of Java's PriorityQueue under the same priority, through any
 * mix of arrivals, takes, withdrawals and escalations: replacing one by the other changes no run (issue 13).
 */
class UnitQueueTest {

    @Test
    void givesTheSameOrderAsAPriorityQueueThroughAnyMixOfOperations() {
        GridModel model = new GridModel(ModelRuns.load("small-city.yaml").scenario(), 1, 0, 1);
        model.start();
        List<IssueType> types = model.issueTypes();
        GridCell cell = model.city().cells().get(0);
        Random random = new Random(13);
        UnitQueue queue = new UnitQueue();
        PriorityQueue<Issue> reference = new PriorityQueue<>(HandlingUnit.PRIORITY);
        List<Issue> waiting = new ArrayList<>();
        int id = 1;
        for (int step = 0; step < 20_000; step++) {
            int op = random.nextInt(10);
            if (op < 5 || waiting.isEmpty()) {
                Issue issue = new Issue(id++, id, types.get(random.nextInt(types.size())), cell, 0, false, new EventBus());
                issue.startTimeLimit(0, random.nextInt(50)); // whole hours: deadlines tie often
                queue.add(issue);
                reference.add(issue);
                waiting.add(issue);
            } else if (op < 7) {
                Issue first = queue.poll();
                assertSame(reference.poll(), first, "step " + step);
                waiting.remove(first);
            } else if (op < 9) {
                Issue gone = waiting.remove(random.nextInt(waiting.size()));
                assertEquals(reference.remove(gone), queue.remove(gone));
                assertFalse(queue.remove(gone), "a case withdrawn is no longer there");
            } else {
                Issue up = waiting.get(random.nextInt(waiting.size()));
                reference.remove(up);
                queue.remove(up);
                up.escalate(step);
                queue.add(up);
                reference.add(up);
            }
            assertEquals(reference.size(), queue.size());
        }
        while (!reference.isEmpty()) {
            assertSame(reference.poll(), queue.poll());
        }
        assertEquals(null, queue.poll());
    }
}
