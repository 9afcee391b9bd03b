package org.gridgov.scenario;

/**
 * Burnout and turnover of grid workers. A worker's quit rate is
 * {@code baseQuitsPerYear x max(1, referenceMonthlyPay / pay)^payElasticity x
 * exp(overloadFactor x max(0, recentLoad - overloadThreshold))}, where recentLoad is the share of the
 * last {@code loadMemoryDays}' on-duty hours taken by work other than patrol. A vacancy leaves the
 * worker's grids without patrol until a replacement starts {@code hiringDelayDays} later.
 */
public record TurnoverParams(
        @Param(unit = "quits per worker-year", min = 0, max = 100, source = "assumption: high turnover reported",
                meaning = "Quit rate at or above the reference pay and without overload; 0 switches turnover off.")
        double baseQuitsPerYear,
        @Param(unit = "CNY a month", min = 0, max = 1e7, minExclusive = true,
                source = "assumption: above the published range (Wuhan 2023: 4,300)",
                meaning = "Pay at and above which pay does not raise quitting.")
        double referenceMonthlyPay,
        @Param(unit = "exponent", min = 0, max = 10,
                meaning = "Below the reference, the quit rate is multiplied by (reference / pay)^elasticity.")
        double payElasticity,
        @Param(unit = "share of on-duty hours", min = 0, max = 1,
                meaning = "Recent load above which burnout raises quitting.")
        double overloadThreshold,
        @Param(unit = "per unit of load", min = 0, max = 100,
                meaning = "Above the threshold, the quit rate is multiplied by exp(factor x (load - threshold)).")
        double overloadFactor,
        @Param(unit = "days", min = 1, max = 3650, source = "assumption: a month",
                meaning = "Period of the load checks that drive burnout.")
        int loadMemoryDays,
        @Param(unit = "days", min = 0, max = 3650, source = "assumption: two months",
                meaning = "Clock days a post stays vacant after a quit.")
        double hiringDelayDays) implements java.io.Serializable {
}
