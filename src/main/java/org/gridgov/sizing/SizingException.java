package org.gridgov.sizing;

/** A sizing request that cannot be carried out as asked: the message says what is wrong and what is allowed. */
public final class SizingException extends Exception {
    private static final long serialVersionUID = 1L;

    public SizingException(String message) {
        super(message);
    }
}
