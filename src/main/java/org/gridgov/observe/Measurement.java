package org.gridgov.observe;

import static org.gridgov.observe.Metric.*;

import java.util.List;

import org.gridgov.model.Activity;
import org.gridgov.model.ActorKind;
import org.gridgov.model.GridModel;
import org.gridgov.scenario.SimulationParams;
import org.gridgov.stats.Mser;
import org.gridgov.stats.Stats;

/**
 * All the observers of one run, attached to a started model, and the metrics computed from them once
 * the run has ended. The measured window starts after the warm-up, given before the run or chosen after it
 * from the data ({@link MeasuredWindow}); the run's steady-state diagnosis ({@link Stability}) covers the
 * same window.
 */
public final class Measurement {
    private final GridModel model;
    private final MeasuredWindow window;
    /** The day the scenario's last scheduled change inside the run takes effect, or 0. */
    private final int lastChange;
    private double from;
    private Warmup warmup;
    private Stability stability;
    private final CaseOutcomes outcomes;
    private final DailySeries daily;
    private final Workload workload;
    private final CaseLog cases;
    private final Volunteering volunteering;
    private final Participation participation;
    private final Spending spending;
    private final StageTimes stages;

    private Measurement(GridModel model, int warmupDays, boolean keepCases) {
        this.model = model;
        this.lastChange = reformComplete(model);
        this.window = warmupDays == SimulationParams.WARMUP_FROM_DATA
                ? MeasuredWindow.toChoose(model.days(), lastChange)
                : MeasuredWindow.after(warmupDays);
        this.from = window.startHours();
        this.outcomes = model.bus().register(new CaseOutcomes(window));
        this.daily = model.bus().register(new DailySeries(model));
        this.workload = model.bus().register(new Workload(model, window));
        this.cases = keepCases ? model.bus().register(new CaseLog()) : null;
        this.volunteering = model.bus().register(new Volunteering(window));
        this.participation = model.bus().register(new Participation(window));
        this.spending = model.bus().register(new Spending(model, window));
        this.stages = model.bus().register(new StageTimes(window));
    }

    /** The day the scenario's last scheduled change inside the run takes effect, or 0 without one. */
    private static int reformComplete(GridModel model) {
        int last = 0;
        for (int day : model.scenario().changeDays()) {
            if (day < model.days()) {
                last = day;
            }
        }
        return last;
    }

    /**
     * Attaches the observers to a model after {@link GridModel#start()} and before its first step.
     *
     * @param warmupDays days left out of the metrics, or {@link SimulationParams#WARMUP_FROM_DATA}
     * @param keepCases whether to keep every issue for the per-case output
     */
    public static Measurement attach(GridModel model, int warmupDays, boolean keepCases) {
        return new Measurement(model, warmupDays, keepCases);
    }

    /** The case counts so far, for live views while the run is under way. */
    public CaseOutcomes outcomes() { return outcomes; }
    public DailySeries daily() { return daily; }
    public Workload workload() { return workload; }
    /** Every issue of the run; null when cases were not kept. */
    public CaseLog cases() { return cases; }

    /**
     * The warm-up the metrics leave out; call once the model has ended. Unless it was given, MSER-5 chooses it
     * on the daily open cases and on the daily latent issues of the whole run, and the later cut wins: the city
     * starts with neither, open cases settle within weeks, but latent issues whose types wait months for a
     * patrol or a report take longer (docs/ODD.md 8.1). Candidates are every fifth day up to mid-run; for a
     * scenario with scheduled changes, from the day the last one takes effect to halfway from there to the end
     * (docs/ODD.md 6), so that the metrics describe the city after the reform.
     */
    public Warmup warmup() {
        if (warmup == null) {
            if (window.chosenFromData()) {
                int first = window.earliestStart();
                Mser open = Mser.of(series("open_end", first), MeasuredWindow.STEP_DAYS);
                Mser latent = Mser.of(series("latent_end", first), MeasuredWindow.STEP_DAYS);
                Mser cut = open.truncated() >= latent.truncated() ? open : latent;
                window.startAt(first + cut.truncated());
                warmup = new Warmup(first + cut.truncated(), true, !cut.atLimit(), lastChange);
            } else {
                warmup = new Warmup(window.startDay(), false, true, 0);
            }
            from = window.startHours();
        }
        return warmup;
    }

    /** The daily values of a column from {@code first} on. */
    private double[] series(String column, int first) {
        double[] values = new double[Math.max(0, daily.days() - first)];
        for (int d = 0; d < values.length; d++) {
            values[d] = daily.value(column, first + d);
        }
        return values;
    }

