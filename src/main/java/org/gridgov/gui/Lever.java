package org.gridgov.gui;

import java.math.BigDecimal;

/**
 * One parameter students may change between runs: a scenario key path, a readable name, and the range
 * of its slider. The range is for teaching; whether a value is valid is for {@link org.gridgov.scenario.ScenarioReader}
 * to say.
 *
 * @param key the key path, as in {@code --set}
 * @param whole true for whole numbers
 * @param onOff true for a switch: 0 is off (false), 1 is on (true)
 * @param scenarioValue its value in the scenario as loaded
 */
record Lever(String key, String label, double min, double max, boolean whole, boolean onOff, double scenarioValue) {

    /** A lever whose slider also reaches the scenario's own value. */
    static Lever of(String key, String label, double min, double max, boolean whole, double scenarioValue) {
        return new Lever(key, label, Math.min(min, scenarioValue), Math.max(max, scenarioValue), whole, false,
                scenarioValue);
    }

    /** A switch, shown as a slider from 0 (off) to 1 (on). */
    static Lever onOff(String key, String label, boolean scenarioValue) {
        return new Lever(key, label, 0, 1, true, true, scenarioValue ? 1 : 0);
    }

    /** The {@code key.path=value} override that sets it (plain decimals, which YAML reads as numbers). */
    String assignment(double value) {
        String text = onOff ? Boolean.toString(value >= 0.5)
                : whole ? Long.toString(Math.round(value))
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return key + "=" + text;
    }
}
