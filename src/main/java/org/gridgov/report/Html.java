package org.gridgov.report;

import java.util.List;

/**
 * Pieces of a self-contained web page written as XHTML-compatible HTML (every element closed, only
 * numeric character references), so that it opens in any browser offline and parses as XML.
 */
public final class Html {
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("[-+\\[<0-9].*|n/a");

    private Html() {
    }

    /** Text with the XML special characters escaped. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A table with a header row; cells are text, escaped here. Numbers, intervals and "n/a" are right-aligned. */
    /** A paragraph of text, escaped. */
    public static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>\n";
    }

    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("<table>\n<thead><tr>");
        for (String h : header) {
            b.append("<th>").append(escape(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                b.append(NUMERIC.matcher(row.get(i)).matches() ? "<td class=\"num\">" : "<td>")
                        .append(escape(row.get(i))).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    /** A whole page with a small built-in style sheet; {@code body} is markup. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body
                + "</body>\n</html>\n";
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em auto;
                   max-width: 1100px; padding: 0 1em; color: #222; line-height: 1.45; }
            h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { margin-top: 1.5em; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
            th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 1em 0 2em; } figure svg { width: 100%; height: auto; max-width: 900px; }
            figcaption { font-size: 0.85em; color: #555; }
            .note { color: #555; font-size: 0.9em; }
            """;
}
