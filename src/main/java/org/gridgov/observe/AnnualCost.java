package org.gridgov.observe;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gridgov.model.Department;
import org.gridgov.model.GridModel;
import org.gridgov.model.Ngo;
import org.gridgov.scenario.FundingParams;
import org.gridgov.scenario.Scenario;

/**
 * What the scenario's resources cost a year, in CNY, line by line: grid workers' pay and on-costs (only
 * while posts are filled), department staff (full-time equivalents: a post on a 168-hour week is 4.2),
 * NGO service hours bought, training, the platform, volunteer recognition and team building, support for
 * community organisations and party branches, awareness campaigns, and rewards for residents' reports. Each line is a metric of the catalogue.
 */
final class AnnualCost {
    private static final double FULL_TIME_HOURS_PER_WEEK = 40;

    private AnnualCost() {
    }

    /**
     * @param filledPostYears grid-worker post-years filled in the window
     * @param years length of the window in years
     * @param meanVolunteers time-average number of volunteers in the window
     * @param validReports residents' reports in the window that discovered an issue (the ones a reward pays)
     */
    static Map<Metric, Double> lines(GridModel model, double filledPostYears, double years, double meanVolunteers,
            double validReports) {
        Scenario s = model.scenario();
        FundingParams f = s.funding();
        double hundredK = s.city().residents() / 100_000.0;
        Map<Metric, Double> cost = new LinkedHashMap<>();
        cost.put(Metric.COST_GRID_WORKERS_PER_YEAR, filledPostYears / years * s.gridWorkers().monthlyPay() * 12
                * (1 + f.employerOnCostShare()));
        double departments = 0;
        for (Department d : model.departments().values()) {
            departments += d.staff().size() * d.calendar().hoursPerWeek() / FULL_TIME_HOURS_PER_WEEK
                    * f.departmentStaffAnnualCost();
        }
        cost.put(Metric.COST_DEPARTMENTS_PER_YEAR, departments);
        double ngos = 0;
        for (Ngo n : model.ngos().values()) {
            ngos += n.staff().size() * n.calendar().hoursPerWeek() * 365 / 7.0 * s.ngos().hourlyRate();
        }
        cost.put(Metric.COST_NGO_PURCHASES_PER_YEAR, ngos);
        cost.put(Metric.COST_TRAINING_PER_YEAR, filledPostYears / years * s.gridWorkers().training() * f.trainingPerWorkerYear());
        cost.put(Metric.COST_PLATFORM_PER_YEAR, hundredK * f.platformPer100kResidents());
        cost.put(Metric.COST_VOLUNTEERS_PER_YEAR, meanVolunteers * s.volunteers().recognition() * f.volunteerRecognitionPerVolunteerYear()
                + hundredK * s.volunteers().teamBuilding() * f.teamBuildingPer100kResidents());
        cost.put(Metric.COST_COMMUNITY_PER_YEAR, model.city().communities() * s.community().vitality() * f.communitySupportPerCommunityYear());
        cost.put(Metric.COST_PARTY_BUILDING_PER_YEAR, model.city().cells().size() * s.partyBuilding().strength() * f.partyBuildingPerCellYear());
        cost.put(Metric.COST_CAMPAIGNS_PER_YEAR, s.residents().awarenessCampaignsPerYear() * hundredK * f.awarenessCampaignPer100kResidents());
        var reports = s.publicReports();
        cost.put(Metric.COST_REPORT_REWARDS_PER_YEAR,
                reports.paidReports() ? validReports / years * reports.rewardPerValidReport() : 0);
        return cost;
    }
}
