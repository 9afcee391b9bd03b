package org.gridgov.scenario;

/**
 * Volunteer teams: residents who patrol their neighbourhood a few hours a week, report what they find
 * and fix simple things themselves. Their number follows recruitment and quitting.
 *
 * @param initialPer1000Residents volunteers at the start
 * @param recruitmentPer1000ResidentsYear recruits a year at full team building (scaled by teamBuilding)
 * @param teamBuilding 0..1: how well teams are built and led
 * @param recognition 0..1: recognition and small incentives for volunteers
 * @param quitsPerYear quit rate of a volunteer without recognition
 * @param recognitionRetention share of quits prevented at full recognition
 * @param hoursPerWeek volunteering hours of one volunteer
 * @param sessionHours length of one patrol session
 * @param detectionFactor patrol effectiveness of a session relative to a grid worker's sweep
 * @param fixShare share of the case type's on-the-spot share that a volunteer can fix
 */
public record VolunteerParams(
        double initialPer1000Residents,
        double recruitmentPer1000ResidentsYear,
        double teamBuilding,
        double recognition,
        double quitsPerYear,
        double recognitionRetention,
        double hoursPerWeek,
        double sessionHours,
        double detectionFactor,
        double fixShare) {

    /** Quit rate per volunteer-year after recognition. */
    public double effectiveQuitsPerYear() {
        return quitsPerYear * (1 - recognition * recognitionRetention);
    }

    /** Recruits per 1000 residents a year after team building. */
    public double effectiveRecruitmentPer1000ResidentsYear() {
        return recruitmentPer1000ResidentsYear * teamBuilding;
    }
}
