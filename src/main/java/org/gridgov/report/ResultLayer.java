package org.gridgov.report;

import java.awt.Color;
import java.util.Optional;

import org.gridgov.text.Texts;

/**
 * A per-cell result that {@code map.png} colours the cells by ({@link CellResults}' names), with its title, unit and
 * colours. Cases per 1,000 households by default: on a map of cells of different sizes a count mostly shows where
 * the households are, and mean hours to close has no value where no case closed.
 */
public record ResultLayer(String name) {
    public static final String DEFAULT = CellResults.CASES_PER_1000_HOUSEHOLDS;

    /** Pale yellow to dark red, for results where more is worse. */
    private static final int[] WARM = {0xFFF6C8, 0xFDD17F, 0xF9A152, 0xEB6A3D, 0xC7303A, 0x8A0F31};
    /** Pale to deep blue-green, for results where more is neither worse nor the point. */
    private static final int[] COOL = {0xF0F8F5, 0xC2E4D8, 0x85C7BC, 0x45A0AC, 0x1E6F94, 0x0D3F6E};

    /** The layer of that name, if there is one. */
    public static Optional<ResultLayer> named(String name) {
        return CellResults.names().contains(name) ? Optional.of(new ResultLayer(name)) : Optional.empty();
    }

    /** What a wrong name is told, in one line. */
    public static String unknown(String name) {
        return "--map-layer: no such cell result '" + name + "'; choose one of: " + String.join(", ",
                CellResults.names());
    }

    public String title(Texts t) {
        return switch (name) {
            case "issues_occurred" -> t.t("Issues occurred");
            case "cases_filed" -> t.t("Cases filed");
            case "cases_closed" -> t.t("Cases closed");
            case "mean_hours_to_close" -> t.t("Mean time to close");
            case "latent_issues_end" -> t.t("Latent issues at the end");
            case "mean_trust_end" -> t.t("Mean trust at the end");
            case "grid_workers" -> t.t("Grid workers responsible");
            case "worker_utilization" -> t.t("Grid worker utilisation");
            default -> t.t("Cases filed per 1,000 households");
        };
    }

    /** The unit the legend's numbers are in, after {@link #shown}; empty for trust's 0-to-1 scale. */
    public String unit(Texts t) {
        return switch (name) {
            case "issues_occurred", "latent_issues_end" -> t.t("issues");
            case "cases_filed", "cases_closed" -> t.t("cases");
            case "mean_hours_to_close" -> t.t("hours");
            case "mean_trust_end" -> "";
            case "grid_workers" -> t.t("grid workers");
            case "worker_utilization" -> "%";
            default -> t.t("cases per 1,000 households");
        };
    }

    /** True for a state at the end of the run rather than a count or mean over the measured days. */
    public boolean atEnd() {
        return name.equals("latent_issues_end") || name.equals("mean_trust_end") || name.equals("grid_workers");
    }

    /** A value as the legend gives it: utilisation in per cent, the rest as they are. */
    public double shown(double value) {
        return name.equals("worker_utilization") ? 100 * value : value;
    }

    /** The colour of class {@code k} of {@code count}. */
    public Color colour(int k, int count) {
        int[] stops = name.equals("mean_trust_end") || name.equals("grid_workers") ? COOL : WARM;
        double x = (count == 1 ? 0.5 : k / (count - 1.0)) * (stops.length - 1);
        int i = Math.min((int) x, stops.length - 2);
        Color a = new Color(stops[i]);
        Color b = new Color(stops[i + 1]);
        double f = x - i;
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
