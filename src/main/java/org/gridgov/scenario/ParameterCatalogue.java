package org.gridgov.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every scenario parameter as declared on its record ({@link Param}, {@link Lever}), in the order of the records'
 * components from {@link Scenario} down. The one place that says a parameter's key, unit, range and meaning:
 * the reader, the {@code validate} listing, the GUI's levers, the sizing bounds and the ODD check read it here.
 */
public final class ParameterCatalogue {

    private static final List<Parameter> ALL = List.copyOf(walk(Scenario.class, "", null, new ArrayList<>()));

    private ParameterCatalogue() {
    }

    /** Every declared parameter, in declaration order. */
    public static List<Parameter> all() {
        return ALL;
    }

    /** The levers, in the order of their positions. */
    public static List<Parameter> levers() {
        return ALL.stream().filter(Parameter::isLever)
                .sorted(Comparator.comparingInt(p -> p.lever().position())).toList();
    }

    /**
     * The declaration covering a key path such as {@code departments.police.return_rate} (or its pattern,
     * {@code departments.*.return_rate}).
     *
     * @throws IllegalArgumentException when no parameter has that key path
     */
    public static Parameter get(String keyPath) {
        return ALL.stream().filter(p -> p.path().equals(keyPath) || p.covers(keyPath)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no declared parameter '" + keyPath + "'"));
    }

    /** The key of a record component: its declared key, else its name in snake case. */
    static String key(RecordComponent c) {
        Param p = c.getAnnotation(Param.class);
        return p != null && !p.key().isEmpty() ? p.key() : snakeCase(c.getName());
    }

    /** {@code householdsPerWorker} to {@code households_per_worker}, {@code staffPer100k} to {@code staff_per_100k}. */
    static String snakeCase(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean digitAfterLetter = Character.isDigit(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if (Character.isUpperCase(c) || digitAfterLetter) {
                b.append('_');
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** True for a record read as a mapping of its own declared parameters. */
    static boolean isSection(Class<?> type) {
        return type.isRecord() && Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> c.isAnnotationPresent(Param.class) || isSection(c.getType()));
    }

    /** The value type of a {@code Map<String, V>} component. */
    static Class<?> mapValueType(RecordComponent c) {
        return (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[1];
    }

    /** The concrete key paths of a declaration in a scenario: one per entry where the path has a {@code *}. */
    public static List<String> paths(Scenario scenario, Parameter p) {
        return expand(scenario, p.path());
    }

    private static List<String> expand(Scenario scenario, String pattern) {
        int star = pattern.indexOf(".*");
        if (star < 0) {
            return List.of(pattern);
        }
        String before = pattern.substring(0, star);
        List<String> out = new ArrayList<>();
        for (Object name : ((Map<?, ?>) value(scenario, before)).keySet()) {
            out.addAll(expand(scenario, before + "." + name + pattern.substring(star + 2)));
        }
        return out;
    }

    /**
     * The value at a concrete key path of a scenario: a number, flag, text, enum constant, or for a path that
     * ends at a mapping, its record or map.
     *
     * @throws IllegalArgumentException when the scenario has no such key path
     */
    public static Object value(Scenario scenario, String keyPath) {
        return valueIn(scenario, keyPath, keyPath);
    }

    private static Object valueIn(Object o, String rest, String keyPath) {
        if (rest.isEmpty()) {
            return o;
        }
        if (o instanceof Map<?, ?> map) {
            int dot = rest.indexOf('.');
            Object entry = map.get(dot < 0 ? rest : rest.substring(0, dot));
            if (entry == null) {
                throw new IllegalArgumentException("no key path '" + keyPath + "'");
            }
            // A map of numbers holds each entry's one value directly (channels.hotline.reach).
            return dot < 0 || !(entry instanceof Record) ? entry : valueIn(entry, rest.substring(dot + 1), keyPath);
        }
        if (o instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                String k = key(c);
                if (rest.equals(k) || rest.startsWith(k + ".")) {
                    return valueIn(read(c, r), rest.substring(Math.min(rest.length(), k.length() + 1)), keyPath);
                }
            }
        }
        throw new IllegalArgumentException("no key path '" + keyPath + "'");
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Parameter> walk(Class<?> record, String prefix, Lever partLever, List<Parameter> out) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.isAnnotationPresent(EntryName.class) || c.getType() == Timeline.class) {
                continue;
            }
            String path = prefix.isEmpty() ? key(c) : prefix + "." + key(c);
            Param p = c.getAnnotation(Param.class);
            Lever lever = c.getAnnotation(Lever.class);
            if (lever == null && partLever != null && partLever.part().equals(key(c))) {
                lever = partLever;
            }
            Class<?> type = c.getType();
            if (isSection(type)) {
                walk(type, path, lever, out);
            } else if (Map.class.isAssignableFrom(type) && isSection(mapValueType(c))) {
                walk(mapValueType(c), path + ".*", null, out);
            } else if (p == null) {
                throw new IllegalStateException(record.getSimpleName() + "." + c.getName() + " has no @Param");
            } else if (Map.class.isAssignableFrom(type)) {
                out.add(parameter(path + ".*." + p.entry(), mapValueType(c), p, lever));
            } else if (p.parts().length > 0) {
                for (String part : p.parts()) {
                    Class<?> partType = Arrays.stream(type.getRecordComponents()).filter(rc -> key(rc).equals(part))
                            .findFirst().orElseThrow().getType();
                    out.add(parameter(path + "." + part, partType, p, null));
                }
            } else {
                out.add(parameter(path, type, p, lever));
            }
        }
        return out;
    }

    private static Parameter parameter(String path, Class<?> type, Param p, Lever lever) {
        Parameter.Slider slider = lever == null ? null
                : new Parameter.Slider(lever.position(), lever.label(), lever.low(), lever.high(), lever.wholeSteps());
        return new Parameter(path, type, p.unit(), p.min(), p.max(), p.minExclusive(), p.allowed(), p.ifAbsent(),
                p.source(), p.meaning(), slider, fixedDuringRun(type, p, lever));
    }

    /** Levers may change during a run unless they say why not; other parameters only when declared so. */
    private static String fixedDuringRun(Class<?> type, Param p, Lever lever) {
        boolean valueType = type == double.class || type == Double.class || type == int.class || type == boolean.class;
        if (!valueType) {
            return "only numbers and flags can change during a run";
        }
        if (lever != null) {
            return lever.fixedDuringRun();
        }
        return p.schedulable() ? "" : "it is not a lever: it describes the city or how a mechanism works, so it"
                + " keeps one value for the whole run (levers and the parameters that may change are listed by"
                + " gridgov validate --explain)";
    }
}
