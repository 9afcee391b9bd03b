/**
 * Global sensitivity analysis of a stochastic model: the designs (Saltelli's sample on a Sobol' sequence,
 * Morris trajectories with an optimised spread) and the estimators (first-order and total Sobol' indices,
 * elementary effects), with bootstrap intervals, the share of output variance that is seed noise, and a dummy
 * input that changes only the random numbers, whose index is the floor below which an input cannot be told from
 * noise (docs/ODD.md 12). Pure computation on the unit cube: the experiment layer maps it to parameters.
 */
package org.gridgov.stats.sensitivity;
