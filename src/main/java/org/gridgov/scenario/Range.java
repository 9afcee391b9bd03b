package org.gridgov.scenario;

/** A closed interval of real numbers, min &lt;= max. */
public record Range(double min, double max) implements java.io.Serializable {
    public double mid() {
        return (min + max) / 2;
    }
}
