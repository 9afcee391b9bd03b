package org.gridgov.config;

import java.util.Objects;

/**
 * Where a value was written: a file and a 1-based line.
 *
 * <p>Line 0 means "the whole file" or a value that has no line of its own, such as a command-line
 * override, whose "file" is the option as typed ({@code --set city.residents=abc}).
 *
 * @param file the file name as the user gave it, or the override as typed
 * @param line the 1-based line, or 0 when there is none
 */
public record Source(String file, int line) implements java.io.Serializable {

    /** The source of values that come from no input at all, such as a default given in code. */
    public static final Source BUILTIN = new Source("(built-in)", 0);

    public Source {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    /** The source of a command-line override {@code key.path=value}. */
    public static Source override(String assignment) {
        return new Source("--set " + assignment, 0);
    }

    /** {@code scenarios/x.yaml:12}, or just the file (or override) when there is no line. */
    public String describe() {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        return describe();
    }
}
