package org.gridgov.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while reading input, and the values read, so that one run reports
 * every problem at once and can show where each value came from. Not thread-safe.
 */
public final class ReadContext {

    private final List<Problem> problems = new ArrayList<>();
    private final List<Resolved> resolved = new ArrayList<>();
    private final java.util.Set<String> resolvedPaths = new java.util.HashSet<>();

    /** Records a problem. */
    public void report(Problem problem) {
        problems.add(problem);
    }

    /** Records a problem; see {@link Problem}. */
    public void report(Source source, String path, String value, String message) {
        report(new Problem(source, path, value, message));
    }

    /** The problems so far, in the order found. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** True if any problem was found. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The values read through {@link Section}s so far, in the order read. */
    public List<Resolved> resolved() {
        return List.copyOf(resolved);
    }

    /** Records a value read; a path read again (one value checked by two rules) is listed once. */
    void resolve(String path, String value, Source source) {
        if (resolvedPaths.add(path)) {
            resolved.add(new Resolved(path, value, source));
        }
    }

    /**
     * Throws if any problem was found.
     *
     * @throws InputException listing every problem, sorted by file, line and path
     */
    public void throwIfProblems() throws InputException {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }
}
