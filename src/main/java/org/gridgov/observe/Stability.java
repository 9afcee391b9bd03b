package org.gridgov.observe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridgov.model.ActorKind;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.Trend;
import org.gridgov.text.Texts;

/**
 * Whether a run's measured window is a steady state (docs/ODD.md 8.1). It is not if
 * <ul>
 * <li>open cases or latent issues trend: the slope of their batch means over the window differs from 0 at
 * 99% ({@link Trend}; batches of whole weeks, {@value #BATCHES} of them or as many whole weeks as there are), or</li>
 * <li>some unit is saturated: a department or NGO organisation whose staff were busy {@value #SATURATED} or more
 * of their on-duty hours, or a grid worker's post with tasks filling that much of its hours (no time left to
 * patrol). A unit that works whenever work waits is busy min(rho, 1) of its hours in steady state, so
 * saturation is what an offered load at or above capacity looks like from inside the run.</li>
 * </ul>
 *
 * @param openTrendPerYear least-squares growth of daily open cases over the window, cases a year
 * @param latentTrendPerYear the same for latent issues
 * @param saturatedUnits how many units were saturated
 * @param findings what makes the run unstable, each naming the series or unit and how fast it grows
 */
public record Stability(double openTrendPerYear, double latentTrendPerYear, int saturatedUnits, List<String> findings) {
    /** Confidence of the trend test. */
    public static final double CONFIDENCE = 0.99;
    /** Batch means tested over a window (fewer when the window holds fewer whole weeks). */
    public static final int BATCHES = 10;
    /** Share of on-duty hours busy at which a unit counts as saturated. */
    public static final double SATURATED = 0.99;

    public boolean unstable() {
        return !findings.isEmpty();
    }

    /** The diagnosis of a run's window [warm-up, end). */
    static Stability of(DailySeries daily, int warmupDays, List<Workload.Account> accounts) {
        List<String> findings = new ArrayList<>();
        double open = trend(daily, "open_end", "open cases", warmupDays, findings);
        double latent = trend(daily, "latent_end", "latent issues", warmupDays, findings);
        int saturated = saturated(accounts, open, findings);
        return new Stability(open, latent, saturated, List.copyOf(findings));
    }

    /** The batch length for a window of {@code days}: whole weeks, {@value #BATCHES} batches where they fit. */
    public static int batchDays(int days) {
        return 7 * Math.max(1, days / 7 / BATCHES);
    }

    /**
     * Whether a design point (or a staffing), replicated, is unstable: the 99% Student-t interval of its
     * replications' trends of open cases or latent issues lies above 0 (independent replications, so the
     * interval holds whatever the correlation within a run: far more powerful than one run's test), or a
     * unit is saturated in at least half of its replications. A single run is judged on its own flag.
     *
     * @param runs each replication's metrics
     * @return what makes it unstable, naming the series or unit and the growth a year; empty if nothing
     */
    public static List<String> ofReplications(List<Map<String, Double>> runs) {
        return ofReplications(runs, Texts.EN);
    }

    /** {@link #ofReplications(List)} in the language of {@code t}, for a report. */
    public static List<String> ofReplications(List<Map<String, Double>> runs, Texts t) {
        List<String> findings = new ArrayList<>();
        if (runs.size() == 1) {
            if (value(runs.get(0), Metric.UNSTABLE) > 0) {
                findings.add(t.t("its one run is unstable (see its findings)"));
            }
            return findings;
        }
        pooled(runs, Metric.OPEN_CASES_TREND_PER_YEAR, t.t("open cases"), findings, t);
        pooled(runs, Metric.LATENT_ISSUES_TREND_PER_YEAR, t.t("latent issues"), findings, t);
        long saturated = runs.stream().filter(m -> value(m, Metric.SATURATED_UNITS) > 0).count();
        if (2 * saturated >= runs.size()) {
            findings.add(t.f("a unit is saturated (busy %.0f%% or more of its on-duty hours) in %d of %d replications",
                    100 * SATURATED, saturated, runs.size()));
        }
        return findings;
    }

    private static void pooled(List<Map<String, Double>> runs, Metric trend, String what, List<String> findings,
            Texts t) {
        double[] perYear = runs.stream().mapToDouble(m -> value(m, trend)).toArray();
        Estimate e = Estimate.twoSided(perYear, CONFIDENCE);
        if (e.n() >= 2 && e.low() > 0) {
            findings.add(t.f("%s grow by %s a year (99%% CI %s to %s over %d replications)", what, round(e.mean()),
                    round(e.low()), round(e.high()), e.n()));
        }
    }

    private static double value(Map<String, Double> metrics, Metric m) {
        Double v = metrics.get(m.id());
        return v == null ? Double.NaN : v;
    }

    private static double trend(DailySeries daily, String column, String what, int from, List<String> findings) {
        double[] window = new double[daily.days() - from];
        for (int d = from; d < daily.days(); d++) {
            window[d - from] = daily.value(column, d);
        }
        Trend t = Trend.ofBatchMeans(window, batchDays(window.length));
        double perYear = t.slopePerValue() * 365;
        if (t.significant(CONFIDENCE) && perYear > 0) {
            findings.add(String.format(Locale.ROOT, "%s grow by %s a year (trend of %d batch means of %d days, p = %.2g)",
                    what, round(perYear), t.batches(), t.batchLength(), t.pValue()));
        }
        return perYear;
    }

    private static int saturated(List<Workload.Account> accounts, double openPerYear, List<String> findings) {
        Map<String, double[]> units = new LinkedHashMap<>();
        int count = 0;
        for (Workload.Account a : accounts) {
            if (a.staff().kind() == ActorKind.GRID_WORKER) {
                if (a.hoursOnDuty() > 0 && a.utilization() >= SATURATED) {
                    count++;
                    findings.add(String.format(Locale.ROOT, "grid worker post %d is on tasks %.1f%% of its on-duty hours"
                            + " and no longer patrols: its cells' latent issues grow", a.staff().number(), 100 * a.utilization()));
                }
            } else {
                double[] hours = units.computeIfAbsent(a.staff().kind().displayName() + " '" + a.staff().unit() + "'",
                        u -> new double[2]);
                hours[0] += a.loadHours();
                hours[1] += a.hoursOnDuty();
            }
        }
        for (Map.Entry<String, double[]> u : units.entrySet()) {
            double busy = u.getValue()[0] / u.getValue()[1];
            if (u.getValue()[1] > 0 && busy >= SATURATED) {
                count++;
                findings.add(String.format(Locale.ROOT, "%s is busy %.1f%% of its on-duty hours: work arrives at or"
                        + " beyond its capacity (open cases grow by %s a year)", u.getKey(), 100 * busy, round(openPerYear)));
            }
        }
        return count;
    }

    private static String round(double x) {
        return String.format(Locale.ROOT, "%,.0f", x);
    }
}
