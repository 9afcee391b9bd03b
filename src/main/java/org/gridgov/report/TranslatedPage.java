package org.gridgov.report;

import org.gridgov.text.Texts;

/**
 * A report page in a language: its texts and its metrics' names, values and units, for the page and for its charts,
 * which stay English where no font on this computer draws Chinese ({@link ChartFile#textsFor}).
 */
public abstract class TranslatedPage {
    /** The page's language. */
    protected final Texts t;
    /** The metrics' names, values and units in the page's language. */
    protected final MetricText mt;
    /** The charts' language: the page's, or English where no font here draws Chinese. */
    protected final Texts ct;
    protected final MetricText cmt;

    protected TranslatedPage(Texts texts) {
        this.t = texts;
        this.mt = MetricText.of(texts);
        this.ct = ChartFile.textsFor(texts);
        this.cmt = MetricText.of(ct);
    }
}
