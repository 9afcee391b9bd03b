package org.gridgov.report;

import java.util.List;

import org.gridgov.text.Lang;

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

    /** A paragraph of text, escaped. */
    public static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>\n";
    }

    /** A table with a header row; cells are text, escaped here. Numbers, intervals and "n/a" are right-aligned. */
    public static String table(List<String> header, List<List<String>> rows) {
        List<List<Cell>> cells = new java.util.ArrayList<>();
        for (List<String> row : rows) {
            cells.add(row.stream().map(t -> new Cell(t, NUMERIC.matcher(t).matches() ? "num" : "")).toList());
        }
        return classedTable(header, cells);
    }

    /**
     * One cell of a {@link #classedTable}: its text, a style class (empty for none) and a tooltip (empty for none),
     * e.g. the whole of a text the cell cuts short.
     */
    public record Cell(String text, String style, String title) {
        public Cell(String text, String style) {
            this(text, style, "");
        }
    }

    /**
     * A table whose cells carry style classes (better, worse, ns, nil, num) and may hold a second line of small
     * text after a newline; texts are escaped here.
     */
    public static String classedTable(List<String> header, List<List<Cell>> rows) {
        StringBuilder b = new StringBuilder("<table>\n<thead><tr>");
        for (String h : header) {
            b.append("<th>").append(twoLines(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : rows) {
            b.append("<tr>");
            for (Cell c : row) {
                b.append("<td").append(c.style().isEmpty() ? "" : " class=\"" + c.style() + "\"")
                        .append(c.title().isEmpty() ? "" : " title=\"" + escape(c.title()) + "\"").append(">")
                        .append(twoLines(c.text())).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }

    /** The shades of {@link #shade}: a sequential blue scale (ColorBrewer's Blues), readable with colour blindness. */
    private static final String[] SHADES = {"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6",
        "#2171b5", "#08519c"};

    /**
     * The style class that shades a table cell by where {@code x} lies from {@code low} to {@code high} (a heat map
     * in a table: the numbers stay readable); "" for NaN or when all values are equal.
     */
    public static String shade(double x, double low, double high) {
        if (!Double.isFinite(x) || !(high > low)) {
            return "";
        }
        int k = (int) Math.min(SHADES.length - 1, Math.floor((x - low) / (high - low) * SHADES.length));
        return "h" + k;
    }

    private static String shades() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < SHADES.length; k++) {
            // White text on the darker half, as on a printed heat map.
            b.append("td.h").append(k).append(" { background: ").append(SHADES[k]).append(k >= SHADES.length / 2
                    ? "; color: #fff" : "").append("; }\n");
        }
        return b.toString();
    }

    private static String twoLines(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? escape(text) : escape(text.substring(0, nl)) + "<br /><small>" + escape(text.substring(nl + 1))
                + "</small>";
    }

    /**
     * The body with a table of contents after its introduction: each {@code <h2>} gets an id ({@code s1}, {@code s2},
     * ...) and a line in a list placed before the first of them.
     */
    public static String withContents(String body) {
        return withContents(body, "Contents");
    }

    /** {@link #withContents(String)} with the list headed by {@code heading}, in the page's language. */
    public static String withContents(String body, String heading) {
        return withContents(body, heading, false);
    }

    /**
     * {@link #withContents(String, String)}, the list placed after the first section when {@code afterFirst}: a
     * page that opens with its answer keeps the first screen for it.
     */
    public static String withContents(String body, String heading, boolean afterFirst) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h2>(.*?)</h2>").matcher(body);
        StringBuilder out = new StringBuilder();
        StringBuilder list = new StringBuilder("<nav>\n<p><strong>" + escape(heading)
                + "</strong></p>\n<ol>\n");
        int n = 0;
        int first = -1;
        while (m.find()) {
            n++;
            if (first < 0) {
                first = m.start();
            }
            list.append("<li><a href=\"#s").append(n).append("\">").append(m.group(1)).append("</a></li>\n");
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement("<h2 id=\"s" + n + "\">" + m.group(1)
                    + "</h2>"));
        }
        m.appendTail(out);
        if (n < 3) {
            return body; // a short page needs no contents
        }
        String withIds = out.toString();
        int at = withIds.indexOf(afterFirst ? "<h2 id=\"s2\">" : "<h2 id=\"s1\">");
        return withIds.substring(0, at) + list.append("</ol>\n</nav>\n") + withIds.substring(at);
    }

    /** A whole page with a small built-in style sheet; {@code body} is markup. */
    public static String page(String title, String body) {
        return page(title, body, Lang.EN);
    }

    /** A whole page in a language, which its {@code lang} attribute names (browsers choose fonts by it). */
    public static String page(String title, String body, Lang lang) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + lang.tag() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + STYLE + shades() + "</style>\n</head>\n<body>\n" + body
                + "</body>\n</html>\n";
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Microsoft YaHei",
                   "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 2em auto;
                   max-width: 1240px; padding: 0 1em; color: #222; line-height: 1.45; }
            h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; } h3 { margin-top: 1.5em; }
            table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 0.9em; }
            th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 1em 0 2em; } figure svg { width: 100%; height: auto; max-width: 900px; }
            figcaption { font-size: 0.85em; color: #555; }
            .note { color: #555; font-size: 0.9em; }
            td.better { color: #0a6b2e; } td.worse { color: #b3261e; } td.nil, td.ns { color: #666; }
            td small, th small { color: #555; font-weight: normal; }
            nav ol { columns: 2; font-size: 0.9em; }
            .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 0.5em; }
            .multiples figure { margin: 0; }
            #answer { overflow-x: auto; } #answer td small, #answer td:first-child { white-space: nowrap; }
            #answer td:first-child small { display: block; max-width: 16em; overflow: hidden; text-overflow: ellipsis; }
            """;
}