    /** Whether the measured window is a steady state; call once the model has ended. */
    public Stability stability() {
        if (stability == null) {
            stability = Stability.of(daily, warmup().days(), workload.accounts());
        }
        return stability;
    }

    /** The run's metrics; call once the model has ended. */
    public Metrics metrics() {
        Warmup w = warmup();
        Stability st = stability();
        CaseOutcomes o = outcomes;
        double end = model.endTime();
        double years = (end - from) / (24 * 365.0);
        int residents = model.city().residents();
        Metrics.Builder m = new Metrics.Builder();
        m.put(RESIDENTS, residents)
                .put(HOUSEHOLDS, model.city().households().count())
                .put(GRID_CELLS, model.city().cells().size())
                .put(GRID_WORKERS, model.workers().stream().filter(post -> !post.closed()).count())
                .put(DEPARTMENT_STAFF, model.departments().values().stream().mapToInt(d -> d.staff().size()).sum())
                .put(SIMULATED_DAYS, model.days())
                .put(MEASURED_DAYS, (end - from) / 24)
                .put(ISSUES_OCCURRED, o.occurred.inWindow())
                .put(ISSUES_DISCOVERED, o.discovered.inWindow())
                // Found, or settled by the community organisation without being found: the rest is the gap.
                .put(DISCOVERY_RATE, Stats.ratio(o.discovered.inWindow() + o.settledLocally.inWindow(), o.occurred.inWindow()))
                .put(SHARE_DISCOVERED_BY_GRID_WORKERS, Stats.ratio(o.discoveredByPatrol.inWindow(), o.discovered.inWindow()))
                .put(SHARE_DISCOVERED_BY_RESIDENTS,
                        Stats.ratio(o.discovered.inWindow() - o.discoveredByPatrol.inWindow() - o.discoveredByVolunteers.inWindow(), o.discovered.inWindow()))
                .put(SHARE_DISCOVERED_BY_VOLUNTEERS, Stats.ratio(o.discoveredByVolunteers.inWindow(), o.discovered.inWindow()))
                .put(ISSUES_LATENT_END, o.latent())
                .put(ISSUES_IN_MEDIATION_END, o.inMediation())
                .put(ISSUES_DISCOVERED_UNFILED_END, o.discoveredUnfiled())
                .put(REPORTS_INVALID, o.reportsInvalid.inWindow())
                .put(REPORTS_DUPLICATE, o.reportsDuplicate.inWindow())
                .put(REPORTS_VAGUE, o.reportsVague.inWindow())
                .put(CASES_FILED, o.filed.inWindow())
                .put(CASES_PER_RESIDENT_YEAR, Stats.ratio(o.filed.inWindow(), residents * years))
                .put(COMPONENT_SHARE, Stats.ratio(o.filedComponents.inWindow(), o.filed.inWindow()))
                .put(CASES_CLOSED, o.closed.inWindow())
                .put(CASES_CLOSED_ON_SPOT, o.closedOnSpot.inWindow())
                .put(RESOLUTION_RATE, Stats.ratio(o.closed.inWindow(), o.filed.inWindow()))
                .put(EFFECTIVE_RESOLUTION_RATE, Stats.ratio(o.closed.inWindow() - o.closedUnresolved.inWindow()
                        - o.closedCannotBeHandled.inWindow(), o.filed.inWindow()))
                .put(CASES_CLOSED_UNRESOLVED, o.closedUnresolved.inWindow())
                .put(CASES_CLOSED_CANNOT_BE_HANDLED, o.closedCannotBeHandled.inWindow())
                .put(ON_TIME_RATE, Stats.ratio(o.closedOnTime.inWindow(), o.closedDispatched.inWindow()))
                .put(MEAN_HANDLING_HOURS, mean(o.handlingHours.inWindow()))
                .put(MEAN_HOURS_TO_CLOSE, mean(o.hoursToClose.inWindow()))
                .put(MEDIAN_HOURS_TO_CLOSE, quantile(o.hoursToClose.inWindow(), 0.5))
                .put(P90_HOURS_TO_CLOSE, quantile(o.hoursToClose.inWindow(), 0.9))
                .put(STAGE_HOURS_LATENT, stages.mean(StageTimes.Stage.LATENT))
                .put(STAGE_HOURS_TO_FILE, stages.mean(StageTimes.Stage.TO_FILE))
                .put(STAGE_HOURS_TO_DISPATCH, stages.mean(StageTimes.Stage.TO_DISPATCH))
                .put(STAGE_HOURS_WAITING, stages.mean(StageTimes.Stage.WAITING))
                .put(STAGE_HOURS_HANDLING, stages.mean(StageTimes.Stage.HANDLING))
                .put(STAGE_HOURS_TO_CLOSE, stages.mean(StageTimes.Stage.TO_CLOSE))
                .put(OPEN_CASES_END, o.open())
                .put(MEAN_OPEN_CASES, o.meanOpen(end))
                .put(CASES_PARKED, o.parked.inWindow())
                .put(CASES_PARKED_FOR_BOUNCES, o.parkedForBounces.inWindow())
                .put(DISPATCHES, o.dispatched.inWindow())
                .put(BOUNCE_RATE, Stats.ratio(o.returned.inWindow(), o.dispatched.inWindow()))
                .put(VERIFICATIONS, o.verified.inWindow())
                .put(REWORK_RATE, Stats.ratio(o.verificationsFailed.inWindow(), o.verified.inWindow()))
                .put(MEAN_DEPARTMENT_WAIT_HOURS, mean(o.departmentWaits.inWindow()))
                .put(CROSS_DEPARTMENT_CASES, o.dispatchedCrossDepartment.inWindow())
                .put(ESCALATIONS, o.escalations.inWindow())
                .put(SHARE_COMPONENTS_WITH_OUTSIDE_OWNERS, Stats.ratio(o.componentsToOutsideOwners.inWindow(),
                        o.filedComponents.inWindow()))
                .put(OWNERSHIP_DISPUTES, o.ownershipDisputes.inWindow())
                .put(CASES_PARKED_FOR_NO_OWNER, o.parkedForNoOwner.inWindow())
                .put(MEAN_HOURS_TO_CONFIRM_OWNERSHIP, mean(o.hoursToConfirmOwnership.inWindow()))
                .put(MEAN_OUTSIDE_OWNER_FIX_HOURS, mean(o.outsideOwnerFixHours.inWindow()))
                .put(MEAN_CHASES_PER_OUTSIDE_FIX, Stats.ratio(o.outsideOwnerChases.inWindow(),
                        o.outsideOwnerFixHours.inWindow().length));
        // Resolved: closed and fixed (a closure whose defect verification missed, or one "cannot be handled", is no
        // resolution), or settled or fixed locally.
        long resolutions = (long) (o.closed.inWindow() - o.closedUnresolved.inWindow()
                - o.closedCannotBeHandled.inWindow() + o.settledLocally.inWindow()
                + o.fixedByVolunteers.inWindow());
        m.put(ISSUES_TAKEN_UP_BY_COMMUNITY, o.takenUp.inWindow())
                .put(ISSUES_RESOLVED_LOCALLY, o.settledLocally.inWindow() + o.fixedByVolunteers.inWindow())
                .put(RESOLUTIONS, resolutions)
                .put(SHARE_RESOLVED_BY_COMMUNITY, Stats.ratio(o.settledLocally.inWindow(), resolutions))
                .put(SHARE_RESOLVED_BY_VOLUNTEERS, Stats.ratio(o.fixedByVolunteers.inWindow(), resolutions))
                .put(SHARE_RESOLVED_BY_NGOS, Stats.ratio(o.resolvedByNgos.inWindow(), resolutions))
                .put(SHARE_RESOLVED_BY_GRID_WORKERS, Stats.ratio(o.resolvedByGridWorkers.inWindow(), resolutions))
                .put(SHARE_RESOLVED_BY_DEPARTMENTS, Stats.ratio(o.resolvedByDepartments.inWindow(), resolutions))
                .put(SHARE_RESOLVED_BY_OUTSIDE_OWNERS, Stats.ratio(o.resolvedByOutsideOwners.inWindow(), resolutions))
                .put(PARTICIPATION_RATE, Stats.ratio(participation.reportingHouseholds(),
                        model.city().households().count()))
                .put(RESIDENT_REPORTS, participation.reports())
                .put(CALLBACKS, o.callbacks.inWindow())
                .put(RESIDENTS_RESOLUTION_RATE, Stats.ratio(o.callbacksResolved.inWindow(), o.callbacks.inWindow()))
                .put(RESIDENTS_SATISFACTION_RATE, Stats.ratio(o.callbacksSatisfied.inWindow(), o.callbacks.inWindow()))
                .put(MEAN_TRUST_END, model.city().households().meanTrust());
        putWorkload(m);
        double meanVolunteers = volunteering.meanActive(end);
        m.put(VOLUNTEERS_END, volunteering.activeNow())
                .put(MEAN_VOLUNTEERS, meanVolunteers)
                .put(VOLUNTEER_HOURS, volunteering.hours());
        putCosts(m, end, years, resolutions);
        m.put(WARMUP_DAYS, w.days())
                .put(OPEN_CASES_TREND_PER_YEAR, st.openTrendPerYear())
                .put(LATENT_ISSUES_TREND_PER_YEAR, st.latentTrendPerYear())
                .put(SATURATED_UNITS, st.saturatedUnits())
                .put(UNSTABLE, st.unstable() ? 1 : 0);
        return m.build();
    }

