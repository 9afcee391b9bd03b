package org.gridgov.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scenario of an experiment: a scenario file with overrides, replicated with common random numbers.
 *
 * @param label        its name in every output, unique within the experiment
 * @param scenarioFile the scenario file as given
 * @param sha256       hash of the scenario file's bytes
 * @param overrides    {@code key.path=value} assignments applied over the file, in order
 * @param parameters   the design's parameter values of this point (path to value as written), for
 *                     factorial and Latin hypercube designs; empty for a comparison
 * @param fingerprint  hash of every parameter as resolved, so a changed input is noticed on resume
 * @param description  the scenario's description, for reports; "" when it has none
 */
public record DesignPoint(String label, String scenarioFile, String sha256, List<String> overrides,
        Map<String, String> parameters, String fingerprint, String description) {

    public DesignPoint(String label, String scenarioFile, String sha256, List<String> overrides,
            Map<String, String> parameters, String fingerprint) {
        this(label, scenarioFile, sha256, overrides, parameters, fingerprint, "");
    }

    public DesignPoint {
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description.strip();
        overrides = List.copyOf(overrides);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Every parameter this point sets, path to value: its overrides, with the design's values as written. */
    public Map<String, String> settings() {
        Map<String, String> set = new LinkedHashMap<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            set.put(o.substring(0, eq), o.substring(eq + 1));
        }
        set.putAll(parameters);
        return set;
    }
}
