package org.gridgov.observe;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gridgov.model.ActorKind;
import org.gridgov.model.Department;
import org.gridgov.model.GridModel;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Issue;
import org.gridgov.model.Ngo;
import org.gridgov.model.Staff;
import org.gridgov.model.Volunteer;
import org.gridgov.model.events.IssueDiscoveredListener;
import org.gridgov.model.events.LeversChangedListener;
import org.gridgov.model.events.PostListener;
import org.gridgov.model.events.VolunteerJoinedListener;
import org.gridgov.model.events.VolunteerLeftListener;
import org.gridgov.model.events.WorkerHiredListener;
import org.gridgov.model.events.WorkerQuitListener;
import org.gridgov.scenario.FundingParams;
import org.gridgov.scenario.Scenario;

/**
 * What the city spends, in CNY, line by line (docs/ODD.md 7.24): grid workers' pay and on-costs and their
 * training (only while posts are filled), department staff (full-time equivalents: a post on a 168-hour week is
 * 4.2), NGO service hours bought, the platform, volunteer recognition and team building, support for community
 * organisations and party branches, awareness campaigns, and rewards for residents' reports. Each line accrues
 * in clock time at the rate its resources and the levers in force set, so a reform scheduled during the run
 * (docs/ODD.md 6) costs what it costs from the day it takes effect; each line is a metric of the catalogue.
 */
