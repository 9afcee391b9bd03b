package org.gridgov.config;

/**
 * A value read through a {@link Section}, with where it came from; for commands that show every
 * parameter in effect.
 *
 * @param path   the dotted key path
 * @param value  the value as understood ({@code 1_000} reads as {@code 1000}; a list as {@code [a, b]})
 * @param source where it was written
 */
public record Resolved(String path, String value, Source source) {

    /** {@code city.residents = 200000  (scenarios/x.yaml:4)}. */
    public String format() {
        return path + " = " + Problem.shown(value) + "  (" + source.describe() + ")";
    }
}
