package org.gridgov.scenario;

/**
 * Unit costs that turn a scenario's resources into an annual cost. Money acts in the model only through
 * the resources it pays for (staff, pay, training, the platform, NGO purchases, volunteer recognition,
 * team building, awareness campaigns, support for community organisations and party branches). All in
 * CNY.
 *
 * @param employerOnCostShare employer's on-costs (social insurance, housing fund) as a share of a grid
 *        worker's pay
 * @param departmentStaffAnnualCost cost of one full-time department employee a year, on-costs included
 * @param platformPer100kResidents annual cost of the information platform per 100,000 residents
 * @param trainingPerWorkerYear annual training cost per grid worker at full training
 * @param volunteerRecognitionPerVolunteerYear annual cost per volunteer at full recognition
 * @param teamBuildingPer100kResidents annual cost of volunteer team building at full team building
 * @param awarenessCampaignPer100kResidents cost of one awareness campaign
 * @param communitySupportPerCommunityYear annual support for a fully vital community organisation
 * @param partyBuildingPerCellYear annual cost of a grid party branch at full strength, per grid cell
 */
public record FundingParams(
        @Param(unit = "share of pay", min = 0, max = 5, source = "assumption: typically 30-40%",
                meaning = "Employer's social insurance and housing fund on top of a grid worker's pay.", schedulable = true)
        double employerOnCostShare,
        @Param(unit = "CNY per full-time employee a year", min = 0, max = 1e9,
                meaning = "Cost of one full-time department employee, on-costs included.", schedulable = true)
        double departmentStaffAnnualCost,
        @Param(unit = "CNY a year per 100,000 residents", min = 0, max = 1e12,
                meaning = "Running cost of the information platform.", schedulable = true)
        double platformPer100kResidents,
        @Param(unit = "CNY per post a year at full training", min = 0, max = 1e9, meaning = "Training cost.", schedulable = true)
        double trainingPerWorkerYear,
        @Param(unit = "CNY per volunteer a year at full recognition", min = 0, max = 1e9, meaning = "Recognition cost.", schedulable = true)
        double volunteerRecognitionPerVolunteerYear,
        @Param(unit = "CNY a year per 100,000 residents at full team building", min = 0, max = 1e12,
                meaning = "Cost of building and leading volunteer teams.", schedulable = true)
        double teamBuildingPer100kResidents,
        @Param(unit = "CNY per campaign per 100,000 residents", min = 0, max = 1e12,
                meaning = "Cost of one awareness campaign.", schedulable = true)
        double awarenessCampaignPer100kResidents,
        @Param(unit = "CNY per community a year at full vitality", min = 0, max = 1e9,
                meaning = "Support for a community self-governing organisation.", schedulable = true)
        double communitySupportPerCommunityYear,
        @Param(unit = "CNY per grid cell a year at full strength", min = 0, max = 1e9,
                meaning = "Cost of a grid party branch.", schedulable = true)
        double partyBuildingPerCellYear) implements java.io.Serializable {
}
