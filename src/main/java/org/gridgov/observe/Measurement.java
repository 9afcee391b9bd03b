package org.gridgov.observe;

import java.util.List;

import org.gridgov.model.Activity;
import org.gridgov.model.ActorKind;
import org.gridgov.model.GridModel;

/**
 * All the observers of one run, attached to a started model, and the metrics computed from them once
 * the run has ended. The measurement window starts after the warm-up.
 */
public final class Measurement {
    private final GridModel model;
    private final double from;
    private final CaseOutcomes outcomes;
    private final DailySeries daily;
    private final Workload workload;
    private final CaseLog cases;
    private final Volunteering volunteering;
    private final Participation participation;

    private Measurement(GridModel model, int warmupDays, boolean keepCases) {
        this.model = model;
        this.from = warmupDays * 24.0;
        this.outcomes = model.bus().register(new CaseOutcomes(from));
        this.daily = model.bus().register(new DailySeries(model));
        this.workload = model.bus().register(new Workload(model, from));
        this.cases = keepCases ? model.bus().register(new CaseLog()) : null;
        this.volunteering = model.bus().register(new Volunteering(from));
        this.participation = model.bus().register(new Participation(from));
    }

    /**
     * Attaches the observers to a model after {@link GridModel#start()} and before its first step.
     *
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

    /** The run's metrics; call once the model has ended. */
    public Metrics metrics() {
        CaseOutcomes o = outcomes;
        double end = model.endTime();
        double years = (end - from) / (24 * 365.0);
        int residents = model.city().residents();
        Metrics.Builder m = new Metrics.Builder();
        m.put("residents", residents)
                .put("households", model.city().households().count())
                .put("grid_cells", model.city().cells().size())
                .put("grid_workers", model.workers().size())
                .put("department_staff", model.departments().values().stream().mapToInt(d -> d.staff().size()).sum())
                .put("simulated_days", model.days())
                .put("measured_days", (end - from) / 24)
                .put("issues_occurred", o.occurred)
                .put("issues_discovered", o.discovered)
                // Found, or settled by the community organisation without being found: the rest is the gap.
                .put("discovery_rate", Stats.ratio(o.discovered + o.settledLocally, o.occurred))
                .put("share_discovered_by_worker", Stats.ratio(o.discoveredByPatrol, o.discovered))
                .put("share_discovered_by_resident",
                        Stats.ratio(o.discovered - o.discoveredByPatrol - o.discoveredByVolunteers, o.discovered))
                .put("share_discovered_by_volunteer", Stats.ratio(o.discoveredByVolunteers, o.discovered))
                .put("issues_latent_end", o.latent())
                .put("issues_in_mediation_end", o.inMediation())
                .put("issues_discovered_unfiled_end", o.discoveredUnfiled())
                .put("reports_invalid", o.reportsInvalid)
                .put("reports_duplicate", o.reportsDuplicate)
                .put("cases_filed", o.filed)
                .put("cases_per_resident_year", Stats.ratio(o.filed, residents * years))
                .put("component_share", Stats.ratio(o.filedComponents, o.filed))
                .put("cases_closed", o.closed)
                .put("cases_closed_on_spot", o.closedOnSpot)
                .put("resolution_rate", Stats.ratio(o.closed, o.filed))
                .put("effective_resolution_rate", Stats.ratio(o.closed - o.closedUnresolved, o.filed))
                .put("closed_unresolved", o.closedUnresolved)
                .put("on_time_rate", Stats.ratio(o.closedOnTime, o.closedDispatched))
                .put("mean_handling_hours", Stats.mean(o.handlingHours.array(), o.handlingHours.size()))
                .put("mean_hours_to_close", Stats.mean(o.hoursToClose.array(), o.hoursToClose.size()))
                .put("median_hours_to_close", Stats.quantile(o.hoursToClose.array(), o.hoursToClose.size(), 0.5))
                .put("p90_hours_to_close", Stats.quantile(o.hoursToClose.array(), o.hoursToClose.size(), 0.9))
                .put("open_cases_end", o.open())
                .put("mean_open_cases", o.meanOpen(end))
                .put("parked_cases", o.parked)
                .put("parked_for_bounces", o.parkedForBounces)
                .put("dispatches", o.dispatched)
                .put("bounce_rate", Stats.ratio(o.returned, o.dispatched))
                .put("verifications", o.verified)
                .put("rework_rate", Stats.ratio(o.verificationsFailed, o.verified))
                .put("department_wait_mean_hours", Stats.mean(o.departmentWaits.array(), o.departmentWaits.size()))
                .put("cross_department_cases", o.dispatchedCrossDepartment)
                .put("escalations", o.escalations);
        // Resolved: closed and fixed (a closure whose defect verification missed is no resolution), or
        // settled or fixed locally.
        long resolutions = o.closed - o.closedUnresolved + o.settledLocally + o.fixedByVolunteers;
        m.put("issues_taken_up_by_community", o.takenUp)
                .put("issues_resolved_locally", o.settledLocally + o.fixedByVolunteers)
                .put("resolutions", resolutions)
                .put("share_resolved_by_self_governance", Stats.ratio(o.settledLocally, resolutions))
                .put("share_resolved_by_volunteers", Stats.ratio(o.fixedByVolunteers, resolutions))
                .put("share_resolved_by_ngos", Stats.ratio(o.resolvedByNgos, resolutions))
                .put("share_resolved_by_grid_workers", Stats.ratio(o.resolvedByGridWorkers, resolutions))
                .put("share_resolved_by_departments", Stats.ratio(o.resolvedByDepartments, resolutions))
                .put("participation_rate", Stats.ratio(participation.reportingHouseholds(),
                        model.city().households().count()))
                .put("resident_reports", participation.reports())
                .put("mean_trust_end", model.city().households().meanTrust());
        putWorkload(m);
        double meanVolunteers = volunteering.meanActive(end);
        m.put("volunteers_end", volunteering.activeNow())
                .put("volunteers_mean", meanVolunteers)
                .put("volunteer_hours", volunteering.hours());
        putCosts(m, years, meanVolunteers, resolutions);
        return m.build();
    }

