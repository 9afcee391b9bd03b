package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridgov.cli.MainTest.Result;
import org.gridgov.report.ChartFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang}: reports, charts and summaries in Chinese or English. */
class LanguageTest {

    @TempDir
    static Path dir;
    private static ExperimentFolder folder;
    private static Result chinese;

    @BeforeAll
    static void runOnceInChinese() throws IOException {
        folder = new ExperimentFolder(dir);
        folder.write("a.yaml", "name: a\ndescription: small\nsimulation: {days: 30, seed: 1, warmup_days: 7}\n"
                + "city: {residents: 6000}\n");
        folder.write("tiny.yaml", """
                scenarios:
                  - %1$s/a.yaml
                  - {file: %1$s/a.yaml, set: {grid_workers.households_per_worker: 400}, label: more-workers}
                replications: 3
                """.formatted(dir));
        chinese = gridgov("experiment", dir.resolve("tiny.yaml").toString(), "--out", dir.resolve("zh").toString(),
                "--lang", "zh");
        assertEquals(0, chinese.code(), chinese.err());
    }

    @Test
    void theChineseReportIsChineseFromItsLanguageTagToItsLastSentence() throws IOException {
        String html = Files.readString(dir.resolve("zh/report.html"));
        assertTrue(html.contains("lang=\"zh-CN\""));
        assertTrue(html.contains("<strong>目录</strong>"), "the table of contents");
        assertTrue(html.contains("<h2 id=\"s1\">结论</h2>"), "the answer first");
        assertTrue(html.contains("按期结案率"), "metrics by their catalogue's Chinese labels");
        assertTrue(html.contains("元/年"), "units in Chinese");
        assertEquals(List.of(), englishProse(html), "English sentences left in the Chinese report");
    }

    @Test
    void theEnglishReportIsUnchangedByTheLanguageSupport() throws IOException {
        Path en = folder.run("tiny.yaml", "en", "--lang", "en");
        String html = Files.readString(en.resolve("report.html"));
        assertTrue(html.contains("lang=\"en\""));
        assertTrue(html.contains("<h2 id=\"s1\">The answer</h2>"));
        assertFalse(html.contains("结论"));
        // Only the report and the charts depend on the language: every table is the same.
        for (String table : List.of("summary.csv", "comparison.csv", "runs.csv", "daily_mean.csv")) {
            assertEquals(Files.readString(dir.resolve("zh").resolve(table)), Files.readString(en.resolve(table)), table);
        }
    }

    @Test
    void theSummaryAtTheEndIsInTheReportsLanguage() {
        assertTrue(chinese.out().startsWith("tiny：共 6 次运行"), chinese.out());
        assertTrue(chinese.out().contains("输出位于"), chinese.out());
        Result run = gridgov("run", dir.resolve("a.yaml").toString(), "--out", dir.resolve("run-zh").toString(),
                "--lang", "zh", "--no-cases");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("常住人口 6,000"), run.out());
        assertTrue(run.out().contains("  结案用时   平均 "), run.out());
    }

    @Test
    void anUnknownLanguageIsAUserError() {
        Result r = gridgov("run", dir.resolve("a.yaml").toString(), "--lang", "fr");
        assertEquals(2, r.code());
        assertEquals("gridgov run: --lang must be en or zh, not 'fr'\n", r.err());
    }

    /**
     * The charts are drawn in Chinese where a font can show it, and checked as drawn: each of these characters must
     * come out as its own glyph, not as the same empty box. Where no font can, they stay English and the command says
     * so.
     */
    @Test
    void chartsAreChineseWhereAFontDrawsItAndEnglishWithAWarningElsewhere() throws IOException {
        String svg = Files.readString(dir.resolve("zh/charts/open-cases.svg"));
        if (ChartFile.drawsChinese()) {
            assertTrue(svg.contains("在办案件"), "the chart's title in Chinese");
            assertFalse(chinese.err().contains("no font"), chinese.err());
            Set<String> glyphs = new HashSet<>();
            String sample = "按期结案率网格员";
            for (char c : sample.toCharArray()) {
                glyphs.add(Arrays.toString(pixels(c)));
            }
            assertEquals(sample.length(), glyphs.size(), "every character drawn as a glyph of its own");
        } else {
            assertTrue(svg.contains("Open cases"), "English where Chinese cannot be drawn");
            assertTrue(chinese.err().contains("warning: no font on this computer has Chinese characters"), chinese.err());
        }
    }

    private static int[] pixels(char c) {
        BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawString(String.valueOf(c), 1, 20);
        g.dispose();
        int[] p = image.getRaster().getPixels(0, 0, 24, 24, (int[]) null);
        assertNotEquals(0, Arrays.stream(p).sum(), "character " + c + " draws nothing");
        return p;
    }

    /** Runs of three English words or more in the page's text, charts and style sheet left out. */
    static List<String> englishProse(String html) {
        String text = html.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("(?s)<style>.*?</style>", " ")
                .replaceAll("<[^>]+>", "\n").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        Matcher m = Pattern.compile("[A-Za-z]{2,}(?:[ ,;:']+[A-Za-z]{2,}){2,}").matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
