package org.gridgov.scenario;

/**
 * Burnout and turnover of grid workers. A worker's quit rate is
 * {@code baseQuitsPerYear x max(1, referenceMonthlyPay / pay)^payElasticity x
 * exp(overloadFactor x max(0, recentLoad - overloadThreshold))}, where recentLoad is the share of the
 * last {@code loadMemoryDays}' on-duty hours taken by work other than patrol. A vacancy leaves the
 * worker's grids without patrol until a replacement starts {@code hiringDelayDays} later.
 */
public record TurnoverParams(
        double baseQuitsPerYear,
        double referenceMonthlyPay,
        double payElasticity,
        double overloadThreshold,
        double overloadFactor,
        int loadMemoryDays,
        double hiringDelayDays) {
}
