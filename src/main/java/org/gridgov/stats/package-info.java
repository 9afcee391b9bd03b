/**
 * Statistics over replications and samples, the one place for them: summaries with one- and two-sided
 * Student-t intervals ({@link org.gridgov.stats.Estimate}), paired comparisons under common random numbers
 * ({@link org.gridgov.stats.Paired}), Holm's correction ({@link org.gridgov.stats.Holm}), means, quantiles
 * and ratios of samples ({@link org.gridgov.stats.Stats}), shares with Wilson intervals
 * ({@link org.gridgov.stats.Proportion}), and the steady-state tools: the trend test on batch
 * means ({@link org.gridgov.stats.Trend}) and the MSER warm-up rule ({@link org.gridgov.stats.Mser}). Built on Commons Math's distributions; depends on
 * nothing else in gridgov, so observers, experiments and sizing all sit above it.
 */
package org.gridgov.stats;
