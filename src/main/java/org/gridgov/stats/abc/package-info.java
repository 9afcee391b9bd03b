/**
 * Approximate Bayesian computation by sequential Monte Carlo ({@link org.gridgov.stats.abc.AbcSmc}, docs/ODD.md
 * 12.3): a posterior sample of parameters on the unit cube whose simulated figures match observed ones within their
 * tolerances. Pure computation over a model given as a function of batches of points: the calibration layer maps
 * it to scenarios, runs and journals.
 */
package org.gridgov.stats.abc;
