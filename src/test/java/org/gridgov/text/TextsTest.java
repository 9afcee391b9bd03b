package org.gridgov.text;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class TextsTest {

    private static final Texts ZH = Texts.of(Lang.ZH);

    @Test
    void englishIsTheTextAsWrittenAndChineseItsTranslation() {
        assertEquals("The answer", Texts.EN.t("The answer"));
        assertEquals("结论", ZH.t("The answer"));
        assertEquals("4 of 5 (10% to 90%)", Texts.EN.f("%d of %d (%.0f%% to %.0f%%)", 4, 5, 10.0, 90.0));
        assertEquals("5 中 4（10% 至 90%）", ZH.f("%d of %d (%.0f%% to %.0f%%)", 4, 5, 10.0, 90.0));
        assertEquals("1,234,567", ZH.f("%,d", 1_234_567), "numbers ignore the computer's locale");
    }

    @Test
    void aTextWithoutTranslationStaysEnglish() {
        assertEquals("Something new, not yet translated", ZH.t("Something new, not yet translated"));
    }

    @Test
    void languagesAreNamedAsUsersWriteThem() {
        assertEquals(Lang.ZH, Lang.parse("zh").orElseThrow());
        assertEquals(Lang.ZH, Lang.parse("zh_CN").orElseThrow());
        assertEquals(Lang.ZH, Lang.parse("ZH-cn").orElseThrow());
        assertEquals(Lang.EN, Lang.parse("en-GB").orElseThrow());
        assertTrue(Lang.parse("fr").isEmpty());
        assertEquals(Lang.ZH, Lang.of(Locale.SIMPLIFIED_CHINESE));
        assertEquals(Lang.ZH, Lang.of(Locale.TRADITIONAL_CHINESE));
        assertEquals(Lang.EN, Lang.of(Locale.GERMANY));
        assertEquals("zh-CN", Lang.ZH.tag());
        assertSame(Texts.EN, Texts.of(Lang.EN));
    }

    /**
     * A translation must take the same arguments, in the same conversions, as its English: otherwise a report in
     * Chinese would fail (or print a wrong number) where the English one works.
     */
    @Test
    void everyTranslationTakesTheArgumentsOfItsEnglish() {
        assertTrue(ZH.size() > 200, "the catalogue was read: " + ZH.size());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> e : ZH.translations().entrySet()) {
            if (!isPattern(e.getKey())) {
                continue; // a plain text such as "95% CI", given to t() and printed as it is
            }
            Map<Integer, String> english = arguments(e.getKey());
            Map<Integer, String> chinese = arguments(e.getValue());
            if (!english.equals(chinese)) {
                wrong.add(e.getKey() + "\n    " + english + "\n    " + chinese);
                continue;
            }
            Object[] args = english.values().stream().map(TextsTest::sample).toArray();
            if (english.isEmpty()) {
                continue; // a plain text, printed as it is
            }
            assertDoesNotThrow(() -> String.format(Locale.ROOT, e.getValue(), args), e.getValue());
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean isPattern(String english) {
        try {
            String.format(Locale.ROOT, english, arguments(english).values().stream().map(TextsTest::sample).toArray());
            return true;
        } catch (java.util.IllegalFormatException e) {
            return false;
        }
    }

    /** Each argument's index (from 1) and its conversion with flags and precision, e.g. 2 -> ",.0f". */
    private static Map<Integer, String> arguments(String pattern) {
        Matcher m = Pattern.compile("%(\\d+\\$)?([-#+ 0,(]*)(\\d+)?(\\.\\d+)?([a-zA-Z%])").matcher(pattern);
        Map<Integer, String> args = new TreeMap<>();
        int ordinary = 0;
        while (m.find()) {
            if (m.group(5).equals("%") || m.group(5).equals("n")) {
                continue;
            }
            int index = m.group(1) != null ? Integer.parseInt(m.group(1).replace("$", "")) : ++ordinary;
            String conversion = m.group(2) + (m.group(3) == null ? "" : m.group(3)) + (m.group(4) == null ? ""
                    : m.group(4)) + m.group(5);
            String before = args.put(index, conversion);
            if (before != null && !before.equals(conversion)) {
                args.put(index, before + "|" + conversion);
            }
        }
        return args;
    }

    private static Object sample(String conversion) {
        return switch (conversion.charAt(conversion.length() - 1)) {
            case 'd' -> 7L;
            case 'f', 'g', 'e' -> 7.5;
            default -> "x";
        };
    }

    /**
     * Every text the code hands to {@code t(...)} or {@code f(...)} as a literal has a Chinese translation: a new
     * sentence cannot reach a Chinese report in English unnoticed.
     */
    @Test
    void everyTextInTheCodeIsTranslated() throws IOException {
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        Pattern call = Pattern.compile("\\b(?:t|ct|texts)\\.[tf]\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)");
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    StringBuilder text = new StringBuilder();
                    Matcher part = literal.matcher(m.group(1));
                    while (part.find()) {
                        text.append(unescape(part.group(1)));
                    }
                    found++;
                    if (ZH.t(text.toString()).equals(text.toString())) {
                        missing.add(f.getFileName() + ": " + text);
                    }
                }
            }
        }
        assertTrue(found > 200, "the code was scanned: " + found);
        assertEquals(List.of(), missing, "texts without a translation in zh_CN.po");
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
    }

    @Test
    void aCatalogueReadsAsGettextWritesIt() throws IOException {
        String po = """
                # a comment
                msgid ""
                msgstr ""
                "Language: zh_CN\\n"

                #: Page.java
                msgid "A long text "
                "in two lines"
                msgstr "两行"
                "文字"

                #, fuzzy
                msgid "Unsure"
                msgstr "不确定"

                msgid "Empty"
                msgstr ""

                msgid "Quote \\" and \\\\ and\\nnewline"
                msgstr "引号 \\" 与 \\\\ 和\\n换行"
                """;
        Map<String, String> read = PoFile.read(new StringReader(po));
        assertEquals(Map.of("A long text in two lines", "两行文字", "Quote \" and \\ and\nnewline", "引号 \" 与 \\ 和\n换行"),
                read, "fuzzy and empty translations are left out, and so is the header");
    }

    @Test
    void aBrokenCatalogueSaysWhichLine() {
        IOException e = assertThrows(IOException.class, () -> PoFile.read(new StringReader(
                "msgid \"a\"\nmsgstr \"b\"\nmsgctx unknown\n")));
        assertEquals("line 3: expected msgid, msgstr or a quoted string, found: msgctx unknown", e.getMessage());
        IOException twice = assertThrows(IOException.class, () -> PoFile.read(new StringReader(
                "msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"a\"\nmsgstr \"c\"\n\nmsgid \"d\"\nmsgstr \"e\"\n")));
        assertEquals("before line 7: msgid \"a\" is translated twice", twice.getMessage());
        IOException unquoted = assertThrows(IOException.class, () -> PoFile.read(new StringReader("msgid a\n")));
        assertEquals("line 1: a string must be in double quotes: a", unquoted.getMessage());
    }
}
