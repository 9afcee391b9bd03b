package org.gridgov.gui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.gridgov.config.InputException;
import org.gridgov.scenario.Parameter;
import org.gridgov.scenario.ParameterCatalogue;
import org.gridgov.scenario.Scenario;
import org.gridgov.text.Texts;
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
    private final Texts t;
    private ScenarioInput input;
    private List<Lever> levers;
    private double[] values;
    private Scenario current;
    private Consumer<String> onRefused = message -> { };
    private Runnable onChanged = () -> { };

    /**
     * The levers of a scenario read from {@code input} without changes.
     *
     * @param t the language of the levers' names and help (the reader's messages stay English)
     */
    public Levers(ScenarioInput input, Scenario scenario, Texts t) {
        this.t = t;
        this.input = input;
        this.levers = leversOf(scenario, t);
        this.values = levers.stream().mapToDouble(Lever::scenarioValue).toArray();
        this.current = scenario;
    }

    /**
     * One lever per parameter declared as one ({@link ParameterCatalogue#levers()}), in their declared order; a
     * parameter of named entries (departments, channels) gives one per entry. The sliders span the declared
     * plausible range. Their names are in the language of {@code t}.
     */
    private static List<Lever> leversOf(Scenario s, Texts t) {
        List<Lever> l = new ArrayList<>();
        for (Parameter p : ParameterCatalogue.levers()) {
            Parameter.Slider slider = p.lever();
            for (String path : ParameterCatalogue.paths(s, p)) {
                String name = t.t(slider.label());
                String label = p.path().contains("*") ? t.f("%s: %s", name, entryName(p, path)) : name;
                Object value = ParameterCatalogue.value(s, path);
                l.add(value instanceof Boolean on ? Lever.onOff(path, label, on)
                        : Lever.of(path, label, slider.low(), slider.high(), p.whole() || slider.wholeSteps(),
                                ((Number) value).doubleValue()));
            }
        }
        return List.copyOf(l);
    }

    /** The entry's name in a concrete key path: the part where the declaration has its {@code *}. */
    private static String entryName(Parameter p, String path) {
        return path.split("\\.")[List.of(p.path().split("\\.")).indexOf("*")];
    }

    /** Called with the reader's message when a change is refused. */
    public void onRefused(Consumer<String> listener) {
        this.onRefused = listener;
    }

    /** Called after a change is accepted. */
    public void onChanged(Runnable listener) {
        this.onChanged = listener;
    }

    /**
     * Takes the levers of another scenario, for the next run, if it reads without problems (else keeps these).
     *
     * @throws InputException with the reader's messages, as {@code gridgov validate} gives them
     */
    public void load(ScenarioInput other) throws InputException {
        Scenario s = other.load(List.of()).scenario();
        input = other;
        levers = leversOf(s, t);
        values = levers.stream().mapToDouble(Lever::scenarioValue).toArray();
        current = s;
        onChanged.run();
    }

    /** The language of the levers' names and help. */
    Texts texts() {
        return t;
    }

    /** Where the levers' scenario comes from, before their changes. */
    public ScenarioInput input() {
        return input;
    }

    /** The key paths of the levers, in order. */
    public List<String> keys() {
        return levers.stream().map(Lever::key).toList();
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
                    "<html>" + lever.key() + "<br>" + t.t("Applies from the next run: press stop, then play.")
                            + "</html>");
        }
        p.add(t.t("Next run"), String.class,
                () -> changes().isEmpty() ? t.t("as the scenario") : String.join(", ", changes()),
                t.t("The overrides the next run will use, as --set would give them."));
        return p;
    }

    private Object shown(Lever lever) {
        double v = values[indexOf(lever.key())];
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
        return t.f("Levers of %s", input.describe(t));
    }
}
