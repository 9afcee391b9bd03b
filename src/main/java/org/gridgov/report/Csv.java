package org.gridgov.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV rows with '\n' line ends, quoting only fields that need it. */
public final class Csv {
    private final Writer out;
    private final int columns;

    public Csv(Writer out, List<String> header) throws IOException {
        this.out = out;
        this.columns = header.size();
        row(header.toArray(new String[0]));
    }

    public void row(String... fields) throws IOException {
        if (fields.length != columns) {
            throw new IllegalArgumentException("row has " + fields.length + " fields, header " + columns);
        }
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            write(fields[i]);
        }
        out.write('\n');
    }

    private void write(String field) throws IOException {
        if (field == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < field.length() && !quote; i++) {
            char c = field.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(field);
            return;
        }
        out.write('"');
        out.write(field.replace("\"", "\"\""));
        out.write('"');
    }
}
