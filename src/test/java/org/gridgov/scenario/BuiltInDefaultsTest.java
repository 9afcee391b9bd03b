package org.gridgov.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.gridgov.config.InputException;
import org.junit.jupiter.api.Test;

/** The built-in defaults are a valid scenario by themselves, and a scenario may leave out its description. */
class BuiltInDefaultsTest {

    @Test
    void builtInDefaultsLoadWithoutAScenarioFile() {
        Scenario defaults = ScenarioReader.defaults().scenario();
        assertEquals("defaults", defaults.name());
        assertEquals("", defaults.description());
    }

    @Test
    void scenarioWithoutDescriptionLoadsWithAnEmptyOne() throws InputException {
        Scenario s = ScenarioReader.readString("city:\n  residents: 20000\n", "small.yaml", List.of()).scenario();
        assertEquals("small", s.name());
        assertEquals("", s.description());
        assertEquals(20000, s.city().residents());
    }
}
