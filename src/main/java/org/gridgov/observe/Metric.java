package org.gridgov.observe;

import static org.gridgov.observe.Metric.Better.HIGHER;
import static org.gridgov.observe.Metric.Better.LOWER;
import static org.gridgov.observe.Metric.Better.NONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The catalogue of run metrics: every metric a run writes to {@code metrics.csv}, declared once with its id,
 * English and Chinese label, unit, kind, better direction, natural bounds, practical-significance threshold
 * and definition. Every output, report, chart, sizing target, GUI tile and docs/ODD.md's metric table reads
 * its wording from here. The constants are declared in the order {@code metrics.csv} lists them.
 *
 * <p>The practical-significance threshold is the smallest difference a decision maker would act on; the
 * comment above each says why. One entry, {@link #DEPARTMENT_UTILIZATION_EACH}, stands for one metric per
 * department: its id holds the placeholder {@code <department>}.
 *
 * <p>A new metric is declared here, computed in {@link Measurement}, and given its row in docs/ODD.md's metric
 * table (OddSyncTest fails until it has one).
 */
public enum Metric {
    RESIDENTS(count("residents")
            .label("Residents", "常住人口").better(NONE)
            // one resident: a size of the city, compared exactly
            .noticeable(1)
            .means("`city.residents`")),
    HOUSEHOLDS(count("households")
            .label("Households", "户数").better(NONE)
            // one household: a size of the city, compared exactly
            .noticeable(1)
            .means("H, households of the city (section 7.3)")),
    GRID_CELLS(count("grid_cells")
            .label("Grid cells", "网格数").better(NONE)
            // one cell: a size of the city, compared exactly
            .noticeable(1)
            .means("C, grid cells")),
    GRID_WORKERS(count("grid_workers")
            .label("Grid workers", "网格员人数").better(NONE)
            // one post is the smallest staffing decision
            .noticeable(1)
            .means("W, grid-worker posts (filled or vacant)")),
    DEPARTMENT_STAFF(count("department_staff")
            .label("Department staff", "职能部门人员数").better(NONE)
            // one post is the smallest staffing decision
            .noticeable(1)
            .means("posts of all departments together (NGO posts are in `ngo_staff`)")),
    SIMULATED_DAYS(days("simulated_days")
            .label("Simulated days", "模拟天数").better(NONE)
            // one day, the model's reporting step
            .noticeable(1)
            .means("days simulated")),
    MEASURED_DAYS(days("measured_days")
            .label("Measured days", "统计天数").better(NONE)
            // one day, the model's reporting step
            .noticeable(1)
            .means("(T - w) / 24, days in the window")),
    ISSUES_OCCURRED(count("issues_occurred")
            .label("Issues occurred", "问题发生数").better(NONE)
            // ten issues: fewer is noise in a window of thousands
            .noticeable(10)
            .means("issues that occurred in the window")),
    ISSUES_DISCOVERED(count("issues_discovered")
            .label("Issues discovered", "问题发现数").better(NONE)
            // ten issues: fewer is noise in a window of thousands
            .noticeable(10)
            .means("discoveries (by patrol, a volunteer or a resident report) in the window")),
    DISCOVERY_RATE(flowRatio("discovery_rate")
            .label("Discovery rate", "问题发现率").better(HIGHER)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("(`issues_discovered` + issues settled by community organisations in the window) / "
                    + "`issues_occurred`: issues found, or settled locally without being found; each issue counts once")),
    SHARE_DISCOVERED_BY_GRID_WORKERS(share("share_discovered_by_grid_workers").formerly("share_discovered_by_worker")
            .label("Share discovered by grid workers", "网格员发现率").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("discoveries by grid workers' patrol in the window / `issues_discovered`")),
    SHARE_DISCOVERED_BY_RESIDENTS(share("share_discovered_by_residents").formerly("share_discovered_by_resident")
            .label("Share discovered by residents", "居民上报率").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("discoveries through a resident channel in the window / `issues_discovered`")),
    SHARE_DISCOVERED_BY_VOLUNTEERS(share("share_discovered_by_volunteers").formerly("share_discovered_by_volunteer")
            .label("Share discovered by volunteers", "志愿者发现率").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("discoveries by volunteers' patrol sessions in the window / `issues_discovered`")),
    ISSUES_LATENT_END(count("issues_latent_end")
            .label("Latent issues at the end", "期末未发现问题数").better(LOWER)
            // ten issues: fewer is noise against a stock of about a thousand
            .noticeable(10)
            .means("issues latent at the end of the run (whole run): occurred, not taken up or back after a failed "
                    + "settlement, not discovered")),
    ISSUES_IN_MEDIATION_END(count("issues_in_mediation_end")
            .label("Issues in mediation at the end", "期末调解中问题数").better(NONE)
            // five issues: a stock of tens, where five is a visible change
            .noticeable(5)
            .means("issues a community organisation was still trying to settle at the end of the run (whole run)")),
    ISSUES_DISCOVERED_UNFILED_END(count("issues_discovered_unfiled_end")
            .label("Discovered, unfiled issues at the end", "期末已发现未立案问题数").better(LOWER)
            // five issues: a stock of tens, where five is a visible change
            .noticeable(5)
            .means("issues discovered and neither filed nor fixed by a volunteer at the end of the run (whole run)")),
    REPORTS_INVALID(count("reports_invalid")
            .label("Invalid reports", "无效上报数").better(LOWER)
            // ten reports: fewer is noise in a window of hundreds
            .noticeable(10)
            .means("invalid reports cancelled in the window")),
    REPORTS_DUPLICATE(count("reports_duplicate")
            .label("Duplicate reports", "重复上报数").better(LOWER)
            // ten reports: fewer is noise in a window of hundreds
            .noticeable(10)
            .means("resident reports in the window of an issue the platform already knew, merged into its case (their"
                    + " reporters are called back with the case's, section 7.27)")),
    REPORTS_VAGUE(count("reports_vague")
            .label("Vague reports lost", "信息不全未立案数").better(LOWER)
            // ten reports: fewer is noise in a window of hundreds
            .noticeable(10)
            .means("vague resident reports (no exact location or photo) dropped in the window because the centre"
                    + " could not reach the reporter (section 7.27); the issue stays latent")),
    CASES_FILED(count("cases_filed")
            .label("Cases filed", "立案数").better(NONE)
            // ten cases: fewer is noise in a window of thousands
            .noticeable(10)
            .means("cases filed in the window, on-the-spot fixes included (issues resolved locally are not cases)")),
    CASES_PER_RESIDENT_YEAR(perResidentYear("cases_per_resident_year")
            .label("Cases per resident-year", "人均年立案数").better(NONE)
            // one case a year per hundred residents
            .noticeable(0.01)
            .means("`cases_filed` / (residents x (T - w) / 8,760)")),
    COMPONENT_SHARE(share("component_share")
            .label("Share of component cases", "部件类案件占比").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("cases of kind component filed in the window / `cases_filed`")),
    CASES_CLOSED(count("cases_closed")
            .label("Cases closed", "结案数").better(NONE)
            // ten cases: fewer is noise in a window of thousands
            .noticeable(10)
            .means("cases closed in the window")),
    CASES_CLOSED_ON_SPOT(count("cases_closed_on_spot")
            .label("Cases closed on the spot", "现场处置结案数").better(NONE)
            // ten cases: fewer is noise in a window of thousands
            .noticeable(10)
            .means("cases closed in the window that were never dispatched (on-the-spot fixes)")),
    RESOLUTION_RATE(flowRatio("resolution_rate")
            .label("Closure rate", "结案率").better(HIGHER)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("`cases_closed` / `cases_filed` (the closure rate)")),
    EFFECTIVE_RESOLUTION_RATE(flowRatio("effective_resolution_rate")
            .label("Effective closure rate", "有效结案率").better(HIGHER)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("(`cases_closed` - `cases_closed_unresolved` - `cases_closed_cannot_be_handled`) / `cases_filed`:"
                    + " closures that fixed the issue")),
    CASES_CLOSED_UNRESOLVED(count("cases_closed_unresolved").formerly("closed_unresolved")
            .label("Cases closed unresolved", "结案未解决数").better(LOWER)
            // ten cases: fewer is noise against a window's hundred or so
            .noticeable(10)
            .means("cases closed in the window whose last handling was defective (verification missed it)")),
    CASES_CLOSED_CANNOT_BE_HANDLED(count("cases_closed_cannot_be_handled")
            .label("Cases closed as cannot be handled", "无法处置结案数").better(LOWER)
            // ten cases: fewer is noise against a window's hundred or so
            .noticeable(10)
            .means("cases closed in the window that their unit reported it could not handle (section 7.27): closed"
                    + " on the platform, not fixed")),
    ON_TIME_RATE(share("on_time_rate")
            .label("On-time closure rate", "按期结案率").better(HIGHER)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("dispatched cases closed in the window that were on time (section 7.1) / dispatched cases closed "
                    + "in the window; on-the-spot fixes have no time limit and are left out")),
    MEAN_HANDLING_HOURS(hours("mean_handling_hours")
            .label("Mean handling time", "平均处置时长").better(LOWER)
            // one hour, the precision time limits are set in
            .noticeable(1)
            .means("mean of (end of the last handling - first dispatch), clock hours, over dispatched cases closed "
                    + "in the window: the published \"handling time\" (for a cross-department case it includes the "
                    + "passing on and the second department's handling)")),
    MEAN_HOURS_TO_CLOSE(hours("mean_hours_to_close")
            .label("Mean time to close", "平均结案时长").better(LOWER)
            // one hour, the precision time limits are set in
            .noticeable(1)
            .means("mean of (closing time - filing time), clock hours, over cases closed in the window")),
    MEDIAN_HOURS_TO_CLOSE(hours("median_hours_to_close")
            .label("Median time to close", "结案时长中位数").better(LOWER)
            // one hour, the precision time limits are set in
            .noticeable(1)
            .means("median of the same (linear interpolation between order statistics, Hyndman-Fan type 7)")),
    P90_HOURS_TO_CLOSE(hours("p90_hours_to_close")
            .label("90th percentile of time to close", "结案时长第90百分位数").better(LOWER)
            // four hours, half a working day: the tail is measured in days, not hours
            .noticeable(4)
            .means("90th percentile of the same (type 7)")),
    // Where the time goes: each stage of the loop, for the cases closed in the window (StageTimes).
    STAGE_HOURS_LATENT(hours("stage_hours_latent")
            .label("Stage: latent, occurrence to discovery", "环节：潜伏（发生到发现）").better(LOWER)
            // one hour, the precision time limits are set in
            .noticeable(1)
            .means("mean of (discovery - occurrence), clock hours, over cases closed in the window")),
    STAGE_HOURS_TO_FILE(hours("stage_hours_to_file")
            .label("Stage: discovery to filing", "环节：发现到立案").better(LOWER)
            // one hour, the precision time limits are set in
            .noticeable(1)
            .means("mean of (filing - discovery), clock hours, over cases closed in the window")),
    STAGE_HOURS_TO_DISPATCH(hours("stage_hours_to_dispatch")
            .label("Stage: filing to dispatch", "环节：立案到派遣").better(LOWER)
            // one hour, the precision time limits are set in
            .noticeable(1)
            .means("mean of (first dispatch - filing), clock hours, over dispatched cases closed in the window")),
    STAGE_HOURS_WAITING(hours("stage_hours_waiting")
            .label("Stage: dispatch to the last handling", "环节：派遣到最后处置").better(LOWER)
            // one hour, the precision time limits are set in
            .noticeable(1)
            .means("mean of (start of the last handling - first dispatch), clock hours, over dispatched cases closed in"
                    + " the window: queues, returns, redispatch, rework and second departments")),
    STAGE_HOURS_HANDLING(hours("stage_hours_handling")
            .label("Stage: the last handling", "环节：最后处置").better(LOWER)
            // one hour, the precision time limits are set in
            .noticeable(1)
            .means("mean of (end - start of the last handling), clock hours, over dispatched cases closed in the window")),
    STAGE_HOURS_TO_CLOSE(hours("stage_hours_to_close")
            .label("Stage: handling to closing", "环节：处置到结案").better(LOWER)
            // one hour, the precision time limits are set in
            .noticeable(1)
            .means("mean of (closing - end of the last handling), clock hours, over dispatched cases closed in the"
                    + " window: feedback and the worker's verification")),
    OPEN_CASES_END(count("open_cases_end")
            .label("Open cases at the end", "期末在办案件数").better(LOWER)
            // five cases: a stock of hundreds, where five is a visible change
            .noticeable(5)
            .means("cases filed and neither closed nor parked at the end of the run (whole run)")),
    MEAN_OPEN_CASES(count("mean_open_cases")
            .label("Mean open cases", "平均在办案件数").better(LOWER)
            // five cases: a stock of hundreds, where five is a visible change
            .noticeable(5)
            .means("time-average number of open cases over the window")),
    CASES_PARKED(count("cases_parked").formerly("parked_cases")
            .label("Cases parked", "挂账案件数").better(LOWER)
            // one case: parking is rare and each parked case is looked at
            .noticeable(1)
            .means("cases parked in the window, for either reason")),
    CASES_PARKED_FOR_BOUNCES(count("cases_parked_for_bounces").formerly("parked_for_bounces")
            .label("Cases parked for bounces", "因多次退回挂账案件数").better(LOWER)
            // one case: parking is rare and each parked case is looked at
            .noticeable(1)
            .means("cases parked in the window because their returns exceeded the bounce limit")),
    DISPATCHES(count("dispatches")
            .label("Dispatches", "派遣次数").better(NONE)
            // ten dispatches: fewer is noise in a window of thousands
            .noticeable(10)
            .means("dispatches in the window: first dispatches, re-dispatches after returns, rework dispatches, "
                    + "dispatches to NGOs and to grid workers, arrivals of passed-on cases at a second department")),
    BOUNCE_RATE(flowRatio("bounce_rate")
            .label("Bounce rate", "退单率").better(LOWER)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("returns in the window (misroutes, \"not ours\", returns by second departments) / `dispatches`")),
    VERIFICATIONS(count("verifications")
            .label("Verifications", "核查次数").better(NONE)
            // ten verifications: fewer is noise in a window of thousands
            .noticeable(10)
            .means("verifications completed in the window")),
    REWORK_RATE(share("rework_rate")
            .label("Rework rate", "返工率").better(LOWER)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("failed verifications in the window / `verifications`")),
    MEAN_DEPARTMENT_WAIT_HOURS(hours("mean_department_wait_hours").formerly("department_wait_mean_hours")
            .label("Mean department waiting time", "部门平均等待时长").better(LOWER)
            // one hour, the precision time limits are set in
            .noticeable(1)
            .means("mean of (handling start - latest dispatch), clock hours, over department handlings started in "
                    + "the window (reworks included; NGO handlings left out)")),
    CROSS_DEPARTMENT_CASES(count("cross_department_cases")
            .label("Cross-department cases", "跨部门案件数").better(NONE)
            // ten cases: fewer is noise in a window of a thousand
            .noticeable(10)
            .means("cases first dispatched to a department or NGO in the window whose issue needs a second "
                    + "department (section 7.5)")),
    ESCALATIONS(count("escalations")
            .label("Escalations", "提级协调次数").better(NONE)
            // five escalations: a count of tens to hundreds
            .noticeable(5)
            .means("escalations by the grid party branch in the window: overdue cases at the daily review and "
                    + "cross-department cases convened (section 7.18)")),
    SHARE_COMPONENTS_WITH_OUTSIDE_OWNERS(share("share_components_with_outside_owners")
            .label("Share of components with outside owners", "权属外部单位的部件占比").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("component cases filed in the window and handed to an owner outside the platform (on record or"
                    + " confirmed, section 7.26) / component cases filed in the window")),
    OWNERSHIP_DISPUTES(count("ownership_disputes")
            .label("Ownership disputes", "权属争议退件数").better(LOWER)
            // one return: a count of tens a year, each one a component left unrepaired for a day or more
            .noticeable(1)
            .means("\"not ours\" returns of components by candidate owners in the window (section 7.26); each also"
                    + " counts in `bounce_rate`")),
    CASES_PARKED_FOR_NO_OWNER(count("cases_parked_for_no_owner")
            .label("Cases parked for no owner", "无权属单位挂账案件数").better(LOWER)
            // one case: parking is rare and each parked case is looked at
            .noticeable(1)
            .means("component cases parked in the window because every candidate owner returned them (section"
                    + " 7.26)")),
    MEAN_HOURS_TO_CONFIRM_OWNERSHIP(hours("mean_hours_to_confirm_ownership")
            .label("Mean time to confirm ownership", "权属确认平均时长").better(LOWER)
            // half a working day: a difference a command centre would notice in its chasing
            .noticeable(4)
            .means("mean hours from filing to the confirmation of the owner (a candidate accepts, or linkage assigns"
                    + " the default owner), over component cases closed in the window whose owner was not on record")),
    MEAN_OUTSIDE_OWNER_FIX_HOURS(hours("mean_outside_owner_fix_hours")
            .label("Mean fix time of outside owners", "外部权属单位平均处置时长").better(LOWER)
            // half a working day, as for the time to confirm ownership
            .noticeable(4)
            .means("mean clock hours from hand-over to the fix, over fixes by owners outside the platform in the"
                    + " window (their own timetable, section 7.26)")),
    MEAN_CHASES_PER_OUTSIDE_FIX(flowRatio("mean_chases_per_outside_fix")
            .label("Reminders per outside owner's fix", "外部权属单位平均催办次数").better(LOWER)
            // one reminder more or less per case: a week of chasing
            .noticeable(1)
            .means("reminders the command centre sent, over the fixes by owners outside the platform in the window,"
                    + " per fix")),
    ISSUES_TAKEN_UP_BY_COMMUNITY(count("issues_taken_up_by_community")
            .label("Issues taken up by community organisations", "社区自治组织受理问题数").better(NONE)
            // ten issues: fewer is noise in a window of hundreds
            .noticeable(10)
            .means("issues taken up by a community organisation in the window")),
    ISSUES_RESOLVED_LOCALLY(count("issues_resolved_locally")
            .label("Issues resolved locally", "就地化解问题数").better(HIGHER)
            // ten issues: fewer is noise in a window of hundreds
            .noticeable(10)
            .means("issues resolved locally in the window: settled by a community organisation or fixed by a "
                    + "volunteer")),
    RESOLUTIONS(count("resolutions")
            .label("Resolutions", "问题解决数").better(HIGHER)
            // ten issues: fewer is noise in a window of thousands
            .noticeable(10)
            .means("`cases_closed` - `cases_closed_unresolved` - `cases_closed_cannot_be_handled` +"
                    + " `issues_resolved_locally`: issues actually fixed")),
    SHARE_RESOLVED_BY_COMMUNITY(share("share_resolved_by_community").formerly("share_resolved_by_self_governance")
            .label("Share resolved by community organisations", "社区自治组织化解占比").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("issues settled by community organisations in the window / `resolutions`")),
    SHARE_RESOLVED_BY_VOLUNTEERS(share("share_resolved_by_volunteers")
            .label("Share resolved by volunteers", "志愿者解决占比").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("issues fixed by volunteers in the window / `resolutions`")),
    SHARE_RESOLVED_BY_NGOS(share("share_resolved_by_ngos")
            .label("Share resolved by NGOs", "社会组织解决占比").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("cases closed and fixed in the window whose last handling unit was an NGO / `resolutions`")),
    SHARE_RESOLVED_BY_GRID_WORKERS(share("share_resolved_by_grid_workers")
            .label("Share resolved by grid workers", "网格员解决占比").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("cases closed and fixed in the window that a grid worker handled (on-the-spot fixes and types "
                    + "resolved by grid workers) / `resolutions`")),
    SHARE_RESOLVED_BY_DEPARTMENTS(share("share_resolved_by_departments")
            .label("Share resolved by departments", "职能部门解决占比").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("other cases closed and fixed in the window (last handled by a department) / `resolutions`")),
    SHARE_RESOLVED_BY_OUTSIDE_OWNERS(share("share_resolved_by_outside_owners")
            .label("Share resolved by outside owners", "外部权属单位解决占比").better(NONE)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("component cases closed in the window that an owner outside the platform fixed (section 7.26) /"
                    + " `resolutions`")),
    PARTICIPATION_RATE(share("participation_rate")
            .label("Resident participation rate", "居民参与率").better(HIGHER)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("households that made at least one resident report (duplicates included) in the window / H")),
    RESIDENT_REPORTS(count("resident_reports")
            .label("Resident reports", "居民上报数").better(NONE)
            // ten reports: fewer is noise in a window of a thousand
            .noticeable(10)
            .means("resident reports of real issues that arrived in the window, duplicates included (invalid reports"
                    + " and volunteers' reports are not counted)")),
    CALLBACKS(count("callbacks")
            .label("Callbacks to reporters", "回访数").better(NONE)
            // ten calls: fewer is noise in a window of a thousand
            .noticeable(10)
            .means("reporters of closed cases the centre called back in the window (section 7.27)")),
    RESIDENTS_RESOLUTION_RATE(share("residents_resolution_rate")
            .label("Resolution rate by callbacks", "回访解决率").better(HIGHER)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("callbacks in the window whose reporter said the issue was resolved / `callbacks`: resolution"
                    + " from the residents' side, next to the platform's `resolution_rate` (section 7.27)")),
    RESIDENTS_SATISFACTION_RATE(share("residents_satisfaction_rate")
            .label("Satisfaction rate by callbacks", "回访满意率").better(HIGHER)
            // one percentage point, as for the resolution rate
            .noticeable(0.01)
            .means("callbacks in the window whose reporter was satisfied (resolved, and closed within"
                    + " `residents.satisfied_within_hours` of discovery) / `callbacks`")),
    MEAN_TRUST_END(index("mean_trust_end")
            .label("Mean trust at the end", "期末居民平均信任度").better(HIGHER)
            // a hundredth of the 0-1 scale, the precision of a survey reported to two decimals
            .noticeable(0.01)
            .means("mean trust over all households at the end of the run (section 7.23)")),
    WORKER_UTILIZATION_MEAN(share("worker_utilization_mean")
            .label("Grid worker utilisation, mean", "网格员平均负荷率").better(NONE)
            // one percentage point of on-duty hours, about 20 hours a post-year
            .noticeable(0.01)
            .means("mean over grid-worker posts with on-duty hours in the window of (working hours on everything but"
                    + " patrol / on-duty hours)")),
    WORKER_UTILIZATION_P90(share("worker_utilization_p90")
            .label("Grid worker utilisation, 90th percentile", "网格员负荷率第90百分位数").better(NONE)
            // one percentage point of on-duty hours, about 20 hours a post-year
            .noticeable(0.01)
            .means("90th percentile over the same posts of the same (type 7)")),
    WORKER_EXTRA_DUTY_SHARE(share("worker_extra_duty_share")
            .label("Grid workers' extra-duty share", "网格员额外任务工时占比").better(LOWER)
            // one percentage point of on-duty hours, about 20 hours a post-year
            .noticeable(0.01)
            .means("extra-duty hours of all grid workers / their on-duty hours, in the window")),
    WORKER_PATROL_SHARE(share("worker_patrol_share")
            .label("Grid workers' patrol share", "网格员巡查工时占比").better(NONE)
            // one percentage point of on-duty hours, about 20 hours a post-year
            .noticeable(0.01)
            .means("patrol hours of all grid workers / their on-duty hours, in the window")),
    WORKER_TRAVEL_SHARE(share("worker_travel_share")
            .label("Grid workers' travel share", "网格员路途工时占比").better(LOWER)
            // half a percentage point of on-duty hours, about 10 hours a post-year
            .noticeable(0.005)
            .means("hours grid workers spend on the way to cases in other cells / their on-duty hours, in the window"
                    + " (trips between patrolled cells count as patrol; section 7.3)")),
    WORKER_QUITS(count("worker_quits")
            .label("Grid workers who quit", "网格员离职人数").better(LOWER)
            // one person who quits is one post to refill
            .noticeable(1)
            .means("grid workers who quit in the window")),
    WORKER_TURNOVER_RATE(perPostYear("worker_turnover_rate")
            .label("Grid worker turnover rate", "网格员年离职率").better(LOWER)
            // one percentage point of annual turnover
            .noticeable(0.01)
            .means("`worker_quits` / (W x (T - w) / 8,760): quits per post-year")),
    WORKER_VACANCY_HOURS(hours("worker_vacancy_hours").formerly("vacancy_hours")
            .label("Grid worker vacant hours", "网格员岗位空缺工时").better(LOWER)
            // forty hours, one post left empty for a working week
            .noticeable(40)
            .means("grid-worker shift hours in the window while posts were vacant (working hours)")),
    WORKER_VACANCY_SHARE(share("worker_vacancy_share").formerly("vacancy_share")
            .label("Grid worker vacancy share", "网格员岗位空缺率").better(LOWER)
            // one percentage point, the precision bulletins report rates in
            .noticeable(0.01)
            .means("`worker_vacancy_hours` / (`worker_vacancy_hours` + grid workers' on-duty hours)")),
    DEPARTMENT_UTILIZATION_MEAN(share("department_utilization_mean")
            .label("Department utilisation, mean", "职能部门平均负荷率").better(NONE)
            // one percentage point of on-duty hours, about 20 hours a post-year
            .noticeable(0.01)
            .means("handling hours of all department posts / their on-duty hours, in the window (weighted by posts; "
                    + "NGOs left out)")),
    DEPARTMENT_UTILIZATION_EACH(share("department_utilization_<department>").perDepartment()
            .label("Department utilisation: <department>", "职能部门负荷率：<department>").better(NONE)
            // one percentage point of on-duty hours, about 20 hours a post-year
            .noticeable(0.01)
            .means("handling hours of the department's posts / their on-duty hours, in the window; one metric per "
                    + "department, in declaration order")),
    NGO_STAFF(count("ngo_staff")
            .label("NGO staff", "社会组织人员数").better(NONE)
            // one post is the smallest staffing decision
            .noticeable(1)
            .means("posts of all NGOs together (section 7.22)")),
    NGO_HOURS(hours("ngo_hours")
            .label("NGO handling hours", "社会组织处置工时").better(NONE)
            // forty hours, one post's working week
            .noticeable(40)
            .means("handling hours of all NGO posts in the window")),
    NGO_UTILIZATION_MEAN(share("ngo_utilization_mean").formerly("ngo_utilization")
            .label("NGO utilisation, mean", "社会组织平均负荷率").better(NONE)
            // one percentage point of on-duty hours, about 20 hours a post-year
            .noticeable(0.01)
            .means("`ngo_hours` / the NGO posts' on-duty hours in the window (empty without NGO posts)")),
    VOLUNTEERS_END(count("volunteers_end")
            .label("Volunteers at the end", "期末活跃志愿者数").better(HIGHER)
            // one volunteer: teams are small
            .noticeable(1)
            .means("active volunteers at the end of the run")),
    MEAN_VOLUNTEERS(count("mean_volunteers").formerly("volunteers_mean")
            .label("Mean volunteers", "平均活跃志愿者数").better(HIGHER)
            // one volunteer: teams are small
            .noticeable(1)
            .means("time-average number of active volunteers over the window")),
    VOLUNTEER_HOURS(hours("volunteer_hours")
            .label("Volunteer patrol hours", "志愿巡查时数").better(HIGHER)
            // ten hours, a few patrol sessions
            .noticeable(10)
            .means("hours of volunteers' patrol sessions in the window (sessions that count, section 7.21)")),
    COST_PER_YEAR(cnyAYear("cost_per_year")
            .label("Annual cost", "年度总成本").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("sum of the cost lines below, CNY a year (section 7.24)")),
    COST_PER_RESOLUTION(cny("cost_per_resolution")
            .label("Cost per resolution", "单件问题解决成本").better(LOWER)
            // five CNY, about 2% of the baseline's cost per resolution
            .noticeable(5)
            .means("`cost_per_year` x (T - w) / 8,760 / `resolutions`, CNY")),
    COST_GRID_WORKERS_PER_YEAR(cnyAYear("cost_grid_workers_per_year")
            .label("Annual cost: grid workers", "年度网格员经费").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("cost line `grid_workers` (section 7.24), CNY a year")),
    COST_DEPARTMENTS_PER_YEAR(cnyAYear("cost_departments_per_year")
            .label("Annual cost: department staff", "年度职能部门人员经费").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("cost line `departments`, CNY a year")),
    COST_NGO_PURCHASES_PER_YEAR(cnyAYear("cost_ngo_purchases_per_year")
            .label("Annual cost: NGO services bought", "年度购买社会组织服务经费").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("cost line `ngo_purchases`, CNY a year")),
    COST_TRAINING_PER_YEAR(cnyAYear("cost_training_per_year")
            .label("Annual cost: training", "年度培训经费").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("cost line `training`, CNY a year")),
    COST_PLATFORM_PER_YEAR(cnyAYear("cost_platform_per_year")
            .label("Annual cost: platform", "年度平台运维经费").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("cost line `platform`, CNY a year")),
    COST_VOLUNTEERS_PER_YEAR(cnyAYear("cost_volunteers_per_year")
            .label("Annual cost: volunteers", "年度志愿服务经费").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("cost line `volunteers`, CNY a year")),
    COST_COMMUNITY_PER_YEAR(cnyAYear("cost_community_per_year")
            .label("Annual cost: community organisations", "年度社区自治组织扶持经费").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("cost line `community`, CNY a year")),
    COST_PARTY_BUILDING_PER_YEAR(cnyAYear("cost_party_building_per_year")
            .label("Annual cost: party building", "年度党建工作经费").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("cost line `party_building`, CNY a year")),
    COST_CAMPAIGNS_PER_YEAR(cnyAYear("cost_campaigns_per_year")
            .label("Annual cost: awareness campaigns", "年度宣传活动经费").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("cost line `campaigns`, CNY a year")),
    COST_REPORT_REWARDS_PER_YEAR(cnyAYear("cost_report_rewards_per_year")
            .label("Annual cost: rewards for reports", "年度有奖举报奖励经费").better(LOWER)
            // ten thousand CNY (万元), the unit budgets are drawn up in
            .noticeable(10_000)
            .means("cost line `report_rewards`: `public_reports.reward_per_valid_report` for each resident report in"
                    + " the window that discovered an issue, a year; 0 without a paid reporting scheme (section 7.27)")),
    WARMUP_DAYS(days("warmup_days")
            .label("Warm-up days", "预热天数").better(NONE)
            // one day, the model's reporting step
            .noticeable(1)
            .means("w / 24, days left out at the start: given, or chosen by MSER-5 on daily open cases and latent issues (section 8.1)")),
    OPEN_CASES_TREND_PER_YEAR(trend("open_cases_trend_per_year")
            .label("Trend of open cases", "在办案件数年增长").better(LOWER)
            // ten cases a year: a few percent of a stock of hundreds, the smallest drift worth a look
            .noticeable(10)
            .means("least-squares slope of daily open cases over the window, cases a year (section 8.1)")),
    LATENT_ISSUES_TREND_PER_YEAR(trend("latent_issues_trend_per_year")
            .label("Trend of latent issues", "未发现问题数年增长").better(LOWER)
            // fifty issues a year: a few percent of a stock of about a thousand
            .noticeable(50)
            .means("least-squares slope of daily latent issues over the window, issues a year (section 8.1)")),
    SATURATED_UNITS(count("saturated_units")
            .label("Saturated units", "超负荷单位数").better(LOWER)
            // one unit: each one saturated is a finding
            .noticeable(1)
            .means("departments, NGO organisations and grid-worker posts busy 99% or more of their on-duty hours in"
                    + " the window (section 8.1)")),
    UNSTABLE(share("unstable")
            .label("Unstable", "未达稳态").better(LOWER)
            // one run in ten flagged, over replications
            .noticeable(0.1)
            .means("1 if the window is not a steady state: open cases or latent issues trend at 99%, or a unit is"
                    + " saturated (section 8.1); 0 otherwise. Its mean over replications is the share flagged"));


    /** What a metric counts, for choosing how to show it. */
    public enum Kind {
        RATE("rate"), HOURS("hours"), COUNT("count"), CNY("CNY"), INDEX("index");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The kind as written in reports, e.g. "CNY". */
        public String word() {
            return word;
        }
    }

    /** The unit a metric's value is in. */
    public enum Unit {
        COUNT("count"), DAYS("d"), SHARE("share"), RATIO("ratio"), HOURS("h"), INDEX("index"),
        CASES_PER_RESIDENT_YEAR("cases per resident-year"), QUITS_PER_POST_YEAR("quits per post-year"),
        CNY("CNY"), CNY_A_YEAR("CNY a year"), COUNT_A_YEAR("count a year");

        private final String symbol;

        Unit(String symbol) {
            this.symbol = symbol;
        }

        /** The unit as written in reports and in docs/ODD.md, e.g. "h" or "CNY a year". */
        public String symbol() {
            return symbol;
        }
    }

    /** Which way a metric is better; NONE for sizes, volumes and shares that describe rather than judge. */
    public enum Better {
        HIGHER, LOWER, NONE
    }

    /** The placeholder in the id and labels of a per-department metric. */
    public static final String DEPARTMENT = "<department>";

    private final String id;
    private final String label;
    private final String chineseLabel;
    private final Unit unit;
    private final Kind kind;
    private final Better better;
    private final double lower;
    private final double upper;
    private final double noticeable;
    private final String definition;
    private final boolean perDepartment;
    private final String formerId;

    Metric(Spec s) {
        if (s.label == null || s.better == null || !(s.noticeable > 0) || s.definition == null) {
            // Fails when the class loads, so an incomplete declaration cannot reach an output.
            throw new IllegalStateException("metric " + s.id + " needs labels, a better direction, a threshold and"
                    + " a definition");
        }
        this.id = s.id;
        this.label = s.label;
        this.chineseLabel = s.chineseLabel;
        this.unit = s.unit;
        this.kind = s.kind;
        this.better = s.better;
        this.lower = s.lower;
        this.upper = s.upper;
        this.noticeable = s.noticeable;
        this.definition = s.definition;
        this.perDepartment = s.perDepartment;
        this.formerId = s.formerId;
    }

    /** The id in metrics.csv, e.g. "on_time_rate"; a per-department metric's holds {@link #DEPARTMENT}. */
    public String id() {
        return id;
    }

    /** The English label, e.g. "On-time closure rate". */
    public String label() {
        return label;
    }

    /** The simplified-Chinese label, in the terms of a grid-management bulletin, e.g. "按期结案率". */
    public String chineseLabel() {
        return chineseLabel;
    }

    public Unit unit() {
        return unit;
    }

    public Kind kind() {
        return kind;
    }

    public Better better() {
        return better;
    }

    /** The smallest value the metric can take. */
    public double lower() {
        return lower;
    }

    /** The largest value the metric can take (infinite when it has no upper bound). */
    public double upper() {
        return upper;
    }

    /** The smallest difference a decision maker would care about, in the metric's unit. */
    public double noticeable() {
        return noticeable;
    }

    /** What the metric measures, as docs/ODD.md's metric table states it. */
    public String definition() {
        return definition;
    }

    /** Whether the entry stands for one metric per department. */
    public boolean perDepartment() {
        return perDepartment;
    }

    /** The id of a per-department metric for one department, e.g. "department_utilization_police". */
    public String id(String department) {
        if (!perDepartment) {
            throw new IllegalArgumentException(id + " is not a per-department metric");
        }
        return id.replace(DEPARTMENT, department);
    }

    /** Whether {@code value} is within the natural bounds; NaN (a metric that could not be computed) is. */
    public boolean allows(double value) {
        return Double.isNaN(value) || value >= lower && value <= upper;
    }

    /** The entry a metrics.csv id belongs to, a per-department id included. */
    public static Optional<Metric> of(String id) {
        for (Metric m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        for (Metric m : values()) {
            if (m.perDepartment) {
                String prefix = m.id.substring(0, m.id.indexOf(DEPARTMENT));
                if (id.startsWith(prefix) && id.length() > prefix.length()) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** The id the metric had before it was renamed, accepted for one release; empty if it was not renamed. */
    public Optional<String> formerId() {
        return Optional.ofNullable(formerId);
    }

    /**
     * The current id for one a user wrote (in an experiment's {@code metrics:}, a sizing {@code --target}): a
     * renamed metric's former id gives its new id and a warning to {@code warn}; any other id is returned as it
     * is, for the caller to check.
     */
    public static String current(String written, Consumer<String> warn) {
        for (Metric m : values()) {
            if (written.equals(m.formerId)) {
                warn.accept("metric '" + written + "' is now called '" + m.id + "'; the old name is accepted"
                        + " until the next release");
                return m.id;
            }
        }
        return written;
    }

    /**
     * The English label of a metrics.csv id, a per-department one with its department filled in, e.g.
     * "Department utilisation: police"; the id itself when the catalogue has no such metric.
     */
    public static String labelOf(String id) {
        return of(id).map(m -> m.perDepartment ? m.label.replace(DEPARTMENT, id.substring(m.id.indexOf(DEPARTMENT)))
                : m.label).orElse(id);
    }

    /** How reports name a metric: its label, then its id and unit, e.g. "Mean time to close (mean_hours_to_close, h)". */
    public static String headingOf(String id) {
        return of(id).map(m -> labelOf(id) + " (" + id + ", " + m.unit.symbol + ")").orElse(id);
    }

    /** The unit symbol of a metrics.csv id, e.g. "h"; empty when the catalogue has no such metric. */
    public static String unitOf(String id) {
        return of(id).map(m -> m.unit.symbol).orElse("");
    }

    /** For a chart of differences: which way is better, e.g. "; higher is better"; empty when neither is. */
    public static String betterOf(String id) {
        return of(id).filter(m -> m.better != Better.NONE)
                .map(m -> "; " + m.better.name().toLowerCase(Locale.ROOT) + " is better").orElse("");
    }

    /** Every id of the catalogue in order, a per-department one with its placeholder. */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Metric m : values()) {
            ids.add(m.id);
        }
        return ids;
    }

    private static Spec count(String id) {
        return new Spec(id, Unit.COUNT, Kind.COUNT, 0, Double.POSITIVE_INFINITY);
    }

    /** A growth per year of a stock, which may be negative. */
    private static Spec trend(String id) {
        return new Spec(id, Unit.COUNT_A_YEAR, Kind.COUNT, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    private static Spec days(String id) {
        return new Spec(id, Unit.DAYS, Kind.COUNT, 0, Double.POSITIVE_INFINITY);
    }

    private static Spec share(String id) {
        return new Spec(id, Unit.SHARE, Kind.RATE, 0, 1);
    }

    /**
     * A ratio of two flows in the window, such as closures over filings: a rate, but not a share of a cohort,
     * so it can exceed 1 when cases filed before the window close in it.
     */
    private static Spec flowRatio(String id) {
        return new Spec(id, Unit.RATIO, Kind.RATE, 0, Double.POSITIVE_INFINITY);
    }

    private static Spec hours(String id) {
        return new Spec(id, Unit.HOURS, Kind.HOURS, 0, Double.POSITIVE_INFINITY);
    }

    private static Spec index(String id) {
        return new Spec(id, Unit.INDEX, Kind.INDEX, 0, 1);
    }

    private static Spec perResidentYear(String id) {
        return new Spec(id, Unit.CASES_PER_RESIDENT_YEAR, Kind.RATE, 0, Double.POSITIVE_INFINITY);
    }

    private static Spec perPostYear(String id) {
        return new Spec(id, Unit.QUITS_PER_POST_YEAR, Kind.RATE, 0, Double.POSITIVE_INFINITY);
    }

    private static Spec cny(String id) {
        return new Spec(id, Unit.CNY, Kind.CNY, 0, Double.POSITIVE_INFINITY);
    }

    private static Spec cnyAYear(String id) {
        return new Spec(id, Unit.CNY_A_YEAR, Kind.CNY, 0, Double.POSITIVE_INFINITY);
    }

    /** A declaration under construction: each property is set by name, so none can be swapped unseen. */
    private static final class Spec {
        private final String id;
        private final Unit unit;
        private final Kind kind;
        private final double lower;
        private final double upper;
        private String label;
        private String chineseLabel;
        private Better better;
        private double noticeable = Double.NaN;
        private String definition;
        private boolean perDepartment;
        private String formerId;

        private Spec(String id, Unit unit, Kind kind, double lower, double upper) {
            this.id = id;
            this.unit = unit;
            this.kind = kind;
            this.lower = lower;
            this.upper = upper;
        }

        Spec label(String english, String chinese) {
            this.label = english;
            this.chineseLabel = chinese;
            return this;
        }

        Spec better(Better direction) {
            this.better = direction;
            return this;
        }

        Spec noticeable(double difference) {
            this.noticeable = difference;
            return this;
        }

        Spec perDepartment() {
            this.perDepartment = true;
            return this;
        }

        /** The id before a rename, still accepted (with a warning) for one release. */
        Spec formerly(String oldId) {
            this.formerId = oldId;
            return this;
        }

        Spec means(String text) {
            this.definition = text;
            return this;
        }
    }
}
