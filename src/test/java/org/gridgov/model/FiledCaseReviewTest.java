package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.model.events.DayEndedListener;
import org.gridgov.model.events.IssueOccurredListener;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The platform's daily review of old cases lets go of the cases it has no more use for. It parks cases still
 * waiting at the age limit (60 days), so it must follow every open case; a closed or parked one never opens
 * again, and keeping it until it reaches the limit would hold two months of a city's closed cases in memory (at
 * ten million residents, 0.9 million cases). Finished cases are swept out whenever the review's queue has doubled
 * since the last sweep, so it never holds more than 1,024 cases, or twice the open ones, plus a day's filings.
 */
class FiledCaseReviewTest {

    private static final int DAYS = 150;
    private static final int SWEEP_FLOOR = 1024;

    /** Every issue of the run, and at the end of each day the review's queue and the open cases. */
    private static final class Watch implements IssueOccurredListener, DayEndedListener {
        private final GridModel model;
        private final List<Issue> issues = new ArrayList<>();
        private int mostKept;
        private int mostOpen;

        Watch(GridModel model) {
            this.model = model;
        }

        @Override
        public void issueOccurred(double time, Issue issue) {
            issues.add(issue);
        }

        @Override
        public void dayEnded(int day, double time) {
            mostKept = Math.max(mostKept, model.supervision.casesUnderReview());
            int open = 0;
            for (Issue i : issues) {
                if (i.state().isOpenCase()) {
                    open++;
                }
            }
            mostOpen = Math.max(mostOpen, open);
        }

        /** The most cases filed on any one day. */
        int mostFiledInADay() {
            int[] byDay = new int[DAYS + 1];
            for (Issue i : issues) {
                if (!Double.isNaN(i.filedAt())) {
                    byDay[(int) (i.filedAt() / 24)]++;
                }
            }
            int most = 0;
            for (int n : byDay) {
                most = Math.max(most, n);
            }
            return most;
        }

        /** The cases filed in the run's last 60 days: what a review that only drops cases at its head would hold. */
        int filedInTheLastSixtyDays() {
            double from = (DAYS - 60) * 24.0;
            int n = 0;
            for (Issue i : issues) {
                if (i.filedAt() >= from) {
                    n++;
                }
            }
            return n;
        }
    }

    @Test
    void theReviewHoldsTheOpenCasesNotTwoMonthsOfClosedOnes() {
        Scenario s = ModelRuns.load("small-city.yaml", "city.residents=100000").scenario();
        List<Watch> watches = new ArrayList<>();
        Simulation.run(new RunSpec(s, 5, 0, DAYS, 0, false), List.of(model -> {
            Watch w = new Watch(model);
            watches.add(w);
            return w;
        }));
        Watch w = watches.get(0);
        int bound = Math.max(SWEEP_FLOOR, 2 * w.mostOpen) + w.mostFiledInADay();
        // The test means something only if keeping closed cases to the age limit would break the bound.
        assertTrue(w.filedInTheLastSixtyDays() > 3 * bound,
                w.filedInTheLastSixtyDays() + " cases filed in 60 days against a bound of " + bound);
        assertTrue(w.mostKept <= bound, "the review held " + w.mostKept + " cases; at most " + bound
                + " (open cases at most " + w.mostOpen + ", filings a day at most " + w.mostFiledInADay() + ")");
    }
}
