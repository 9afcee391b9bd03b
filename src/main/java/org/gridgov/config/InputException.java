package org.gridgov.config;

import java.util.List;

/**
 * The input has problems; {@link #getMessage()} lists them all, one numbered line each.
 *
 * <p>Checked, because bad input is the user's to fix and every caller must decide how to tell them
 * (typically: print the message, exit with a usage error code, no stack trace).
 */
public final class InputException extends Exception {

    private final transient List<Problem> problems;

    /** @param problems at least one; shown sorted by file, line and path, duplicates once */
    public InputException(List<Problem> problems) {
        super(message(sorted(problems)));
        this.problems = sorted(problems);
    }

    /** The problems, sorted by file, line and path. */
    public List<Problem> problems() {
        return problems;
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().distinct().sorted(Problem.ORDER).toList();
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        long files = problems.stream().map(p -> p.source().file()).distinct().count();
        String where = files == 1 ? problems.get(0).source().file() : "the input";
        StringBuilder b = new StringBuilder()
                .append(problems.size()).append(problems.size() == 1 ? " problem in " : " problems in ")
                .append(where).append(':');
        for (int i = 0; i < problems.size(); i++) {
            b.append("\n  ").append(i + 1).append(") ").append(problems.get(i).format());
        }
        return b.toString();
    }
}
