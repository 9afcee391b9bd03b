package org.gridgov.text;

import java.util.Locale;
import java.util.Optional;

/** The languages gridgov writes reports, charts and summaries in. */
public enum Lang {
    /** English, the language of the code, the CSV columns and docs/ODD.md. */
    EN("en"),
    /** Simplified Chinese, as grid-management bulletins write it. */
    ZH("zh-CN");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, for an HTML page's {@code lang} attribute: "en" or "zh-CN". */
    public String tag() {
        return tag;
    }

    /** The language a user's locale asks for: Chinese for any zh locale, else English. */
    public static Lang of(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    /** The language named on a command line: "en", "zh", or a tag such as "zh-CN" or "zh_CN"; empty when unknown. */
    public static Optional<Lang> parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("en") || n.startsWith("en-")) {
            return Optional.of(EN);
        }
        if (n.equals("zh") || n.startsWith("zh-")) {
            return Optional.of(ZH);
        }
        return Optional.empty();
    }
}
