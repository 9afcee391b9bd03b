package org.gridgov.sizing;

import java.util.List;
import java.util.Locale;

import org.gridgov.observe.Metric;
import org.gridgov.queueing.ErlangC;
import org.gridgov.report.Num;
import org.gridgov.scenario.CaseType;
import org.gridgov.scenario.DepartmentParams;
import org.gridgov.scenario.GridWorkerParams;
import org.gridgov.scenario.Scenario;

/**
 * An analytic first guess at a group's head count, from its offered load, so that the simulated search
 * starts near the answer. It only saves simulations: the answer is always the simulation's.
 *
 * <p>A department's offered load is a = lambda / mu in its duty hours: lambda = the cases a year reaching it
 * (each case type's occurrences, less the share a grid worker fixes on the spot) / its duty hours a year,
 * 1 / mu = mean effort, plus the rework of defects the verifying worker catches. It ignores misrouting,
 * returns and second departments. A grid worker's load is the hours a year of on-the-spot fixes, filing,
 * verification and the cases they resolve themselves, in the duty hours left by duties from above; patrol
 * fills the rest of their time and is not a load. The count is the Erlang C count for a mean wait of W when a
 * target is {@code mean_department_wait_hours<=W}, else square-root staffing a + sqrt(a) (a moderate wait);
 * raised, for a utilisation target {@code <=u}, to the count that brings the load to u.
 *
 * @param erlangs the offered load a
 * @param count   the guess, at least 1
 * @param rule    how the count was chosen, for people
 */
public record WarmStart(StaffGroup group, double casesPerYear, double workHoursPerYear, double erlangs, int count,
        String rule) {

    private static final double WEEKS_PER_YEAR = 365 / 7.0;

    public static WarmStart of(Scenario s, StaffGroup g, List<Target> targets) {
        return g.gridWorkers() ? gridWorkers(s, targets) : department(s, g, targets);
    }

    private static WarmStart department(Scenario s, StaffGroup g, List<Target> targets) {
        DepartmentParams d = s.departments().get(g.department());
        GridWorkerParams w = s.gridWorkers();
        int households = s.city().households();
        double cases = 0;
        double hours = 0;
        double rework = 1 + d.defectRate() * w.effectiveVerificationAccuracy();
        for (CaseType t : s.caseTypeList()) {
            if (t.department().equals(d.name())) {
                double n = t.ratePerHouseholdYear() * households * (1 - w.onSpotShare(t));
                cases += n;
                hours += n * t.effort().mean() * rework;
            }
        }
        double dutyHours = d.shift().hoursPerWeek() * WEEKS_PER_YEAR;
        double a = hours / dutyHours;
        int count = squareRoot(a);
        String rule = "square-root staffing a + sqrt(a)";
        for (Target t : targets) {
            if (cases > 0 && !t.atLeast() && t.metric().equals(Metric.MEAN_DEPARTMENT_WAIT_HOURS.id()) && t.threshold() > 0) {
                // A wait target is what Erlang C answers: it replaces the rule of thumb.
                count = ErlangC.serversForMeanWait(cases / dutyHours, cases / hours, t.threshold());
                rule = "Erlang C for a mean wait of " + Num.format(t.threshold()) + " h";
            }
        }
        for (Target t : targets) {
            if (!t.atLeast() && (t.metric().equals(Metric.DEPARTMENT_UTILIZATION_MEAN.id())
                    || t.metric().equals(Metric.DEPARTMENT_UTILIZATION_EACH.id(d.name()))) && t.threshold() > 0) {
                int c = (int) Math.ceil(a / t.threshold());
                if (c > count) {
                    count = c;
                    rule = "a utilisation of " + Num.format(t.threshold());
                }
            }
        }
        return new WarmStart(g, cases, hours, a, Math.max(1, count), rule);
    }

    private static WarmStart gridWorkers(Scenario s, List<Target> targets) {
        GridWorkerParams w = s.gridWorkers();
        int households = s.city().households();
        double cases = 0;
        double hours = 0;
        for (CaseType t : s.caseTypeList()) {
            double n = t.ratePerHouseholdYear() * households;
            double onSpot = w.onSpotShare(t);
            double afterFiling = t.resolvedByGridWorker() ? t.effort().mean() : w.verificationHours();
            cases += n;
            hours += n * (onSpot * t.onSpotHours() + (1 - onSpot) * (w.filingHours() + afterFiling));
        }
        double dutyHours = w.shift().hoursPerWeek() * WEEKS_PER_YEAR;
        double free = 1 - w.extraDutyShare();
        double a = hours / (dutyHours * free);
        int count = squareRoot(a);
        String rule = "square-root staffing a + sqrt(a)";
        for (Target t : targets) {
            // Utilisation counts duties from above as work: u = extra + load / (n x duty hours).
            boolean utilisation = t.metric().equals(Metric.WORKER_UTILIZATION_MEAN.id())
                    || t.metric().equals(Metric.WORKER_UTILIZATION_P90.id());
            if (!t.atLeast() && utilisation && t.threshold() > w.extraDutyShare()) {
                int c = (int) Math.ceil(hours / (dutyHours * (t.threshold() - w.extraDutyShare())));
                if (c > count) {
                    count = c;
                    rule = "a utilisation of " + Num.format(t.threshold());
                }
            }
        }
        return new WarmStart(StaffGroup.GRID_WORKERS, cases, hours, a, Math.max(1, count), rule);
    }

    private static int squareRoot(double a) {
        return (int) Math.ceil(a + Math.sqrt(a));
    }

    /** For people, e.g. "24 (offered load 18.3 erlangs, 31,000 work hours a year; square-root staffing)". */
    public String describe() {
        return describe(org.gridgov.text.Texts.EN);
    }

    /** The warm start in the language of {@code t}; the rule, a formula, stays as written. */
    public String describe(org.gridgov.text.Texts t) {
        return t.f("%d (offered load %.1f erlangs: %,.0f hours of work a year; %s)", count, erlangs, workHoursPerYear,
                rule);
    }
}
