package org.gridgov.scenario;

import java.util.List;

/**
 * Where a scenario came from, for provenance in every output.
 *
 * @param file the scenario file as given
 * @param sha256 hash of the file's bytes
 * @param overrides the {@code --set} assignments applied on top, in order
 */
public record ScenarioSource(String file, String sha256, List<String> overrides) {
}