final class Spending implements WorkerQuitListener, WorkerHiredListener, PostListener, VolunteerJoinedListener,
        VolunteerLeftListener, IssueDiscoveredListener, LeversChangedListener {
    private static final double HOURS_A_YEAR = 24 * 365.0;
    private static final double FULL_TIME_HOURS_PER_WEEK = 40;
    private static final Metric[] LINES = {Metric.COST_GRID_WORKERS_PER_YEAR, Metric.COST_DEPARTMENTS_PER_YEAR,
        Metric.COST_NGO_PURCHASES_PER_YEAR, Metric.COST_TRAINING_PER_YEAR, Metric.COST_PLATFORM_PER_YEAR,
        Metric.COST_VOLUNTEERS_PER_YEAR, Metric.COST_COMMUNITY_PER_YEAR, Metric.COST_PARTY_BUILDING_PER_YEAR,
        Metric.COST_CAMPAIGNS_PER_YEAR, Metric.COST_REPORT_REWARDS_PER_YEAR};

    private final GridModel model;
    private final EnumMap<Metric, Tally> spent = new EnumMap<>(Metric.class);
    /** CNY an hour each line costs now. */
    private final EnumMap<Metric, Double> perHour = new EnumMap<>(Metric.class);
    private Scenario inForce;
    private double since;
    private int filledWorkerPosts;
    /** Shift hours a week of the NGO posts open now. */
    private double ngoHoursPerWeek;
    private int volunteers;

    /** Starts accruing at time 0 with the resources of a started model. */
    Spending(GridModel model, MeasuredWindow window) {
        this.model = model;
        this.inForce = model.scenario();
        this.filledWorkerPosts = model.workers().size();
        for (Ngo n : model.ngos().values()) {
            ngoHoursPerWeek += n.staff().size() * n.calendar().hoursPerWeek();
        }
        for (Metric line : LINES) {
            spent.put(line, new Tally(window));
        }
        rates();
    }

    /** The rates of every line from the resources and the levers in force. */
    private void rates() {
        Scenario s = inForce;
        FundingParams f = s.funding();
        double hundredK = s.city().residents() / 100_000.0;
        perHour.put(Metric.COST_GRID_WORKERS_PER_YEAR,
                filledWorkerPosts * s.gridWorkers().monthlyPay() * 12 * (1 + f.employerOnCostShare()) / HOURS_A_YEAR);
        double departments = 0;
        for (Department d : model.departments().values()) {
            departments += d.staff().size() * d.calendar().hoursPerWeek() / FULL_TIME_HOURS_PER_WEEK
                    * f.departmentStaffAnnualCost();
        }
        perHour.put(Metric.COST_DEPARTMENTS_PER_YEAR, departments / HOURS_A_YEAR);
        perHour.put(Metric.COST_NGO_PURCHASES_PER_YEAR, ngoHoursPerWeek / 168 * s.ngos().hourlyRate());
        perHour.put(Metric.COST_TRAINING_PER_YEAR,
                filledWorkerPosts * s.gridWorkers().training() * f.trainingPerWorkerYear() / HOURS_A_YEAR);
        perHour.put(Metric.COST_PLATFORM_PER_YEAR, hundredK * f.platformPer100kResidents() / HOURS_A_YEAR);
        perHour.put(Metric.COST_VOLUNTEERS_PER_YEAR, (volunteers * s.volunteers().recognition()
                * f.volunteerRecognitionPerVolunteerYear()
                + hundredK * s.volunteers().teamBuilding() * f.teamBuildingPer100kResidents()) / HOURS_A_YEAR);
        perHour.put(Metric.COST_COMMUNITY_PER_YEAR,
                model.city().communities() * s.community().vitality() * f.communitySupportPerCommunityYear() / HOURS_A_YEAR);
        perHour.put(Metric.COST_PARTY_BUILDING_PER_YEAR,
                model.city().cells().size() * s.partyBuilding().strength() * f.partyBuildingPerCellYear() / HOURS_A_YEAR);
        perHour.put(Metric.COST_CAMPAIGNS_PER_YEAR,
                s.residents().awarenessCampaignsPerYear() * hundredK * f.awarenessCampaignPer100kResidents() / HOURS_A_YEAR);
        perHour.put(Metric.COST_REPORT_REWARDS_PER_YEAR, 0.0);
    }

    /** Accrues every line's spending up to {@code now} at the rates that held since the last change. */
    private void accrue(double now) {
        double from = since;
        if (now <= from) {
            return;
        }
        for (Metric line : LINES) {
            double rate = perHour.get(line);
            if (rate != 0) {
                spent.get(line).addOver(from, now, rate * (now - from), (s, e) -> rate * (e - s));
            }
        }
        since = now;
    }

    /** A change in resources at {@code time}: what was spent so far is booked, then the rates follow. */
    private void changed(double time, Runnable change) {
        accrue(time);
        change.run();
        rates();
    }

    @Override
    public void leversChanged(double time, Scenario next) {
        changed(time, () -> inForce = next);
    }

    @Override
    public void workerQuit(double time, GridWorker worker) {
        changed(time, () -> filledWorkerPosts--);
    }

    @Override
    public void workerHired(double time, GridWorker worker) {
        changed(time, () -> filledWorkerPosts++);
    }

    @Override
    public void postOpened(double time, Staff staff) {
        changed(time, () -> {
            if (staff.kind() == ActorKind.GRID_WORKER) {
                filledWorkerPosts++;
            } else if (staff.kind() == ActorKind.NGO) {
                ngoHoursPerWeek += staff.calendar().hoursPerWeek();
            }
        });
    }

    @Override
    public void postClosed(double time, Staff staff, boolean filled) {
        changed(time, () -> {
            if (staff.kind() == ActorKind.GRID_WORKER) {
                // An abolished post that stood vacant was not paid for already.
                if (filled) {
                    filledWorkerPosts--;
                }
            } else if (staff.kind() == ActorKind.NGO) {
                ngoHoursPerWeek -= staff.calendar().hoursPerWeek();
            }
        });
    }

    @Override
    public void volunteerJoined(double time, Volunteer volunteer) {
        changed(time, () -> volunteers++);
    }

    @Override
    public void volunteerLeft(double time, Volunteer volunteer) {
        changed(time, () -> volunteers--);
    }

    /** A resident's report that discovered an issue earns its reporter the reward, where a scheme pays one. */
    @Override
    public void issueDiscovered(double time, Issue issue, String channel) {
        var reports = inForce.publicReports();
        if (reports.paidReports() && ActorKind.discoveredThrough(channel) == ActorKind.RESIDENT) {
            spent.get(Metric.COST_REPORT_REWARDS_PER_YEAR).add(time, reports.rewardPerValidReport());
        }
    }

    /** Each line's spending in the window up to {@code end}, a year over {@code years} years. */
    Map<Metric, Double> perYear(double end, double years) {
        accrue(end);
        Map<Metric, Double> lines = new LinkedHashMap<>();
        for (Metric line : LINES) {
            lines.put(line, spent.get(line).inWindow() / years);
        }
        return lines;
    }
}
