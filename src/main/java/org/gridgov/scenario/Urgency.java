package org.gridgov.scenario;

/** How urgently a case must be handled; urgent cases go first in every queue. */
public enum Urgency {
    URGENT, NORMAL
}
