package org.gridgov.scenario;

/** A closed interval of whole numbers, min &lt;= max. */
public record IntRange(int min, int max) implements java.io.Serializable {
    public double mid() {
        return (min + max) / 2.0;
    }
}
