package org.gridgov.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import sim.util.Properties;

/**
 * Properties for MASON's inspectors from a list of named values, shown in the order added and under
 * readable names (bean getters would give neither).
 */
final class PropertyList extends Properties {
    private static final long serialVersionUID = 1L;

    private record Entry(String name, Class<?> type, Supplier<?> value, Function<Object, Object> setter,
            Object domain, String description) {
    }

    private final transient List<Entry> entries = new ArrayList<>();

    /** @param of the object described, used by MASON as the inspector's title */
    PropertyList(Object of) {
        this.object = of;
    }

    /** Adds a read-only value; {@code type} is e.g. {@code Integer.TYPE}, {@code Double.TYPE} or {@code String.class}. */
    PropertyList add(String name, Class<?> type, Supplier<?> value, String description) {
        entries.add(new Entry(name, type, value, null, null, description));
        return this;
    }

    /**
     * Adds an editable value. {@code setter} gets the new value and returns the value now in force, or
     * null when it refused the change (MASON then beeps and shows the old value).
     */
    PropertyList addEditable(String name, Class<?> type, Supplier<?> value, Function<Object, Object> setter,
            Object domain, String description) {
        entries.add(new Entry(name, type, value, setter, domain, description));
        return this;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return entries.size();
    }

    @Override
    public Object getValue(int index) {
        return entries.get(index).value().get();
    }

    @Override
    public boolean isReadWrite(int index) {
        return entries.get(index).setter() != null;
    }

    @Override
    public String getName(int index) {
        return entries.get(index).name();
    }

    @Override
    public Class<?> getType(int index) {
        return entries.get(index).type();
    }

    @Override
    public Object getDomain(int index) {
        return entries.get(index).domain();
    }

    @Override
    public String getDescription(int index) {
        return entries.get(index).description();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        Function<Object, Object> setter = entries.get(index).setter();
        return setter == null ? null : setter.apply(value);
    }
}
