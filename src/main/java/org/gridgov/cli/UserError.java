package org.gridgov.cli;

/** A mistake in what the user asked for, reported as one line without a stack trace (exit code 2). */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
