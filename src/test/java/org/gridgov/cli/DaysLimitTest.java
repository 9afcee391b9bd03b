package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.scenario.ParameterCatalogue;
import org.junit.jupiter.api.Test;

/** The longest run the options accept is the one declared for simulation.days. */
class DaysLimitTest {

    @Test
    void theDaysOptionsAcceptExactlyTheDeclaredRangeOfSimulationDays() {
        int declared = (int) ParameterCatalogue.get("simulation.days").max();
        assertEquals(declared, DaysOption.MAX_DAYS);
        assertEquals(declared - 1, (int) ParameterCatalogue.get("simulation.warmup_days").max());
        DaysOption options = new DaysOption();
        List<String> problems = new ArrayList<>();
        options.days = declared;
        options.check(problems);
        assertEquals(List.of(), problems);
        options.days = declared + 1;
        options.check(problems);
        assertEquals(List.of("--days must be from 1 to " + declared + ", not " + (declared + 1)), problems);
    }
}
