package org.gridgov.experiment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One slice of a run list, for job arrays on a cluster: shard i of n runs the runs whose 0-based index
 * in the run list leaves remainder i - 1 when divided by n, so every shard gets a share of each design point.
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("([0-9]{1,6})/([0-9]{1,6})");

    /** All runs. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("need 1 <= i <= n, got " + index + "/" + count);
        }
    }

    /** Parses {@code i/n}; null if the text has another form or i is not from 1 to n. */
    public static Shard parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        return n >= 1 && i >= 1 && i <= n ? new Shard(i, n) : null;
    }

    public boolean includes(ExperimentPlan.PlannedRun run) {
        return run.index() % count == index - 1;
    }

    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
