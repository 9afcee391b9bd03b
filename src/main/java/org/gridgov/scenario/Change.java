package org.gridgov.scenario;

import org.gridgov.config.Source;

/**
 * One scheduled change of a parameter (docs/ODD.md 6): the value {@code from} until {@code firstDay}, then
 * {@code to} from {@code lastDay} on; a ramp ({@code firstDay < lastDay}) moves in daily steps in between, the
 * value on day d being {@code from + (to - from) x (d - firstDay) / (lastDay - firstDay)} (rounded for whole
 * numbers). A step has {@code firstDay == lastDay}. Both ends lie in the parameter's allowed range, so every
 * value in between does too.
 *
 * @param path the concrete key path ({@code departments.police.return_rate})
 * @param source where the schedule was written
 * @param kind the parameter's type: double, int or boolean
 */
public record Change(String path, Source source, Class<?> kind, double from, double to, int firstDay, int lastDay) implements java.io.Serializable {

    /** True for a change that happens on one day. */
    public boolean step() {
        return firstDay == lastDay;
    }

    /** The value in force on {@code day}. */
    public double valueOn(int day) {
        if (day < firstDay) {
            return from;
        }
        if (day >= lastDay) {
            return to;
        }
        double v = from + (to - from) * (day - firstDay) / (lastDay - firstDay);
        return kind == double.class ? v : Math.rint(v);
    }

    /** The value on {@code day} as a scenario file would write it, so that reading it back gives it exactly. */
    String written(int day) {
        double v = valueOn(day);
        if (kind == boolean.class) {
            return v != 0 ? "true" : "false";
        }
        return kind == double.class ? Double.toString(v) : Long.toString((long) v);
    }

    /** The schedule in words, for listings: {@code 0.2, ramping to 0.6 from day 365 to day 545}. */
    public String describe() {
        String a = shown(from);
        String b = shown(to);
        return step() ? a + ", then " + b + " from day " + firstDay
                : a + ", ramping to " + b + " from day " + firstDay + " to day " + lastDay;
    }

    private String shown(double v) {
        return kind == boolean.class ? (v != 0 ? "true" : "false") : ScenarioReader.show(v);
    }
}
