package org.gridgov.sizing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Head counts of the groups being sized, in a fixed order; two staffings are equal when every count is. */
public record Staffing(Map<StaffGroup, Integer> counts) {

    public Staffing {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public int count(StaffGroup g) {
        Integer c = counts.get(g);
        if (c == null) {
            throw new IllegalArgumentException(g.key() + " is not sized");
        }
        return c;
    }

    public List<StaffGroup> groups() {
        return List.copyOf(counts.keySet());
    }

    /** The same staffing with one group's count changed. */
    public Staffing with(StaffGroup g, int count) {
        Map<StaffGroup, Integer> m = new LinkedHashMap<>(counts);
        m.put(g, count);
        return new Staffing(m);
    }

    /** Whether the two differ in no group but {@code g}. */
    public boolean differsAtMostIn(Staffing other, StaffGroup g) {
        for (StaffGroup h : counts.keySet()) {
            if (!h.equals(g) && !counts.get(h).equals(other.counts.get(h))) {
                return false;
            }
        }
        return true;
    }

    /** e.g. {@code grid-workers=64 department:sanitation=12}. */
    public String label() {
        List<String> parts = new ArrayList<>();
        counts.forEach((g, c) -> parts.add(g.key() + "=" + c));
        return String.join(" ", parts);
    }
}
