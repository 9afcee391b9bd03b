package org.gridgov.cli;

import java.util.Locale;

import org.gridgov.report.ChartFile;
import org.gridgov.text.Lang;
import org.gridgov.text.Texts;
import picocli.CommandLine.Option;

/** {@code --lang}: the language of reports, charts and summaries, for every command that writes them. */
final class LangOption {

    @Option(names = "--lang", paramLabel = "en|zh",
            description = "Language of report.html, the charts and the summary printed at the end: en (English) or zh"
                    + " (simplified Chinese). Default: the computer's language (LANG), Chinese for any zh locale.")
    String lang;

    /** The texts asked for, or those of the user's locale; a bad name is a user error. */
    Texts texts() {
        Lang chosen = lang == null ? Lang.of(Locale.getDefault())
                : Lang.parse(lang).orElseThrow(() -> new UserError("--lang must be en or zh, not '" + lang + "'"));
        return Texts.of(chosen);
    }

    /**
     * The texts, with a warning on {@code err} when Chinese charts cannot be drawn here: they stay in English, and
     * the warning says which font to install.
     */
    Texts texts(java.io.PrintWriter err) {
        Texts t = texts();
        if (t.lang() == Lang.ZH && !ChartFile.drawsChinese()) {
            err.println("warning: no font on this computer has Chinese characters, so the charts stay in English"
                    + " (report.html is in Chinese); install one, e.g. apt-get install fonts-noto-cjk");
            err.flush();
        }
        return t;
    }
}
