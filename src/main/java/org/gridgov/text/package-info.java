/**
 * Text for people: {@link org.gridgov.text.HumanNum}, the one formatter of numbers that people read, and
 * {@link org.gridgov.text.Texts}, the texts of reports, charts and summaries in English or Chinese. Depends on
 * nothing else in gridgov, so every layer (input messages included) may use it.
 */
package org.gridgov.text;
