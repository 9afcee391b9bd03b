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
        double employerOnCostShare,
        double departmentStaffAnnualCost,
        double platformPer100kResidents,
        double trainingPerWorkerYear,
        double volunteerRecognitionPerVolunteerYear,
        double teamBuildingPer100kResidents,
        double awarenessCampaignPer100kResidents,
        double communitySupportPerCommunityYear,
        double partyBuildingPerCellYear) {
}
