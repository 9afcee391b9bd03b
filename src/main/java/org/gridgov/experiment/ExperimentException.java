package org.gridgov.experiment;

/**
 * Something the user can fix stands in the way of an experiment (a results folder that holds another
 * experiment, shards that do not fit together, missing runs); the message says what to do.
 */
public final class ExperimentException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExperimentException(String message) {
        super(message);
    }
}
