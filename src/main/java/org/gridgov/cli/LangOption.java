package org.gridgov.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.gridgov.report.ChartFile;
import org.gridgov.text.Lang;
import org.gridgov.text.Texts;
import picocli.CommandLine.Option;

/** {@code --lang}: the language of reports, charts and summaries, for every command that writes them, and of the live view. */
final class LangOption {

    @Option(names = "--lang", paramLabel = "en|zh",
            description = "Language of report.html, the charts and the summary printed at the end (gui: of the live"
                    + " view): en (English) or zh (simplified Chinese). Default: the computer's language (LANG), Chinese"
                    + " for any zh locale.")
    String lang;

    /** The texts asked for, or those of the user's locale; a bad name is a user error. */
    Texts texts() {
        Lang chosen = lang == null ? fromEnvironment()
                : Lang.parse(lang).orElseThrow(() -> new UserError("--lang must be en or zh, not '" + lang + "'"));
        return Texts.of(chosen);
    }

    /**
     * The texts, with a warning on {@code err} when Chinese charts cannot be drawn here: they stay in English, and
     * the warning says which font to install.
     */
    Texts texts(PrintWriter err) {
        Texts t = texts();
        warnWithoutChinese(t, err, "the charts stay in English (report.html is in Chinese)");
        return t;
    }

    /**
     * The texts of the live view, which draws every text it shows: where no font draws Chinese, the whole view stays
     * in English, with a warning on {@code err} that says which font to install.
     */
    Texts windowTexts(PrintWriter err) {
        Texts t = texts();
        return warnWithoutChinese(t, err, "the live view stays in English") ? Texts.EN : t;
    }

    /** Warns that {@code what} happens, and returns true, when Chinese is asked for and no font here draws it. */
    private static boolean warnWithoutChinese(Texts t, PrintWriter err, String what) {
        if (t.lang() != Lang.ZH || ChartFile.drawsChinese()) {
            return false;
        }
        err.println("warning: no font on this computer has Chinese characters, so " + what
                + "; install one, e.g. apt-get install fonts-noto-cjk");
        err.flush();
        return true;
    }

    /**
     * The user's language: Java's locale, or else the POSIX variables in their order of precedence, read directly,
     * since Java falls back to English where the locale they name is not installed (minimal Linux, containers).
     */
    private static Lang fromEnvironment() {
        if (Lang.of(Locale.getDefault()) == Lang.ZH) {
            return Lang.ZH;
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = System.getenv(name);
            if (value != null && !value.isEmpty()) {
                return Lang.parse(value.replaceFirst("[.@].*", "")).orElse(Lang.EN); // zh_CN.UTF-8: zh_CN
            }
        }
        return Lang.EN;
    }
}
