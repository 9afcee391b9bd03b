package org.gridgov.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What people read, in their language. The English text in the code is the key, as in gettext: the code reads as
 * it prints, and a text without a translation prints in English rather than as a missing key. Translations live in
 * {@code org/gridgov/text/zh_CN.po}; a test renders every report in Chinese and fails on English prose left in it.
 */
public final class Texts {
    /** English: every text as written in the code. */
    public static final Texts EN = new Texts(Lang.EN, Map.of());

    private static final Map<Lang, Texts> LOADED = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final Map<String, String> translations;

    private Texts(Lang lang, Map<String, String> translations) {
        this.lang = lang;
        this.translations = translations;
    }

    /** The texts of a language, its catalogue read once. */
    public static synchronized Texts of(Lang lang) {
        if (lang == Lang.EN) {
            return EN;
        }
        return LOADED.computeIfAbsent(lang, l -> new Texts(l, catalogue("zh_CN.po")));
    }

    private static Map<String, String> catalogue(String name) {
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the translations " + name);
            }
            return Map.copyOf(PoFile.read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the translations " + name, e);
        }
    }

    public Lang lang() {
        return lang;
    }

    /** A text in this language: its translation, or the English where there is none. */
    public String t(String english) {
        return translations.getOrDefault(english, english);
    }

    /**
     * A {@link String#format} pattern in this language, filled in: a translation may reorder the arguments with
     * {@code %1$s}-style indices. Numbers are formatted without regard to the computer's locale.
     */
    public String f(String englishPattern, Object... args) {
        return String.format(Locale.ROOT, t(englishPattern), args);
    }

    /** How many texts this language translates (for tests and the translators' progress). */
    int size() {
        return translations.size();
    }

    /** Every English text translated and its translation (for tests). */
    Map<String, String> translations() {
        return translations;
    }
}
