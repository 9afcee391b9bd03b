/**
 * Text for people: {@link org.gridgov.text.HumanNum}, the one formatter of numbers that people read. Depends on
 * nothing else in gridgov, so every layer (input messages included) may use it.
 */
package org.gridgov.text;
