/**
 * Multi-objective search: NSGA-II on the unit cube with constrained domination and re-evaluation for noisy
 * objectives ({@link org.gridgov.stats.moea.Nsga2}), and the exact hypervolume of a front
 * ({@link org.gridgov.stats.moea.Hypervolume}). Pure computation over a model given as a function of batches of
 * candidates: the optimisation layer maps it to levers, scenarios and runs.
 */
package org.gridgov.stats.moea;
