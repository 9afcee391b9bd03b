package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gridgov.model.events.CaseClosedListener;
import org.gridgov.model.events.CaseFiledListener;
import org.gridgov.model.events.DayEndedListener;
import org.gridgov.model.events.IssueOccurredListener;
import org.gridgov.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Observers may register on a model's event bus before {@link GridModel#start()} as well as after it: either
 * way they hear the whole run. A restart (start again without finish) forgets the previous run's observers;
 * after finish, observers registered before the next start hear that run only.
 */
class ObserverRegistrationTest {

    private static final int DAYS = 20;

    /** Counts a few kinds of event. */
    private static final class Counter implements IssueOccurredListener, CaseFiledListener, CaseClosedListener,
            DayEndedListener {
        int occurred;
        int filed;
        int closed;
        int days;

        @Override public void issueOccurred(double time, Issue issue) { occurred++; }
        @Override public void caseFiled(double time, Issue issue) { filed++; }
        @Override public void caseClosed(double time, Issue issue) { closed++; }
        @Override public void dayEnded(int day, double time) { days++; }

        String counts() {
            return occurred + " occurred, " + filed + " filed, " + closed + " closed, " + days + " days";
        }
    }

    private static Scenario scenario() {
        return ModelRuns.load("small-city.yaml").scenario();
    }

    private static void runToEnd(GridModel model) {
        while (model.schedule.step(model)) {
            // each event does its work inside step()
        }
    }

    @Test
    void anObserverRegisteredBeforeStartHearsWhatOneRegisteredAfterItHears() {
        GridModel model = new GridModel(scenario(), 5, 0, DAYS);
        Counter before = model.bus().register(new Counter());
        model.start();
        Counter after = model.bus().register(new Counter());
        runToEnd(model);
        model.finish();
        assertTrue(before.filed > 50 && before.closed > 10, before.counts());
        assertEquals(DAYS, before.days);
        assertEquals(after.counts(), before.counts());
    }

    @Test
    void aRestartForgetsThePreviousRunsObservers() {
        GridModel model = new GridModel(scenario(), 5, 0, DAYS);
        model.start();
        Counter first = model.bus().register(new Counter());
        model.start();
        Counter second = model.bus().register(new Counter());
        runToEnd(model);
        assertEquals(0, first.occurred + first.days, first.counts());
        assertEquals(DAYS, second.days);
    }

    @Test
    void afterFinishAnObserverRegisteredBeforeTheNextStartHearsThatRunOnly() {
        GridModel model = new GridModel(scenario(), 5, 0, DAYS);
        Counter first = model.bus().register(new Counter());
        model.start();
        runToEnd(model);
        model.finish();
        String firstRun = first.counts();
        Counter second = model.bus().register(new Counter());
        model.start();
        runToEnd(model);
        model.finish();
        assertEquals(firstRun, first.counts(), "the first run's observer heard the second run");
        // Same seed, same run: the second observer hears exactly what the first heard.
        assertEquals(firstRun, second.counts());
    }
}
