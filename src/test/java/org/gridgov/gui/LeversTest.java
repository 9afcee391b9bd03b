package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JLabel;

import org.gridgov.config.InputException;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.util.Interval;
import sim.util.Properties;

/** The levers in the Console's model tab: checked like --set, applied from the next run. */
class LeversTest {

    private static Levers levers() throws InputException {
        ScenarioInput input = new ScenarioInput(GuiRuns.BASELINE, List.of());
        return new Levers(input, input.load(List.of()).scenario(), Texts.EN);
    }

    private static int index(Properties p, String name) {
        for (int i = 0; i < p.numProperties(); i++) {
            if (p.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no property " + name);
    }

    @Test
    void anAcceptedChangeIsTheNextRunsScenario() throws Exception {
        Levers levers = levers();
        assertEquals(List.of(), levers.changes());
        levers.set("grid_workers.extra_duty_share", 0.1);
        levers.set("departments.urban_management.return_rate", 0.02);
        assertEquals(List.of("grid_workers.extra_duty_share=0.1", "departments.urban_management.return_rate=0.02"),
                levers.changes());
        Scenario next = levers.scenario();
        assertEquals(0.1, next.gridWorkers().extraDutyShare());
        assertEquals(0.02, next.departments().get("urban_management").returnRate());
        levers.set("grid_workers.extra_duty_share", 0.3);
        assertEquals(List.of("departments.urban_management.return_rate=0.02"), levers.changes(),
                "back to the scenario's value is no change");
    }

    @Test
    void theStudysLeversIncludeSwitchesForTheParticipationMechanismAndLinkage() throws Exception {
        Levers levers = levers();
        levers.set("ngos.participation_mechanism", 1);
        levers.set("coordination.linkage", 1);
        levers.set("volunteers.team_building", 0.8);
        assertEquals(List.of("coordination.linkage=true", "ngos.participation_mechanism=true",
                "volunteers.team_building=0.8"), levers.changes());
        Scenario next = levers.scenario();
        assertTrue(next.ngos().participationMechanism());
        assertTrue(next.coordination().linkage());
        assertEquals(0.8, next.volunteers().teamBuilding());
        levers.set("ngos.participation_mechanism", 0);
        assertEquals(List.of("coordination.linkage=true", "volunteers.team_building=0.8"), levers.changes(),
                "a switch back off is no change");
    }

    @Test
    void aRefusedChangeKeepsTheOldValueAndSaysWhy() throws Exception {
        Levers levers = levers();
        Scenario before = levers.scenario();
        InputException e = assertThrows(InputException.class, () -> levers.set("grid_workers.extra_duty_share", 1.5));
        assertTrue(e.getMessage().contains("grid_workers.extra_duty_share = 1.5: must be a number from 0 to 0.9"),
                e.getMessage());
        assertEquals(0.3, levers.value("grid_workers.extra_duty_share"));
        assertEquals(List.of(), levers.changes());
        assertEquals(before, levers.scenario());
    }

    @Test
    void everyDepartmentAndChannelHasALever() throws Exception {
        Levers levers = levers();
        Scenario s = levers.scenario();
        s.departments().forEach((name, d) ->
                assertEquals(d.returnRate(), levers.value("departments." + name + ".return_rate")));
        s.residents().channels().forEach((name, reach) ->
                assertEquals(reach, levers.value("residents.channels." + name + ".reach")));
        assertEquals(s.residents().trust().mean(), levers.value("residents.trust.mean"));
        assertThrows(IllegalArgumentException.class, () -> levers.value("city.residents"));
    }

    @Test
    void theModelTabShowsSlidersAndRefusesBadValues() throws Exception {
        Levers levers = levers();
        List<String> refused = new ArrayList<>();
        levers.onRefused(refused::add);
        Properties p = levers.properties();
        int households = index(p, "Households per grid worker");
        assertEquals(Integer.TYPE, p.getType(households));
        Interval range = (Interval) p.getDomain(households);
        assertEquals(100L, range.getMin());
        assertEquals(2000L, range.getMax());
        assertTrue(p.isReadWrite(households));

        assertEquals(400, p.setValue(households, "400"));
        assertEquals(400, p.getValue(households));
        assertEquals("grid_workers.households_per_worker=400", p.getValue(index(p, "Next run")));

        assertNull(p.setValue(households, "5"), "MASON beeps and keeps the old value");
        assertEquals(400, p.getValue(households));
        assertEquals(1, refused.size());
        assertTrue(refused.get(0).contains("grid_workers.households_per_worker = 5: must be a whole number from 10"),
                refused.get(0));
        assertTrue(!p.isReadWrite(index(p, "Next run")));
    }

    private static List<Double> values(Levers levers) {
        return levers.keys().stream().map(levers::value).toList();
    }

    @Test
    void savedLeversReadBackAsTheSameLevers(@TempDir Path dir) throws Exception {
        Levers levers = levers();
        levers.set("grid_workers.households_per_worker", 400);
        levers.set("coordination.linkage", 1);
        levers.set("departments.urban_management.return_rate", 0.02);
        Path file = dir.resolve("my reform.yaml");
        LeversInspector tab = new LeversInspector(levers, null);
        assertNull(tab.save(file));

        LoadedScenario read = ScenarioReader.read(file, List.of());
        assertEquals("my-reform", read.scenario().name(), "named after its file");
        assertTrue(Files.readString(file).startsWith("# Saved by the gridgov live view from "
                + GuiRuns.BASELINE + " with grid_workers.households_per_worker=400,"
                + " departments.urban_management.return_rate=0.02, coordination.linkage=true.\n"), Files.readString(file));
        ScenarioInput input = new ScenarioInput(file, List.of());
        Levers again = new Levers(input, read.scenario(), Texts.EN);
        assertEquals(levers.keys(), again.keys());
        assertEquals(values(levers), values(again));
        assertEquals(levers.scenario().gridWorkers(), again.scenario().gridWorkers());
        assertEquals(levers.scenario().departments(), again.scenario().departments());
        assertEquals(levers.scenario().city(), again.scenario().city());

        Levers other = levers();
        assertNull(new LeversInspector(other, null).load(file));
        assertEquals(values(levers), values(other), "loading the file gives the levers saved");
        assertEquals(List.of(), other.changes(), "as the loaded scenario says");
    }

    @Test
    void theBuiltInDefaultsWithCommandLineOverridesAreSavedToo(@TempDir Path dir) throws Exception {
        ScenarioInput input = new ScenarioInput(null, List.of("grid_workers.extra_duty_share=0.2"));
        Levers levers = new Levers(input, input.load(List.of()).scenario(), Texts.EN);
        levers.set("platform.dispatch_accuracy", 0.95);
        Path file = dir.resolve("defaults-plus.yml");
        assertNull(new LeversInspector(levers, null).save(file));
        Levers again = new Levers(new ScenarioInput(file, List.of()), ScenarioReader.read(file, List.of()).scenario(),
                Texts.EN);
        assertEquals(0.2, again.value("grid_workers.extra_duty_share"));
        assertEquals(0.95, again.value("platform.dispatch_accuracy"));
        assertEquals(values(levers), values(again));
    }

    @Test
    void aBadScenarioIsNotLoadedAndTheReaderSaysWhy(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\ncity:\n  residnts: 5000\ngrid_workers:\n  extra_duty_share: 1.5\n");
        Levers levers = levers();
        levers.set("grid_workers.households_per_worker", 400);
        String problem = new LeversInspector(levers, null).load(bad);
        String expected;
        try {
            ScenarioReader.read(bad, List.of());
            throw new AssertionError("the file is bad");
        } catch (InputException e) {
            expected = e.getMessage();
        }
        assertEquals(expected, problem, "the message of gridgov validate");
        assertTrue(problem.contains("city.residnts: unknown key; did you mean 'residents'?"), problem);
        assertTrue(problem.contains("grid_workers.extra_duty_share = 1.5: must be a number from 0 to 0.9"), problem);
        assertEquals(400, levers.value("grid_workers.households_per_worker"), "the levers are kept");
        assertEquals(List.of("grid_workers.households_per_worker=400"), levers.changes());
    }

    @Test
    void theModelTabShowsEveryLeverOnOnePage() throws Exception {
        Levers levers = levers();
        assertTrue(levers.properties().numProperties() > 25, "more than MASON's page of 25");
        List<String> labels = new ArrayList<>();
        collectLabels(new LeversInspector(levers, null), labels);
        assertTrue(labels.contains("Households per grid worker"), labels.toString());
        assertTrue(labels.contains("Next run"), "the last entry is on the page too: " + labels);
        assertTrue(labels.stream().noneMatch(l -> l.trim().startsWith("Go to")), "no pager: " + labels);
    }

    private static void collectLabels(Container c, List<String> into) {
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel l && l.getText() != null) {
                into.add(l.getText().replaceAll("<[^>]*>", "").trim());
            }
            if (child instanceof Container inner) {
                collectLabels(inner, into);
            }
        }
    }

    @Test
    void aSliderReachesTheScenariosOwnValue() {
        Lever lever = Lever.of("grid_workers.households_per_worker", "Households", 100, 2000, true, 5000);
        assertEquals(5000, lever.max());
        assertEquals("grid_workers.households_per_worker=5000", lever.assignment(5000));
        assertEquals("platform.dispatch_accuracy=0.00001",
                Lever.of("platform.dispatch_accuracy", "Accuracy", 0, 1, false, 0.5).assignment(1e-5));
    }
}
