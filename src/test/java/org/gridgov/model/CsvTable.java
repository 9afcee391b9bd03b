package org.gridgov.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An output CSV file read back: a header and rows of text. The run outputs quote no field (names are
 * identifiers, numbers are plain), so a quote is an error here rather than something to parse.
 */
public final class CsvTable {
    private final Path file;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    private CsvTable(Path file, List<String> lines) {
        this.file = file;
        if (lines.isEmpty()) {
            throw new AssertionError(file + " is empty");
        }
        this.header = List.of(split(lines.get(0)));
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] row = split(lines.get(i));
            if (row.length != header.size()) {
                throw new AssertionError(file + " line " + (i + 1) + " has " + row.length + " fields, header "
                        + header.size());
            }
            rows.add(row);
        }
    }

    public static CsvTable read(Path file) {
        try {
            return new CsvTable(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] split(String line) {
        if (line.indexOf('"') >= 0) {
            throw new AssertionError(file + ": unexpected quoted field in " + line);
        }
        return line.split(",", -1);
    }

    public int size() {
        return rows.size();
    }

    private int column(String name) {
        Integer c = index.get(name);
        if (c == null) {
            throw new AssertionError(file + " has no column '" + name + "' (has " + header + ")");
        }
        return c;
    }

    /** The text in a row and column; empty for a missing value. */
    public String text(int row, String column) {
        return rows.get(row)[column(column)];
    }

    /** The number in a row and column; NaN for an empty field. */
    public double number(int row, String column) {
        String t = text(row, column);
        return t.isEmpty() ? Double.NaN : Double.parseDouble(t);
    }

    /** A whole column as numbers. */
    public double[] numbers(String column) {
        double[] xs = new double[rows.size()];
        for (int r = 0; r < xs.length; r++) {
            xs[r] = number(r, column);
        }
        return xs;
    }

    /** metrics.csv as a map from metric name to value. */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            m.put(text(r, "metric"), number(r, "value"));
        }
        return m;
    }
}
