package org.gridgov.scenario;

/** Whether a time limit counts the handler's working hours or clock hours. */
public enum TimeBasis {
    WORKING, CALENDAR
}
