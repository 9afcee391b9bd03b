package org.gridgov.scenario;

/** The two classes of the components/events method: a physical asset, or an event. */
public enum CaseKind {
    COMPONENT, EVENT
}
