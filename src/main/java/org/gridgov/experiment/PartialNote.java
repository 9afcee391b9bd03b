package org.gridgov.experiment;

import org.gridgov.text.Texts;

/**
 * What a partly run experiment's results are made of (gridgov analyse), to be said in the reader's language;
 * the manifest says it in English.
 *
 * @param fromFirst whether the units kept are the first ones, in order (designs whose analysis needs that)
 * @param done units kept
 * @param units units in the design
 * @param unit what a unit is (design points, samples, trajectories, base rows), in English
 * @param runs runs in the units kept
 * @param finished runs of the experiment finished
 * @param total runs of the experiment
 */
public record PartialNote(boolean fromFirst, int done, int units, String unit, int runs, int finished, int total) {

    /** The note in the language of {@code t}. */
    public String text(Texts t) {
        return fromFirst
                ? t.f("Partial results: from the first %d of the %d %s (%d runs); %d of the experiment's %d runs are"
                        + " finished. Every figure is that of these %s only: intervals are wider than the finished"
                        + " experiment's will be, and the estimates move as more finish.", done, units, t.t(unit),
                        runs, finished, total, t.t(unit))
                : t.f("Partial results: from %d of the %d %s (%d runs); %d of the experiment's %d runs are finished."
                        + " Every figure is that of these %s only: intervals are wider than the finished experiment's"
                        + " will be, and the estimates move as more finish.", done, units, t.t(unit), runs, finished,
                        total, t.t(unit));
    }

    @Override
    public String toString() {
        return text(Texts.EN);
    }
}
