package org.gridgov.gui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.gridgov.config.InputException;
import org.gridgov.scenario.DepartmentParams;
import org.gridgov.scenario.Scenario;
import sim.util.Interval;
import sim.util.Properties;
import sim.util.Propertied;

/**
 * The main levers of grid governance, shown in the Console's model tab. A change is checked at once by
 * reading the scenario with the change as an override (the same ranges and messages as {@code --set});
 * a refused change keeps the old value and is reported. Changes apply from the next run, so a student
 * changes one, presses stop and play, and compares.
 */
public final class Levers implements Propertied {
    private final ScenarioInput input;
    private final List<Lever> levers;
    private final double[] values;
    private Scenario current;
    private Consumer<String> onRefused = message -> { };
    private Runnable onChanged = () -> { };

    /** The levers of a scenario read from {@code input} without changes. */
    public Levers(ScenarioInput input, Scenario scenario) {
        this.input = input;
        this.levers = leversOf(scenario);
        this.values = levers.stream().mapToDouble(Lever::scenarioValue).toArray();
        this.current = scenario;
    }

    private static List<Lever> leversOf(Scenario s) {
        List<Lever> l = new ArrayList<>();
        l.add(Lever.of("grid_workers.households_per_worker", "Households per grid worker", 100, 2000, true,
                s.gridWorkers().householdsPerWorker()));
        l.add(Lever.of("grid_workers.extra_duty_share", "Share of hours on extra duties", 0, 0.9, false,
                s.gridWorkers().extraDutyShare()));
        l.add(Lever.of("platform.filing_delay_hours", "Platform filing delay (h)", 0, 24, false,
                s.platform().filingDelayHours()));
        l.add(Lever.of("platform.dispatch_delay_hours", "Platform dispatch delay (h)", 0, 24, false,
                s.platform().dispatchDelayHours()));
        l.add(Lever.of("platform.dispatch_accuracy", "Dispatch accuracy", 0, 1, false,
                s.platform().dispatchAccuracy()));
        for (DepartmentParams d : s.departmentList()) {
            l.add(Lever.of("departments." + d.name() + ".return_rate", "Return rate: " + d.name(), 0, 0.99, false,
                    d.returnRate()));
        }
        l.add(Lever.of("residents.awareness.mean", "Resident awareness (mean)", 0, 1, false,
                s.residents().awareness().mean()));
        l.add(Lever.of("residents.trust.mean", "Resident trust (mean)", 0, 1, false, s.residents().trust().mean()));
        s.residents().channels().forEach((name, reach) ->
                l.add(Lever.of("residents.channels." + name + ".reach", "Channel reach: " + name, 0, 1, false, reach)));
        // The Q City study's levers of network governance.
        l.add(Lever.of("grid_workers.monthly_pay", "Grid worker pay (CNY a month)", 2000, 8000, true,
                s.gridWorkers().monthlyPay()));
        l.add(Lever.of("grid_workers.training", "Grid worker training", 0, 1, false, s.gridWorkers().training()));
        l.add(Lever.of("platform.data_sharing", "Data sharing between departments", 0, 1, false,
                s.platform().dataSharing()));
        l.add(Lever.onOff("coordination.linkage", "Department linkage mechanism (0 off, 1 on)",
                s.coordination().linkage()));
        l.add(Lever.of("party_building.strength", "Party-building escalation", 0, 1, false,
                s.partyBuilding().strength()));
        l.add(Lever.onOff("ngos.participation_mechanism", "NGO participation mechanism (0 off, 1 on)",
                s.ngos().participationMechanism()));
        l.add(Lever.of("ngos.purchase_per_100k_residents", "NGO purchases (CNY a year per 100k)", 0, 3_000_000, true,
                s.ngos().purchasePer100kResidents()));
        l.add(Lever.of("ngos.environment", "Policy environment for NGOs", 0, 1, false, s.ngos().environment()));
        l.add(Lever.of("community_organisations.vitality", "Community organisations' vitality", 0, 1, false,
                s.community().vitality()));
        l.add(Lever.of("volunteers.team_building", "Volunteer team building", 0, 1, false,
                s.volunteers().teamBuilding()));
        l.add(Lever.of("volunteers.recognition", "Volunteer recognition", 0, 1, false, s.volunteers().recognition()));
        l.add(Lever.of("residents.awareness_campaigns_per_year", "Awareness campaigns a year", 0, 12, true,
                s.residents().awarenessCampaignsPerYear()));
        return List.copyOf(l);
    }

    /** Called with the reader's message when a change is refused. */
    public void onRefused(Consumer<String> listener) {
        this.onRefused = listener;
    }

    /** Called after a change is accepted. */
    public void onChanged(Runnable listener) {
        this.onChanged = listener;
    }

    /** The scenario with every accepted change: what the next run uses. */
    public Scenario scenario() {
        return current;
    }

    /** The {@code key.path=value} overrides of the levers changed from the scenario, in lever order. */
    public List<String> changes() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < levers.size(); i++) {
            if (values[i] != levers.get(i).scenarioValue()) {
                out.add(levers.get(i).assignment(values[i]));
            }
        }
        return out;
    }

    /** The lever with this key path, as a number. */
    public double value(String key) {
        return values[indexOf(key)];
    }

    /**
     * Changes a lever if the scenario stays valid with the change.
     *
     * @throws InputException listing the problems; the lever keeps its old value
     */
    public void set(String key, double value) throws InputException {
        int i = indexOf(key);
        double old = values[i];
        values[i] = levers.get(i).whole() ? Math.round(value) : value;
        try {
            current = input.load(changes()).scenario();
        } catch (InputException e) {
            values[i] = old;
            throw e;
        }
    }

    private int indexOf(String key) {
        for (int i = 0; i < levers.size(); i++) {
            if (levers.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no lever '" + key + "'; levers: "
                + Arrays.toString(levers.stream().map(Lever::key).toArray()));
    }

    /** The model tab: one slider per lever, then the changes the next run will use. */
    @Override
    public Properties properties() {
        PropertyList p = new PropertyList(this);
        for (Lever lever : levers) {
            p.addEditable(lever.label(), lever.whole() ? Integer.TYPE : Double.TYPE,
                    () -> shown(lever), value -> trySet(lever, ((Number) value).doubleValue()),
                    lever.whole() ? new Interval((long) lever.min(), (long) lever.max())
                            : new Interval(lever.min(), lever.max()),
                    "<html>" + lever.key() + "<br>Applies from the next run: press stop, then play.</html>");
        }
        p.add("Next run", String.class, () -> changes().isEmpty() ? "as the scenario" : String.join(", ", changes()),
                "The overrides the next run will use, as --set would give them.");
        return p;
    }

    private Object shown(Lever lever) {
        double v = values[levers.indexOf(lever)];
        return lever.whole() ? (Object) (int) Math.round(v) : (Object) v;
    }

    private Object trySet(Lever lever, double value) {
        try {
            set(lever.key(), value);
            onChanged.run();
            return shown(lever);
        } catch (InputException e) {
            onRefused.accept(e.getMessage());
            return null;
        }
    }

    @Override
    public String toString() {
        return "Levers of " + input.describe();
    }
}
