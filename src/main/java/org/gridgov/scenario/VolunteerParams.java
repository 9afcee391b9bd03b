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
 * @param awayShare share of sessions patrolled in a cell next to the home cell
 */
public record VolunteerParams(
        @Param(unit = "volunteers per 1,000 residents", min = 0, max = 1_000,
                source = "steady level of the other defaults (3 x 0.05 / 0.93 = 0.16): a handful; Q City: no volunteer team building",
                meaning = "Volunteers at the start.")
        double initialPer1000Residents,
        @Param(unit = "recruits per 1,000 residents a year", min = 0, max = 1_000,
                meaning = "Recruitment at full team building.")
        double recruitmentPer1000ResidentsYear,
        @Lever(position = 190, label = "Volunteer team building", low = 0, high = 1)
        @Param(unit = "level 0-1", min = 0, max = 1, source = "Q City: lack of volunteer team building",
                meaning = "How well volunteer teams are built and led.")
        double teamBuilding,
        @Lever(position = 200, label = "Volunteer recognition", low = 0, high = 1)
        @Param(unit = "level 0-1", min = 0, max = 1, meaning = "Recognition and small incentives for volunteers.")
        double recognition,
        @Param(unit = "quits per volunteer-year", min = 0, max = 100, meaning = "Quit rate without recognition.")
        double quitsPerYear,
        @Param(unit = "share", min = 0, max = 1, meaning = "Share of quits prevented at full recognition.")
        double recognitionRetention,
        @Param(unit = "hours a week", min = 0, max = 80, source = "assumption: a few hours a week",
                meaning = "Patrol hours of one volunteer.")
        double hoursPerWeek,
        @Param(unit = "clock hours", min = 0, max = 24, minExclusive = true, meaning = "Length of one patrol session.")
        double sessionHours,
        @Param(unit = "grid-worker sweeps", min = 0, max = 10,
                meaning = "Patrol effort of one session, relative to a grid worker's sweep of the cell.")
        double detectionFactor,
        @Param(unit = "share", min = 0, max = 1,
                meaning = "Share of the case type's on-the-spot share that a volunteer fixes itself.")
        double fixShare,
        @Param(unit = "share", min = 0, max = 1,
                source = "assumption: volunteers walk their neighbourhood, which crosses cell boundaries",
                meaning = "Share of a volunteer's patrol sessions spent in a cell that shares an edge with the home"
                        + " cell (one of them at random), the rest at home (docs/ODD.md 7.21).")
        double awayShare,
        @Param(unit = "households per issue and volunteer", min = 0, max = 1_000, source = "assumption",
                meaning = "Households of the cell that each active volunteer living there tells of each issue's outcome.")
        double publicityHouseholdsPerIssue) implements java.io.Serializable {

    /** Quit rate per volunteer-year after recognition. */
    public double effectiveQuitsPerYear() {
        return quitsPerYear * (1 - recognition * recognitionRetention);
    }

    /** Recruits per 1000 residents a year after team building. */
    public double effectiveRecruitmentPer1000ResidentsYear() {
        return recruitmentPer1000ResidentsYear * teamBuilding;
    }
}