    private void putCosts(Metrics.Builder m, double years, double meanVolunteers, long resolutions) {
        double filledHours = 0;
        double scheduledHours = 0;
        for (Workload.Account a : workload.accounts()) {
            if (a.staff().kind() == ActorKind.GRID_WORKER) {
                filledHours += a.hoursOnDuty();
                scheduledHours += a.hoursOnDuty() + a.hoursVacant();
            }
        }
        double filledPostYears = scheduledHours > 0 ? model.workers().size() * years * filledHours / scheduledHours : 0;
        java.util.Map<String, Double> lines = AnnualCost.lines(model, filledPostYears, years, meanVolunteers);
        double total = lines.values().stream().mapToDouble(Double::doubleValue).sum();
        m.put("cost_per_year", total);
        m.put("cost_per_resolution", Stats.ratio(total * years, resolutions));
        lines.forEach((line, value) -> m.put("cost_" + line + "_per_year", value));
    }

    private void putWorkload(Metrics.Builder m) {
        List<Workload.Account> accounts = workload.accounts();
        DoubleList workerUse = new DoubleList();
        double onDuty = 0;
        double vacant = 0;
        double extra = 0;
        double patrol = 0;
        int quits = 0;
        int posts = 0;
        for (Workload.Account a : accounts) {
            if (a.staff().kind() == ActorKind.GRID_WORKER) {
                posts++;
                if (a.hoursOnDuty() > 0) {
                    workerUse.add(a.utilization());
                }
                onDuty += a.hoursOnDuty();
                vacant += a.hoursVacant();
                extra += a.hours(Activity.EXTRA_DUTY);
                patrol += a.hours(Activity.PATROL);
                quits += a.quits();
            }
        }
        double years = (model.endTime() - from) / (24 * 365.0);
        m.put("worker_utilization_mean", Stats.mean(workerUse.array(), workerUse.size()))
                .put("worker_utilization_p90", Stats.quantile(workerUse.array(), workerUse.size(), 0.9))
                .put("worker_extra_duty_share", Stats.ratio(extra, onDuty))
                .put("worker_patrol_share", Stats.ratio(patrol, onDuty))
                .put("worker_quits", quits)
                .put("worker_turnover_rate", Stats.ratio(quits, posts * years))
                .put("vacancy_hours", vacant)
                .put("vacancy_share", Stats.ratio(vacant, vacant + onDuty));
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
                case COMMUNITY_ORGANISATION, PARTY_BRANCH, VOLUNTEER, RESIDENT ->
                        throw new IllegalStateException(a.staff().kind().displayName() + " has a workload account");
            };
            for (double[] pool : pools) {
                pool[0] += a.hours(Activity.HANDLING);
                pool[1] += a.hoursOnDuty();
                pool[2]++;
            }
        }
        m.put("department_utilization_mean", Stats.ratio(all[0], all[1]));
        byDepartment.forEach((name, d) -> m.put("department_utilization_" + name, Stats.ratio(d[0], d[1])));
        m.put("ngo_staff", ngo[2])
                .put("ngo_hours", ngo[0])
                .put("ngo_utilization", Stats.ratio(ngo[0], ngo[1]));
    }
}
