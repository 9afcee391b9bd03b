/** Content hashes of inputs, for provenance; depends on nothing else in gridgov, so every layer may use it. */
package org.gridgov.hash;
