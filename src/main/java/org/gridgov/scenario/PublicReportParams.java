package org.gridgov.scenario;

/**
 * What the supervision centre does with residents' reports, before filing and after closing (docs/ODD.md 7.27).
 * A report by hotline or walk-in is often vague (no exact location or photo): the centre asks the reporter back
 * before filing, and a reporter it cannot reach loses the report. After closing, the centre calls reporters
 * back (回访) and asks whether the issue was resolved; the answer is what moves the reporter's trust.
 *
 * @param vagueShare probability that a report by hotline or walk-in lacks an exact location or photo
 * @param appVagueFactor the same for a report by app, relative to the other channels (GPS and a photo)
 * @param askBackHours mean clock hours from a vague report to the centre reaching (or failing to reach) its reporter
 * @param askBackReached probability that the reporter of a vague report is reached and gives the details
 * @param callbackShare probability that a reporter of a closed case is called back
 * @param callbackDelayHours mean clock hours from closing to the callback
 * @param paidReports whether residents are paid for valid reports (a reporting app with rewards)
 * @param rewardPerValidReport CNY paid for a report that discovers an issue
 * @param paidReportGain relative rise in a witness's reporting probability when reports are paid
 * @param paidInvalidGain relative rise in invalid reports when reports are paid
 */
public record PublicReportParams(
        @Param(unit = "probability", min = 0, max = 1,
                source = "assumption: reports by voice often lack an exact place; hotlines ask for a landmark",
                meaning = "Probability that a report by hotline or walk-in is vague (no exact location or photo).")
        double vagueShare,
        @Param(unit = "factor", min = 0, max = 1,
                source = "assumption: an app report carries GPS coordinates and a photo",
                meaning = "Vagueness of a report by app relative to the other channels.")
        double appVagueFactor,
        @Param(unit = "clock hours", min = 0, max = 10_000, source = "assumption: the same working day",
                meaning = "Mean time from a vague report to the centre's call back to its reporter.")
        double askBackHours,
        @Param(unit = "probability", min = 0, max = 1,
                source = "assumption: some reporters do not answer or cannot say more",
                meaning = "Probability that the reporter of a vague report is reached and gives the details.")
        double askBackReached,
        @Lever(position = 95, label = "Satisfaction callbacks (回访)", low = 0, high = 1)
        @Param(unit = "probability", min = 0, max = 1,
                source = "assumption: hotline rules ask for a callback on every closed request (Beijing 12345)",
                meaning = "Probability that a reporter of a closed case is called back and asked whether it was resolved.")
        double callbackShare,
        @Param(unit = "clock hours", min = 0, max = 10_000, source = "assumption: the next day",
                meaning = "Mean time from closing to the callback.")
        double callbackDelayHours,
        @Lever(position = 96, label = "Paid reporting scheme (0 off, 1 on)", low = 0, high = 1)
        @Param(unit = "flag", source = "Q City: none; Dongguan and Huzhou pay residents per report (PRIMER 4)",
                meaning = "Whether residents are paid for each valid report (the first report of a real issue).")
        boolean paidReports,
        @Param(unit = "CNY", min = 0, max = 10_000, source = "PRIMER 4: ~3.7 CNY per report (Dongguan)",
                meaning = "Reward for a report that discovers an issue; duplicates, vague and invalid ones earn nothing.")
        double rewardPerValidReport,
        @Param(unit = "factor", min = 0, max = 100,
                source = "PRIMER 4: volumes can halve within a month when rewards change (Huzhou): rewards double them",
                meaning = "Relative rise in a witness's reporting probability when reports are paid.")
        double paidReportGain,
        @Param(unit = "factor", min = 0, max = 10_000,
                source = "PRIMER 4: about half of paid app reports are valid; set so that Q City's paid reports are",
                meaning = "Relative rise in invalid reports when reports are paid.")
        double paidInvalidGain) implements java.io.Serializable {
}
