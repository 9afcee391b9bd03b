package org.gridgov.archfixture.experiment;

/** A class of the experiment layer. */
public final class Plan {
    public static final int DAYS = 365;
}
