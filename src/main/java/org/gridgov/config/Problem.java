package org.gridgov.config;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input, to be shown to the user.
 *
 * @param source  where it is
 * @param path    the dotted key path ({@code case_types.sanitation.effort.mean}), or "" for the file
 * @param value   the offending value as written (in quotes if it was quoted), or null
 * @param message what is wrong and what is allowed, in one line
 */
public record Problem(Source source, String path, String value, String message) {

    /** The order problems are shown in: by file, then line, then path. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.source().file())
            .thenComparingInt(p -> p.source().line())
            .thenComparing(Problem::path);

    /** Longest value shown in a message; longer ones are cut, so that a problem stays one line. */
    private static final int MAX_SHOWN = 60;

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * One line: {@code source: path = value: message}, leaving out {@code = value} when there is no
     * value and {@code path: } when there is no path.
     */
    public String format() {
        StringBuilder line = new StringBuilder(source.describe()).append(": ");
        if (!path.isEmpty()) {
            line.append(path);
            if (value != null) {
                line.append(" = ").append(shown(value));
            }
            line.append(": ");
        } else if (value != null) {
            line.append(shown(value)).append(": ");
        }
        return line.append(message).toString();
    }

    @Override
    public String toString() {
        return format();
    }

    /** A value as it should appear in a one-line message: quoted only if it would be unclear, and cut. */
    static String shown(String value) {
        boolean unclear = value.isEmpty() || !value.strip().equals(value)
                || value.chars().anyMatch(Character::isISOControl);
        String s = unclear ? quote(value) : value;
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN - 3) + "...";
    }

    /** {@code value} in double quotes, with quotes, backslashes and control characters escaped. */
    static String quote(String value) {
        StringBuilder b = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