    private static double mean(double[] values) {
        return Stats.mean(values, values.length);
    }

    private static double quantile(double[] values, double p) {
        return Stats.quantile(values, values.length, p);
    }

    private void putCosts(Metrics.Builder m, double end, double years, long resolutions) {
        java.util.Map<Metric, Double> lines = spending.perYear(end, years);
        double total = lines.values().stream().mapToDouble(Double::doubleValue).sum();
        m.put(COST_PER_YEAR, total);
        m.put(COST_PER_RESOLUTION, Stats.ratio(total * years, resolutions));
        lines.forEach(m::put);
    }

    private void putWorkload(Metrics.Builder m) {
        List<Workload.Account> accounts = workload.accounts();
        DoubleList workerUse = new DoubleList();
        double onDuty = 0;
        double vacant = 0;
        double extra = 0;
        double patrol = 0;
        double travel = 0;
        int quits = 0;
        int postsThroughout = 0;
        double postYearsPart = 0;
        for (Workload.Account a : accounts) {
            if (a.staff().kind() == ActorKind.GRID_WORKER) {
                // Counted so that, with no post created or abolished, post-years are posts x years exactly.
                if (a.openThroughout()) {
                    postsThroughout++;
                } else {
                    postYearsPart += a.yearsOpen();
                }
                if (a.hoursOnDuty() > 0) {
                    workerUse.add(a.utilization());
                }
                onDuty += a.hoursOnDuty();
                vacant += a.hoursVacant();
                extra += a.hours(Activity.EXTRA_DUTY);
                patrol += a.hours(Activity.PATROL);
                travel += a.hours(Activity.TRAVEL);
                quits += a.quits();
            }
        }
        double years = (model.endTime() - from) / (24 * 365.0);
        m.put(WORKER_UTILIZATION_MEAN, Stats.mean(workerUse.array(), workerUse.size()))
                .put(WORKER_UTILIZATION_P90, Stats.quantile(workerUse.array(), workerUse.size(), 0.9))
                .put(WORKER_EXTRA_DUTY_SHARE, Stats.ratio(extra, onDuty))
                .put(WORKER_PATROL_SHARE, Stats.ratio(patrol, onDuty))
                .put(WORKER_TRAVEL_SHARE, Stats.ratio(travel, onDuty))
                .put(WORKER_QUITS, quits)
                .put(WORKER_TURNOVER_RATE, Stats.ratio(quits, postsThroughout * years + postYearsPart))
                .put(WORKER_VACANCY_HOURS, vacant)
                .put(WORKER_VACANCY_SHARE, Stats.ratio(vacant, vacant + onDuty));
        // Staff-weighted: the share of all department staff time spent handling.
        java.util.Map<String, double[]> byDepartment = new java.util.LinkedHashMap<>();
        // Each pool holds hours handling, hours on duty and members.
        model.departments().keySet().forEach(name -> byDepartment.put(name, new double[3]));
        double[] all = new double[3];
        double[] ngo = new double[3];
        for (Workload.Account a : accounts) {
            // A switch expression: the compiler checks that every kind is handled.
            double[][] pools = switch (a.staff().kind()) {
                case GRID_WORKER -> new double[0][];
                case DEPARTMENT -> new double[][] {byDepartment.get(a.staff().unit()), all};
                case NGO -> new double[][] {ngo};
                case COMMUNITY_ORGANISATION, PARTY_BRANCH, VOLUNTEER, RESIDENT, OUTSIDE_OWNER ->
                        throw new IllegalStateException(a.staff().kind().displayName() + " has a workload account");
            };
            for (double[] pool : pools) {
                pool[0] += a.hours(Activity.HANDLING);
                pool[1] += a.hoursOnDuty();
                pool[2] += a.open() ? 1 : 0;
            }
        }
        m.put(DEPARTMENT_UTILIZATION_MEAN, Stats.ratio(all[0], all[1]));
        byDepartment.forEach((name, d) -> m.put(DEPARTMENT_UTILIZATION_EACH, name, Stats.ratio(d[0], d[1])));
        m.put(NGO_STAFF, ngo[2])
                .put(NGO_HOURS, ngo[0])
                .put(NGO_UTILIZATION_MEAN, Stats.ratio(ngo[0], ngo[1]));
    }
}
