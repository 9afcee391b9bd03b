/**
 * The robustness of a choice between options over a sample of uncertain futures (docs/ODD.md 12.2): how often each
 * option beats a reference by a practical margin, the spread of its effect, its regret against the best option of
 * each future and how often it is the best ({@link org.gridgov.stats.robustness.Robustness}); and scenario discovery,
 * the box of the uncertain inputs in which an option fails, by PRIM ({@link org.gridgov.stats.robustness.Prim}).
 * Pure computation on arrays: the experiment layer maps it to scenarios, metrics and parameters.
 */
package org.gridgov.stats.robustness;
