package org.gridgov.scenario;

/**
 * Grid workers: how many, when they work, and how long their tasks take.
 *
 * @param householdsPerWorker households one grid worker is responsible for
 * @param shift the workers' shift pattern
 * @param extraDutyShare long-run share of on-duty hours taken by duties assigned from above
 * @param extraDutyTaskHours mean working hours of one such assignment
 * @param patrolM2PerHour area a worker sweeps in one patrol hour
 * @param filingHours working hours to photograph and file one case on the handheld
 * @param verificationHours working hours for one on-site check, travel included
 * @param verificationAccuracy probability that an on-site check detects a defective handling
 */
public record GridWorkerParams(
        int householdsPerWorker,
        Shift shift,
        double extraDutyShare,
        double extraDutyTaskHours,
        double patrolM2PerHour,
        double filingHours,
        double verificationHours,
        double verificationAccuracy) {
}
