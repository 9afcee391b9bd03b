/**
 * {@code gridgov optimise} (docs/ODD.md 12.4): a levers file and the command line's objectives, constraints and
 * budget read into a checked plan ({@link org.gridgov.optimisation.OptimisationReader}), NSGA-II run generation by
 * generation on the experiment machinery with a journal per batch ({@link org.gridgov.optimisation.Optimisation}),
 * the final front judged on fresh runs ({@link org.gridgov.optimisation.OptimisationResult}) and the outputs.
 */
package org.gridgov.optimisation;
