package org.gridgov.gui;

import java.awt.Color;
import java.util.Locale;

import org.gridgov.model.GridCell;
import org.gridgov.text.Texts;

/**
 * What the map's cells are coloured by. Counts that change during a run use a range from 0 that grows
 * (never shrinks) as the run goes on, so a colour keeps its meaning; rates and trust use their natural
 * range, so cities and runs compare at a glance.
 */
public enum MapLayer {
    OPEN_CASES("open-cases", "Open cases", "cases filed and not yet closed or parked", Palette.HEAT) {
        @Override
        double value(LiveRun run, GridCell cell) {
            return run.cases().openCount(cell);
        }
    },
    LATENT_ISSUES("latent-issues", "Latent issues", "issues that nobody has discovered yet", Palette.HEAT) {
        @Override
        double value(LiveRun run, GridCell cell) {
            return cell.latentIssues();
        }
    },
    PATROL_GAP("patrol-gap", "Hours since patrol", "hours since a grid worker last patrolled the cell",
            Palette.HEAT) {
        @Override
        double value(LiveRun run, GridCell cell) {
            return run.staff().hoursSincePatrol(cell, run.now());
        }

        @Override
        String format(Texts t, double v) {
            return t.f("%.0f h", v);
        }

        @Override
        boolean clampsAbove() {
            return true;
        }

        @Override
        double tickStep(ScaleRange range) {
            return 24;
        }
    },
    WORKER_LOAD("worker-load", "Grid worker load",
            "share of the cell's grid workers' hours so far spent on work other than patrol", Palette.HEAT) {
        @Override
        double value(LiveRun run, GridCell cell) {
            return run.staff().load(cell, run.now());
        }

        @Override
        String format(Texts t, double v) {
            return String.format(Locale.ROOT, "%.0f%%", 100 * v);
        }
    },
    TRUST("trust", "Resident trust", "mean trust of the cell's households that a report is acted on",
            Palette.BROWN_TEAL) {
        @Override
        double value(LiveRun run, GridCell cell) {
            return run.meanTrust(cell);
        }

        @Override
        String format(Texts t, double v) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
    },
    HOUSEHOLDS("households", "Households", "households living in the cell", Palette.BLUES) {
        @Override
        double value(LiveRun run, GridCell cell) {
            return cell.households();
        }
    };

    /** A week: hours since patrol beyond this all look the same. */
    static final double PATROL_GAP_MAX_HOURS = 168;

    private final String id;
    private final String title;
    private final String description;
    private final Palette palette;

    MapLayer(String id, String title, String description, Palette palette) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.palette = palette;
    }

    /** The cell's value on this layer; NaN when there is none yet. */
    abstract double value(LiveRun run, GridCell cell);

    /** A value as the legend and inspectors show it in English; "-" when there is none yet. */
    final String text(double v) {
        return text(Texts.EN, v);
    }

    /** A value as the legend and inspectors show it in the language of {@code t}; "-" when there is none yet. */
    final String text(Texts t, double v) {
        return Double.isNaN(v) ? "-" : format(t, v);
    }

    /** A value (not NaN) as shown. */
    String format(Texts t, double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** The spacing of the legend's values: round, about six intervals. */
    double tickStep(ScaleRange range) {
        return ScaleRange.niceStep((range.hi() - range.lo()) / 6);
    }

    /** True when values above the range occur and share its top colour. */
    boolean clampsAbove() {
        return false;
    }

    /** The colour of a value within a range; NaN (no data yet) is grey. */
    Color color(double value, ScaleRange range) {
        return Double.isNaN(value) ? NO_DATA : palette.at(range.fraction(value));
    }

    /** The colour for cells with no data yet. */
    static final Color NO_DATA = new Color(0xD9DCE1);

    Palette palette() {
        return palette;
    }

    /** The name on the command line, e.g. {@code open-cases}. */
    public String id() {
        return id;
    }

    /** The name in English, e.g. "Open cases". */
    public String title() {
        return title;
    }

    /** The name in the language of {@code t}. */
    public String title(Texts t) {
        return t.t(title);
    }

    /** What the colours mean, in the language of {@code t}. */
    public String description(Texts t) {
        return t.t(description);
    }

    /** What the colours mean, in English. */
    public String description() {
        return description;
    }

    /** The layer with this command-line name. */
    public static MapLayer byId(String id) {
        for (MapLayer l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown layer '" + id + "'; choose one of " + ids());
    }

    /** All command-line names, comma-separated. */
    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (MapLayer l : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(l.id);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return title;
    }
}
