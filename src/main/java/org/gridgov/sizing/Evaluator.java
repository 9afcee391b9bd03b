package org.gridgov.sizing;

/** Measures a staffing: replicated simulations in gridgov, anything with the same contract in tests. */
public interface Evaluator {

    /** The staffing's replications; the same staffing must always give the same evaluation. */
    Evaluation evaluate(Staffing staffing) throws InterruptedException;
}
