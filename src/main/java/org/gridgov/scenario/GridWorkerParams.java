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
 * @param verificationAccuracy probability that an untrained worker's on-site check detects a defective handling
 * @param monthlyPay a grid worker's pay, CNY a month
 * @param training 0..1: training level of grid workers
 * @param trainingOnSpotGain relative rise of every case type's on-the-spot share at full training
 * @param trainingVerificationGain share of missed defects that full training lets a worker catch
 * @param turnover burnout and turnover
 */
public record GridWorkerParams(
        int householdsPerWorker,
        Shift shift,
        double extraDutyShare,
        double extraDutyTaskHours,
        double patrolM2PerHour,
        double filingHours,
        double verificationHours,
        double verificationAccuracy,
        double monthlyPay,
        double training,
        double trainingOnSpotGain,
        double trainingVerificationGain,
        TurnoverParams turnover) {

    /** On-the-spot share of a case type for a worker with this training, at most 1. */
    public double onSpotShare(CaseType type) {
        return Math.min(1, type.onSpotShare() * (1 + training * trainingOnSpotGain));
    }

    /** Probability that a check catches a defective handling, given training. */
    public double effectiveVerificationAccuracy() {
        return verificationAccuracy + (1 - verificationAccuracy) * training * trainingVerificationGain;
    }
}
