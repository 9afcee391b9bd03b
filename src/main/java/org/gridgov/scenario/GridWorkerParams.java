package org.gridgov.scenario;

/**
 * Grid workers: how many, when they work, and how long their tasks take.
 *
 * @param householdsPerWorker households one grid worker is responsible for
 * @param shift the workers' shift pattern
 * @param extraDutyShare long-run share of on-duty hours taken by duties assigned from above
 * @param extraDutyTaskHours mean working hours of one such assignment
 * @param patrolM2PerHour area a worker sweeps in one patrol hour
 * @param travelKmPerHour speed of trips between cells
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
        @Lever(position = 10, label = "Households per grid worker", low = 100, high = 2000)
        @Param(unit = "households per worker", min = 10, max = 1_000_000,
                source = "Shenzhen: one worker per ~672 households; Q City: too few workers",
                meaning = "Households per grid-worker post; posts = max(1, round(households / this)).")
        int householdsPerWorker,
        Shift shift,
        @Lever(position = 20, label = "Share of hours on extra duties", low = 0, high = 0.9)
        @Param(unit = "share of on-duty hours", min = 0, max = 0.9, source = "Q City; assumption",
                meaning = "Long-run share of working hours taken by duties assigned from above.")
        double extraDutyShare,
        @Param(unit = "working hours", min = 0, max = 1_000, minExclusive = true,
                meaning = "Mean duration of one extra duty.")
        double extraDutyTaskHours,
        @Param(unit = "m2 per working hour", min = 0, max = 10_000_000, minExclusive = true,
                source = "assumption: about 2 h for a 12,500 m2 cell",
                meaning = "Area a worker sweeps in one patrol hour.")
        double patrolM2PerHour,
        @Param(unit = "km per hour", min = 0, max = 200, minExclusive = true,
                source = "assumption: on foot, 5 km/h (an electric bicycle in town would be 12-15)",
                meaning = "Speed of a grid worker's trips between cells: to the next cell of the beat, to a case to"
                        + " verify or handle, to a vacant colleague's cells (docs/ODD.md 7.3).")
        double travelKmPerHour,
        @Param(unit = "working hours", min = 0, max = 100, source = "assumption: 6 minutes",
                meaning = "Time to photograph and file a patrol find on the handheld.")
        double filingHours,
        @Param(unit = "working hours", min = 0, max = 100, source = "Taiyuan: verification within 1 h urban",
                meaning = "Time of one on-site verification in the case's cell; the trip there from another cell is"
                        + " added at travel_km_per_hour.")
        double verificationHours,
        @Param(unit = "probability", min = 0, max = 1,
                meaning = "Probability that an untrained worker's verification detects a defective handling.")
        double verificationAccuracy,
        @Lever(position = 100, label = "Grid worker pay (CNY a month)", low = 2000, high = 8000, wholeSteps = true)
        @Param(unit = "CNY a month", min = 0, max = 1e7, minExclusive = true,
                source = "Wuhan 2023: 3,200-4,300; Q City: poorly paid",
                meaning = "A grid worker's pay: drives the quit rate and the cost.")
        double monthlyPay,
        @Lever(position = 110, label = "Grid worker training", low = 0, high = 1)
        @Param(unit = "level 0-1", min = 0, max = 1, source = "Q City: imperfect personnel management",
                meaning = "Training level of all grid workers; raises on-the-spot shares and verification accuracy.")
        double training,
        @Param(unit = "relative rise", min = 0, max = 10,
                meaning = "Relative rise of every case type's on-the-spot share at full training.")
        double trainingOnSpotGain,
        @Param(unit = "share", min = 0, max = 1,
                meaning = "Share of the defects an untrained worker misses that full training lets a worker catch.")
        double trainingVerificationGain,
        TurnoverParams turnover) implements java.io.Serializable {

    /** Grid-worker posts for a number of households: max(1, round(households / households per worker)). */
    public static int workers(int households, int householdsPerWorker) {
        return Math.max(1, (int) Math.round((double) households / householdsPerWorker));
    }

    /** Grid-worker posts for a number of households at this scenario's households per worker. */
    public int workersFor(int households) {
        return workers(households, householdsPerWorker);
    }

    /** On-the-spot share of a case type for a worker with this training, at most 1. */
    public double onSpotShare(CaseType type) {
        return Math.min(1, type.onSpotShare() * (1 + training * trainingOnSpotGain));
    }

    /** Probability that a check catches a defective handling, given training. */
    public double effectiveVerificationAccuracy() {
        return verificationAccuracy + (1 - verificationAccuracy) * training * trainingVerificationGain;
    }
}
