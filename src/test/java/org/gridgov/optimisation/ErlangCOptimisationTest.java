package org.gridgov.optimisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridgov.queueing.ErlangC;
import org.gridgov.testing.QueueScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A staffing problem whose trade-off Erlang C knows: the M/M/c desk of {@link QueueScenario} at lambda = 2 an hour
 * (mu = 1), staffed with 3 to 8, minimising its cost and its mean wait. More staff cost more and wait less, so every
 * count is on the true front. The search (NSGA-II, noisy waits) must end with all six, none of them dropped on the
 * fresh runs, and each simulated wait near Erlang C's: within 30% where the wait is long enough to measure (3 and 4
 * staff: 0.444 h and 0.087 h). 20 fresh runs of 25 measured days hold at least 460 independent stretches of the
 * queue (ErlangCSizingTest), a relative standard error near 7%, so 30% is over 4 standard errors.
 */
class ErlangCOptimisationTest {

    @Test
    void theFrontIsEveryStaffingFromThreeToEightWithErlangCsWaits(@TempDir Path dir) throws Exception {
        Path scenario = QueueScenario.write(dir, "queue", 2, 3);
        List<String> perHundredThousand = new ArrayList<>();
        for (int c = 3; c <= 8; c++) {
            perHundredThousand.add(String.format(Locale.ROOT, "%.7f", c * 100_000.0 / QueueScenario.RESIDENTS));
        }
        Path levers = Files.writeString(dir.resolve("levers.yaml"), """
                levers:
                  departments.desk.staff_per_100k_residents: {values: [%s]}
                objectives: [cost_per_year, mean_department_wait_hours]
                population: 8
                generations: 4
                replications: 2
                final_replications: 20
                seed: 5
                """.formatted(String.join(", ", perHundredThousand)));
        OptimisationPlan plan = OptimisationReader.read(scenario, List.of(), levers, OptimisationReader.Settings.NONE);
        OptimisationResult r = Optimisation.run(plan, dir.resolve("out"), new org.gridgov.experiment.LocalEngine(2), w -> { }, Optimisation.Progress.NONE);
        List<Integer> staff = new ArrayList<>();
        for (OptimisationResult.FinalPoint p : r.finalPoints()) {
            assertTrue(p.kept(), "candidate " + p.candidate().id() + " kept");
            int c = perHundredThousand.indexOf(p.values().get("departments.desk.staff_per_100k_residents")) + 3;
            staff.add(c);
            double wait = p.estimates().get("mean_department_wait_hours").mean();
            double theory = new ErlangC(c, 2, 1).meanWait();
            System.out.printf(Locale.ROOT, "c = %d: wait %.4f h (Erlang C %.4f h), cost %.0f CNY a year%n", c, wait, theory,
                    p.estimates().get("cost_per_year").mean());
            if (c <= 4) {
                assertEquals(theory, wait, 0.3 * theory, "c = " + c);
            }
        }
        assertEquals(List.of(3, 4, 5, 6, 7, 8), staff.stream().sorted().toList());
        System.out.printf(Locale.ROOT, "%d candidates, %d runs%n", r.search().evaluated().size(), r.runs());
    }
}
