package org.gridgov.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.model.GridModel;
import org.gridgov.model.Issue;
import org.gridgov.model.events.CaseClosedListener;
import org.gridgov.model.events.CaseFiledListener;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/** {@link Simulation#run} with extra observers: they hear the whole run and change none of its results. */
class SimulationTest {

    /** Counts filings and closures, as the standard observers do over a run without warm-up. */
    private static final class Tally implements CaseFiledListener, CaseClosedListener {
        final GridModel model;
        int filed;
        int closed;

        Tally(GridModel model) {
            this.model = model;
        }

        @Override public void caseFiled(double time, Issue issue) { filed++; }
        @Override public void caseClosed(double time, Issue issue) { closed++; }
    }

    private static RunSpec spec() throws Exception {
        Scenario s = ScenarioReader.readString("city: {residents: 20000}", "t.yaml", List.of()).scenario();
        return new RunSpec(s, 9, 0, 30, 0, false);
    }

    @Test
    void extraObserversHearTheWholeRunInOrder() throws Exception {
        List<Tally> made = new ArrayList<>();
        RunResult run = Simulation.run(spec(), List.of(m -> add(made, new Tally(m)), m -> add(made, new Tally(m))));
        assertEquals(2, made.size());
        assertSame(run.model(), made.get(0).model, "made from the run's own model");
        Tally tally = made.get(0);
        assertTrue(tally.filed > 100, "filed " + tally.filed);
        assertEquals(run.metrics().get("cases_filed"), tally.filed, 0);
        assertEquals(run.metrics().get("cases_closed"), tally.closed, 0);
        assertEquals(tally.filed, made.get(1).filed);
    }

    @Test
    void extraObserversChangeNoResult() throws Exception {
        RunResult plain = Simulation.run(spec());
        RunResult observed = Simulation.run(spec(), List.of(Tally::new));
        assertEquals(plain.metrics().asMap(), observed.metrics().asMap());
    }

    private static Tally add(List<Tally> made, Tally t) {
        made.add(t);
        return t;
    }
}
