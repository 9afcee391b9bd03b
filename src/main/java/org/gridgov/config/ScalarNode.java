package org.gridgov.config;

import java.util.Objects;

/**
 * A single YAML value, kept as the text written; {@link Section} decides what it may mean.
 *
 * @param text   the text as YAML reads it (quotes removed, escapes resolved)
 * @param quoted true when written as text: quoted, a block scalar ({@code |}, {@code >}) or tagged
 *               {@code !!str}; such a value is never read as a number or a flag
 * @param isNull true for a YAML null: an empty value, {@code ~}, {@code null}, or tagged {@code !!null}
 * @param source where the value was written
 */
public record ScalarNode(String text, boolean quoted, boolean isNull, Source source) implements Node {

    public ScalarNode {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }

    /** True if {@code node} is a YAML null. */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.isNull();
    }
}
