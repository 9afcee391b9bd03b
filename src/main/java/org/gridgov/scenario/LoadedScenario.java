package org.gridgov.scenario;

import java.util.List;

import org.gridgov.config.Resolved;

/**
 * A validated scenario with its provenance and every resolved parameter (for {@code gridgov validate}).
 */
public record LoadedScenario(Scenario scenario, ScenarioSource source, List<Resolved> resolved) {
}
