package org.gridgov.observe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A run's metrics by id in a fixed order, each an entry of the {@link Metric} catalogue; a metric that cannot
 * be computed (e.g. no cases closed) is NaN.
 */
public final class Metrics {
    private final Map<String, Double> values;

    private Metrics(Map<String, Double> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new NoSuchElementException("no metric '" + name + "'");
        }
        return v;
    }

    public double get(Metric metric) {
        return get(metric.id());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public Map<String, Double> asMap() {
        return values;
    }

    /** Collects metrics in the order they are put, each keyed by its catalogue entry. */
    public static final class Builder {
        private final Map<String, Double> values = new LinkedHashMap<>();

        public Builder put(Metric metric, double value) {
            if (metric.perDepartment()) {
                throw new IllegalArgumentException(metric.id() + " needs the department it is for");
            }
            return put(metric.id(), value);
        }

        /** A per-department metric for one department. */
        public Builder put(Metric metric, String department, double value) {
            return put(metric.id(department), value);
        }

        private Builder put(String name, double value) {
            if (values.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("metric '" + name + "' set twice");
            }
            return this;
        }

        public Metrics build() {
            return new Metrics(new LinkedHashMap<>(values));
        }
    }
}
