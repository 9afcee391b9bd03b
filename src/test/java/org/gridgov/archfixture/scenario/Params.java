package org.gridgov.archfixture.scenario;

/** A parameter record, which the model may take. */
public record Params(double rate) {
}
