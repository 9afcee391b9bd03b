package org.gridgov.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.gridgov.queueing.ErlangC;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.testing.QueueScenario;
import org.junit.jupiter.api.Test;

/**
 * Where the time goes: the stages of the loop account for the case's time exactly, and on an M/M/c desk they are
 * the queue's wait and its service.
 */
class StageTimesTest {

    /** Waiting and handling split the published handling time (first dispatch to the end of the last handling). */
    @Test
    void waitingAndHandlingAddUpToTheHandlingTimeOfQCity() throws Exception {
        Scenario s = ScenarioReader.readString("name: small\ncity: {residents: 6000}\n", "small.yaml", List.of())
                .scenario();
        Map<String, Double> m = Simulation.run(new RunSpec(s, 1, 0, 120, 30, false)).metrics().asMap();
        double handling = m.get("mean_handling_hours");
        assertEquals(handling, m.get("stage_hours_waiting") + m.get("stage_hours_handling"), 1e-9 * handling);
        for (String stage : List.of("stage_hours_latent", "stage_hours_to_file", "stage_hours_to_dispatch",
                "stage_hours_waiting", "stage_hours_handling", "stage_hours_to_close")) {
            assertTrue(m.get(stage) > 0, stage + " " + m.get(stage));
        }
    }

    /**
     * On the M/M/3 desk at lambda = 2 (mu = 1, no returns or rework), waiting is the queue's wait and handling the
     * service time: exponential of mean 1 h over about 1,200 cases a run and 5 runs, a standard error of
     * 1 / sqrt(6,000) = 0.013 h, so within 0.06 h (4.6 of them). The wait agrees with Erlang C's 0.444 h within 30%
     * (ErlangCSizingTest says why).
     */
    @Test
    void onAnMmcDeskWaitingIsTheQueueAndHandlingTheService() throws Exception {
        Scenario s = ScenarioReader.readString(QueueScenario.yaml("queue", 2, 3), "queue.yaml", List.of()).scenario();
        double waiting = 0;
        double handling = 0;
        for (int r = 0; r < 5; r++) {
            Map<String, Double> m = Simulation.run(new RunSpec(s, 1, r, 30, 5, false)).metrics().asMap();
            waiting += m.get("stage_hours_waiting") / 5;
            handling += m.get("stage_hours_handling") / 5;
        }
        System.out.printf("M/M/3: waiting %.4f h (Erlang C %.4f), handling %.4f h%n", waiting,
                new ErlangC(3, 2, 1).meanWait(), handling);
        assertEquals(1.0, handling, 0.06);
        double theory = new ErlangC(3, 2, 1).meanWait();
        assertEquals(theory, waiting, 0.3 * theory);
    }
}
