package org.gridgov.optimisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.config.ReadContext;
import org.gridgov.config.Source;
import org.gridgov.experiment.ExperimentPlan;
import org.gridgov.experiment.Uncertainty;

/**
 * Reads the front an earlier optimisation kept ({@code DIR/front.csv}, the rows with {@code kept} true) as points
 * of the levers' unit cube, to start a new search from: each lever's value goes back to the middle of the stretch
 * of the unit interval that gives it.
 */
final class WarmStart {

    private WarmStart() {
    }

    static List<double[]> read(Path dir, List<Uncertainty> levers, ReadContext ctx) {
        Path file = Files.isDirectory(dir) ? dir.resolve("front.csv") : dir;
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            ctx.report(new Source("--warm-start", 0), "", file.toString(), "cannot be read: the front.csv of an earlier"
                    + " gridgov optimise is needed (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
        if (lines.isEmpty()) {
            ctx.report(new Source(file.toString(), 1), "", null, "is empty; expected an earlier optimisation's front.csv");
            return List.of();
        }
        List<String> header = split(lines.get(0));
        int kept = header.indexOf("kept");
        int[] column = new int[levers.size()];
        for (int j = 0; j < levers.size(); j++) {
            column[j] = header.indexOf(levers.get(j).name());
            if (column[j] < 0) {
                ctx.report(new Source(file.toString(), 1), "", levers.get(j).name(), "no such column: the warm start"
                        + " must come from an optimisation with the same levers");
            }
        }
        if (kept < 0 || ctx.hasProblems()) {
            if (kept < 0) {
                ctx.report(new Source(file.toString(), 1), "", null, "has no 'kept' column: is it an optimisation's"
                        + " front.csv?");
            }
            return List.of();
        }
        List<double[]> points = new ArrayList<>();
        for (int line = 1; line < lines.size(); line++) {
            List<String> row = split(lines.get(line));
            if (row.size() != header.size() || !row.get(kept).equals("true")) {
                continue;
            }
            double[] u = new double[levers.size()];
            for (int j = 0; j < levers.size(); j++) {
                u[j] = unit(levers.get(j).axis(), row.get(column[j]));
                if (Double.isNaN(u[j])) {
                    ctx.report(new Source(file.toString(), line + 1), levers.get(j).name(), row.get(column[j]),
                            "is not a value of this lever's range " + levers.get(j).describe());
                }
            }
            points.add(u);
        }
        return points;
    }

    /** The middle of the stretch of [0, 1] that gives {@code value}; NaN when the axis cannot give it. */
    static double unit(ExperimentPlan.Axis a, String value) {
        if (a.kind().equals(ExperimentPlan.Axis.VALUES)) {
            int i = a.values().indexOf(value);
            return i < 0 ? Double.NaN : (i + 0.5) / a.values().size();
        }
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        if (v < a.low() - 1e-9 * Math.abs(a.low()) || v > a.high() + 1e-9 * Math.abs(a.high())) {
            return Double.NaN;
        }
        double u = a.whole() ? (Math.rint(v) - a.low() + 0.5) / (a.high() - a.low() + 1) : (v - a.low()) / (a.high() - a.low());
        return Math.max(0, Math.min(1, u));
    }

    /** One CSV line's fields, with RFC 4180 quotes. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        fields.add(b.toString());
        return fields;
    }
}
