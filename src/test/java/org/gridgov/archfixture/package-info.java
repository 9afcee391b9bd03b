/**
 * Deliberately misplaced classes that the architecture rules must catch (and a few legal uses they must let
 * pass), laid out like gridgov's own packages. Used only by ArchitectureTest; never part of the product.
 */
package org.gridgov.archfixture;
