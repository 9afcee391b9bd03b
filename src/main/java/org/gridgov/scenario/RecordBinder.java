package org.gridgov.scenario;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.gridgov.config.ReadContext;
import org.gridgov.config.Section;

/**
 * Binds a mapping of the input to a record by name: each component is read under its declared key
 * ({@link Param}) through the {@link Section} getters, so a value can only land in the component of its own
 * name, whatever the order of the components. A nested record is a nested mapping; a map of records is a
 * mapping of named entries. Values the getters cannot read (distributions, keys of other entries...) go to a
 * {@link Reader} registered by component or type, and checks between values go to a {@link Check} registered by
 * record type.
 */
final class RecordBinder {

    /** Reads one component; {@code earlier} holds the components of the same record read before it, by name. */
    interface Reader {
        Object read(Section s, String key, Param declared, Map<String, Object> earlier);
    }

    /**
     * Checks a record's values against each other once they are read, and may return an adjusted record;
     * {@code fine} tells whether a key was read without a problem (a refused value is only a placeholder).
     */
    interface Check<R> {
        R check(R value, Section s, Predicate<String> fine);
    }

    private static final Pattern ENTRY_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final ReadContext ctx;
    private final Map<String, Reader> byComponent = new HashMap<>();
    private final Map<Class<?>, Reader> byType = new HashMap<>();
    private final Map<Class<?>, Check<?>> checks = new HashMap<>();

    RecordBinder(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** Reads {@code record}'s component {@code component} with {@code reader}. */
    RecordBinder reader(Class<? extends Record> record, String component, Reader reader) {
        Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(record.getSimpleName() + " has no " + component));
        byComponent.put(record.getSimpleName() + "." + component, reader);
        return this;
    }

    /** Reads every component of type {@code type} with {@code reader}. */
    RecordBinder reader(Class<?> type, Reader reader) {
        byType.put(type, reader);
        return this;
    }

    /** Checks every record of type {@code type} with {@code check} once it is read. */
    <R extends Record> RecordBinder check(Class<R> type, Check<R> check) {
        checks.put(type, check);
        return this;
    }

    /** Reads the record from {@code s}, then finishes {@code s} (reporting unknown keys). */
    <R> R bind(Class<R> type, Section s) {
        return bind(type, s, null);
    }

    /** The named entries of the mapping under {@code key}, each read as a {@code type}, in file order. */
    <R> Map<String, R> entries(Class<R> type, Section parent, String key) {
        Map<String, R> out = new LinkedHashMap<>();
        parent.entries(key).forEach((name, s) -> {
            checkName(s, name);
            out.put(name, bind(type, s, name));
        });
        return out;
    }

    private <R> R bind(Class<R> type, Section s, String entryName) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Map<String, Object> earlier = new LinkedHashMap<>();
        Set<String> refused = new HashSet<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            if (c.isAnnotationPresent(EntryName.class)) {
                values[i] = entryName;
            } else {
                String key = ParameterCatalogue.key(c);
                int before = ctx.problems().size();
                values[i] = component(type, c, s, key, earlier);
                if (ctx.problems().size() > before) {
                    refused.add(key);
                }
            }
            earlier.put(c.getName(), values[i]);
        }
        R value = construct(type, components, values);
        @SuppressWarnings("unchecked")
        Check<R> check = (Check<R>) checks.get(type);
        if (check != null) {
            value = check.check(value, s, key -> !refused.contains(key));
        }
        s.finish();
        return value;
    }

    private Object component(Class<?> record, RecordComponent c, Section s, String key, Map<String, Object> earlier) {
        Section at = s;
        String last = key;
        int dot = key.lastIndexOf('.');
        if (dot >= 0) { // a key in a nested mapping of this record's own, such as community.columns
            for (String part : key.substring(0, dot).split("\\.")) {
                at = at.section(part);
            }
            last = key.substring(dot + 1);
        }
        Param declared = c.getAnnotation(Param.class);
        Reader reader = byComponent.getOrDefault(record.getSimpleName() + "." + c.getName(), byType.get(c.getType()));
        if (reader != null) {
            return reader.read(at, last, declared, earlier);
        }
        Class<?> type = c.getType();
        if (ParameterCatalogue.isSection(type)) {
            return bind(type, at.section(last), null);
        }
        if (Map.class.isAssignableFrom(type)) {
            Class<?> valueType = ParameterCatalogue.mapValueType(c);
            return ParameterCatalogue.isSection(valueType) ? entries(valueType, at, last) : numbers(at, last, declared);
        }
        if (declared == null) {
            throw new IllegalStateException(record.getSimpleName() + "." + c.getName() + " has no @Param");
        }
        return value(at, last, type, declared);
    }

    /** A mapping of names to one-number mappings, such as channels and their reach. */
    private Map<String, Double> numbers(Section parent, String key, Param declared) {
        Map<String, Double> out = new LinkedHashMap<>();
        parent.entries(key).forEach((name, s) -> {
            checkName(s, name);
            out.put(name, (Double) value(s, declared.entry(), double.class, declared));
            s.finish();
        });
        return out;
    }

    private static Object value(Section s, String key, Class<?> type, Param p) {
        if (!p.ifAbsent().isEmpty() && !s.has(key)) {
            if (type != double.class) {
                throw new IllegalStateException("ifAbsent is for numbers; '" + key + "' needs a reader");
            }
            return Double.parseDouble(p.ifAbsent());
        }
        if (type == int.class) {
            return s.integer(key, (int) p.min(), (int) p.max());
        }
        if (type == long.class) {
            return s.longInteger(key, (long) p.min(), (long) p.max()); // infinite bounds: Long's own
        }
        if (type == double.class) {
            if (p.minExclusive() && p.min() != 0) {
                throw new IllegalStateException("the reader excludes only 0 as a minimum ('" + key + "')");
            }
            return p.minExclusive() ? s.positive(key, p.max()) : s.number(key, p.min(), p.max());
        }
        if (type == boolean.class) {
            return s.flag(key);
        }
        if (type == String.class) {
            return s.text(key);
        }
        if (type.isEnum()) {
            return choice(s, key, type.asSubclass(Enum.class));
        }
        throw new IllegalStateException("no getter for " + type.getSimpleName() + " ('" + key + "');"
                + " register a reader");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object choice(Section s, String key, Class<? extends Enum> type) {
        return s.choice(key, (Class) type);
    }

    /** Entry names name output columns, so they are kept simple. */
    private void checkName(Section entry, String name) {
        if (!ENTRY_NAME.matcher(name).matches()) {
            ctx.report(entry.source(), entry.path(), null, "this name must be 1-40 lower-case letters, digits"
                    + " or '_', starting with a letter (it names output columns)");
        }
    }

    private static <R> R construct(Class<R> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName(), e);
        }
    }
}
