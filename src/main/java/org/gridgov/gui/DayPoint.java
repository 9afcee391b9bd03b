package org.gridgov.gui;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.observe.DailySeries;

/**
 * One simulated day for the charts, read on the model's thread and handed to Swing as an immutable value.
 *
 * @param day the day, from 0
 * @param utilisation the week-long utilisation up to this day and the days before it that may have changed
 */
record DayPoint(int day, long filed, long closed, long openEnd, long latentEnd, List<Utilisation> utilisation,
        Headline headline) {

    static DayPoint of(LiveRun run, int day) {
        DailySeries daily = run.measurement().daily();
        List<Utilisation> use = new ArrayList<>();
        for (int d = Math.max(0, day - Utilisation.REVISED_DAYS); d <= day; d++) {
            use.add(Utilisation.weekTo(run.model(), daily, d));
        }
        return new DayPoint(day, (long) daily.value("filed", day), (long) daily.value("closed", day),
                (long) daily.value("open_end", day), (long) daily.value("latent_end", day), List.copyOf(use),
                Headline.of(run.measurement().outcomes(), day + 1, run.model().days(), run.warmupDays()));
    }
}
