package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.scenario.Parameter;
import org.gridgov.scenario.ParameterCatalogue;
import org.gridgov.text.Texts;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;

/** The model tab's sliders come from the parameters declared as levers, within their allowed ranges. */
class LeverDeclarationsTest {

    private static Properties sliders() throws Exception {
        ScenarioInput input = new ScenarioInput(GuiRuns.BASELINE, List.of());
        return new Levers(input, input.load(List.of()).scenario(), Texts.EN).properties();
    }

    @Test
    void theSlidersAreTheDeclaredLeversInTheirOrderOnePerDepartmentAndChannel() throws Exception {
        Properties p = sliders();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < p.numProperties() - 1; i++) { // the last one is "Next run"
            names.add(p.getName(i));
        }
        assertEquals(List.of("Households per grid worker", "Share of hours on extra duties",
                "Platform filing delay (h)", "Platform dispatch delay (h)", "Dispatch accuracy",
                "Return rate: sanitation", "Return rate: municipal", "Return rate: urban_management",
                "Return rate: justice", "Return rate: emergency", "Return rate: civil_affairs", "Return rate: police",
                "Resident awareness (mean)", "Resident trust (mean)", "Channel reach: hotline", "Channel reach: walk_in",
                "Satisfaction callbacks (回访)", "Paid reporting scheme (0 off, 1 on)",
                "Grid worker pay (CNY a month)", "Grid worker training", "Data sharing between departments",
                "Department linkage mechanism (0 off, 1 on)", "Asset registry (component census)",
                "Party-building escalation",
                "NGO participation mechanism (0 off, 1 on)", "NGO purchases (CNY a year per 100k)",
                "Policy environment for NGOs", "Community organisations' vitality", "Volunteer team building",
                "Volunteer recognition", "Awareness campaigns a year"), names);
        Interval pay = (Interval) p.getDomain(names.indexOf("Grid worker pay (CNY a month)"));
        assertEquals(2000L, pay.getMin(), "a decimal lever declared in whole steps has a whole-number slider");
        assertEquals(8000L, pay.getMax());
        assertEquals(Integer.TYPE, p.getType(names.indexOf("Awareness campaigns a year")));
        assertEquals(Double.TYPE, p.getType(names.indexOf("Dispatch accuracy")));
    }

    @Test
    void everyLeversPlausibleRangeLiesWithinItsAllowedRange() {
        List<Parameter> levers = ParameterCatalogue.levers();
        assertTrue(levers.size() >= 20, "levers: " + levers.size());
        for (Parameter p : levers) {
            double low = p.lever().low();
            double high = p.lever().high();
            assertTrue(low < high, p.path() + ": " + low + " to " + high);
            if (p.numeric()) {
                assertTrue(p.allows(low), p.path() + ": low " + low + " not in " + p.allowedRange());
                assertTrue(p.allows(high), p.path() + ": high " + high + " not in " + p.allowedRange());
            } else {
                assertEquals(boolean.class, p.type(), p.path() + ": a lever is a number or a switch");
                assertEquals(List.of(0.0, 1.0), List.of(low, high), p.path());
            }
        }
    }

    @Test
    void everySliderLiesWithinItsParametersAllowedRange() throws Exception {
        Properties p = sliders();
        for (int i = 0; i < p.numProperties() - 1; i++) {
            String tip = String.valueOf(p.getDescription(i)); // <html>key.path<br>...
            String key = tip.substring("<html>".length(), tip.indexOf("<br>"));
            Parameter declared = ParameterCatalogue.get(key);
            Interval range = (Interval) p.getDomain(i);
            assertTrue(declared.allows(range.getMax().doubleValue()), key + " slider max " + range.getMax());
            double min = range.getMin().doubleValue();
            assertTrue(declared.allows(min) || (declared.minExclusive() && min == declared.min()),
                    key + " slider min " + range.getMin());
        }
    }
}
